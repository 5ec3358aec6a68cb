using System.Collections.Generic;

namespace FregGen.Replica.Storage
{
    /// <summary>Where a replica stands.</summary>
    public enum FregReplicaPhase
    {
        /// <summary>Nothing loaded yet.</summary>
        Empty,

        /// <summary>The initial load is under way (<see cref="FregReplicaCheckpoint.Load"/> holds its progress).</summary>
        Loading,

        /// <summary>Loaded; following the feed from <see cref="FregReplicaCheckpoint.NextSequence"/>.</summary>
        Following,
    }

    /// <summary>
    /// The checkpoint, stored in the same transaction as the data. <see cref="Version"/> grows by one with every applied
    /// batch; a batch is applied only on the version it was built on.
    /// </summary>
    public sealed record FregReplicaCheckpoint
    {
        /// <summary>The checkpoint of an empty store.</summary>
        public static FregReplicaCheckpoint Empty { get; } = new();

        /// <summary>Grows by one with every applied batch.</summary>
        public long Version { get; init; }

        /// <summary>Empty, loading or following.</summary>
        public FregReplicaPhase Phase { get; init; }

        /// <summary>The next feed sequence number to apply; while loading, where the feed starts after the load.</summary>
        public long NextSequence { get; init; }

        /// <summary>The initial load's progress while <see cref="FregReplicaPhase.Loading"/>.</summary>
        public FregReplicaLoadState? Load { get; init; }

        /// <summary>What the replica has done since it was created.</summary>
        public FregReplicaCounters Counters { get; init; } = new();
    }

    /// <summary>The initial load: how, from which sequence number the feed continues, and each extract job's progress.</summary>
    /// <param name="Mode"><c>complete</c> or <c>tailored</c>.</param>
    /// <param name="PinnedSequence">The feed sequence number the load stands for.</param>
    /// <param name="Jobs">One per extract job.</param>
    public sealed record FregReplicaLoadState(string Mode, long PinnedSequence, IReadOnlyList<FregReplicaLoadJob> Jobs);

    /// <summary>One extract job's progress: the next batch and the offset in it to load.</summary>
    /// <param name="Filter">The index of the tailored filter (0 for a complete extract).</param>
    /// <param name="JobId">Freg's jobbId, once ordered.</param>
    /// <param name="NextBatch">The next batch number to read.</param>
    /// <param name="NextOffset">How many items of that batch are already stored.</param>
    /// <param name="Done">Whether Freg said there are no more batches.</param>
    public sealed record FregReplicaLoadJob(int Filter, string? JobId, long NextBatch, int NextOffset, bool Done);

    /// <summary>Running totals, kept with the checkpoint.</summary>
    public sealed record FregReplicaCounters
    {
        /// <summary>Persons stored by the initial load.</summary>
        public long PersonsLoaded { get; init; }

        /// <summary>Feed events applied.</summary>
        public long EventsApplied { get; init; }

        /// <summary>Person writes caused by the feed.</summary>
        public long PersonsUpdated { get; init; }

        /// <summary>Stored persons re-keyed to a new identity number (identity changes).</summary>
        public long IdentityChanges { get; init; }

        /// <summary>Writes of persons with address protection, whose addresses the policy dropped, sealed or kept.</summary>
        public long ProtectedAddresses { get; init; }

        /// <summary>Lookups Freg answered with an error (unknown or ceased identity number, deleted document).</summary>
        public long NotFound { get; init; }

        /// <summary>These totals plus <paramref name="delta"/>.</summary>
        /// <param name="delta">What one batch adds.</param>
        /// <returns>The sum.</returns>
        public FregReplicaCounters Add(FregReplicaCounters delta) => new()
        {
            PersonsLoaded = PersonsLoaded + delta.PersonsLoaded,
            EventsApplied = EventsApplied + delta.EventsApplied,
            PersonsUpdated = PersonsUpdated + delta.PersonsUpdated,
            IdentityChanges = IdentityChanges + delta.IdentityChanges,
            ProtectedAddresses = ProtectedAddresses + delta.ProtectedAddresses,
            NotFound = NotFound + delta.NotFound,
        };
    }
}
