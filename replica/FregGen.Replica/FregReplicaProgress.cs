using FregGen.Replica.Storage;

namespace FregGen.Replica
{
    /// <summary>Where a replica is, reported after every applied batch and when the feed is caught up.</summary>
    /// <param name="Phase">Loading or following.</param>
    /// <param name="BatchItems">Extract items (load) or events (feed) in the batch just applied; 0 when only caught up.</param>
    /// <param name="BatchPersons">Persons written by that batch.</param>
    /// <param name="Counters">The totals after it.</param>
    /// <param name="NextSequence">The next feed sequence number to apply (while loading: where the feed will start).</param>
    /// <param name="CaughtUp">Whether the feed had nothing more.</param>
    public sealed record FregReplicaProgress(
        FregReplicaPhase Phase,
        int BatchItems,
        int BatchPersons,
        FregReplicaCounters Counters,
        long NextSequence,
        bool CaughtUp);
}
