namespace FregGen.Runtime.Feed;

/// <summary>Where a feed run is, reported through <see cref="FregFeedProcessorOptions.Progress"/>.</summary>
/// <param name="EventsHandled">Events handled in this run so far.</param>
/// <param name="LastHandledSequence">The sequence number of the last event handled in this run, if any.</param>
/// <param name="NextSequence">The next sequence number to handle (last handled + 1).</param>
/// <param name="CheckpointedSequence">The pointer last saved in the checkpoint store, if any.</param>
/// <param name="CaughtUp">Whether the feed had nothing more when this was reported.</param>
public sealed record FregFeedProgress(
    long EventsHandled,
    long? LastHandledSequence,
    long NextSequence,
    long? CheckpointedSequence,
    bool CaughtUp);
