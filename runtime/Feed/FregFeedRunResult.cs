namespace FregGen.Runtime.Feed;

/// <summary>What a completed <see cref="FregFeedProcessor{TEntry}.RunAsync"/> did.</summary>
/// <param name="StartSequence">Where the run started (the stored checkpoint, or <see cref="FregFeedProcessorOptions.StartSequence"/>).</param>
/// <param name="NextSequence">The pointer stored at the end: the next sequence number to handle.</param>
/// <param name="EventsHandled">How many events the handler completed in this run.</param>
/// <param name="LastHandledSequence">The sequence number of the last event handled, if any.</param>
/// <param name="CheckpointsSaved">How many times the checkpoint was written.</param>
public sealed record FregFeedRunResult(
    long StartSequence,
    long NextSequence,
    long EventsHandled,
    long? LastHandledSequence,
    int CheckpointsSaved);
