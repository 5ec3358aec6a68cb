using Microsoft.Extensions.Logging;

namespace FregGen.Runtime.Feed;

/// <summary>The feed processor's log messages: sequence numbers and exception types only, never event contents.</summary>
internal static partial class FregFeedLog
{
    [LoggerMessage(EventId = 200, EventName = "FregFeedRunStarted", Level = LogLevel.Information,
        Message = "Feed run starting at sequence {StartSequence} ({Origin})")]
    internal static partial void RunStarted(ILogger logger, long startSequence, string origin);

    [LoggerMessage(EventId = 201, EventName = "FregFeedCheckpointSaved", Level = LogLevel.Debug,
        Message = "Feed checkpoint saved: next sequence {NextSequence} after {EventsHandled} events")]
    internal static partial void CheckpointSaved(ILogger logger, long nextSequence, long eventsHandled);

    [LoggerMessage(EventId = 202, EventName = "FregFeedRunCompleted", Level = LogLevel.Information,
        Message = "Feed caught up at sequence {NextSequence}: {EventsHandled} events handled in this run")]
    internal static partial void RunCompleted(ILogger logger, long nextSequence, long eventsHandled);

    [LoggerMessage(EventId = 203, EventName = "FregFeedRunStopped", Level = LogLevel.Warning,
        Message = "Feed run stopped by {ExceptionType}; the checkpoint stays at {NextSequence} (the next event not yet handled)")]
    internal static partial void RunStopped(ILogger logger, string exceptionType, long nextSequence);

    [LoggerMessage(EventId = 204, EventName = "FregFeedFinalCheckpointFailed", Level = LogLevel.Warning,
        Message = "Saving the feed checkpoint {NextSequence} while stopping failed ({ExceptionType}); the next run repeats the events after the last saved checkpoint")]
    internal static partial void FinalCheckpointFailed(ILogger logger, long nextSequence, string exceptionType);
}
