using Microsoft.Extensions.Logging;

namespace FregGen.Replica
{
    /// <summary>The replica's log messages: phases, sequence numbers, counts and exception types, never identity numbers or documents.</summary>
    internal static partial class FregReplicaLog
    {
        [LoggerMessage(EventId = 300, EventName = "FregReplicaLeaseAcquired", Level = LogLevel.Information,
            Message = "Replica instance {Instance} is the leader (lease epoch {Epoch})")]
        internal static partial void LeaseAcquired(ILogger logger, string instance, long epoch);

        [LoggerMessage(EventId = 301, EventName = "FregReplicaLeaseLost", Level = LogLevel.Warning,
            Message = "Replica instance {Instance} lost the lease (epoch {Epoch}): {Reason}; it stops writing")]
        internal static partial void LeaseLost(ILogger logger, string instance, long epoch, string reason);

        [LoggerMessage(EventId = 302, EventName = "FregReplicaLoadStarted", Level = LogLevel.Information,
            Message = "Initial load: {Mode} extract, {Jobs} job(s), the feed continues at sequence {FeedStart}")]
        internal static partial void LoadStarted(ILogger logger, string mode, int jobs, long feedStart);

        [LoggerMessage(EventId = 303, EventName = "FregReplicaLoadCompleted", Level = LogLevel.Information,
            Message = "Initial load complete: {Persons} persons; following the feed from sequence {NextSequence}")]
        internal static partial void LoadCompleted(ILogger logger, long persons, long nextSequence);

        [LoggerMessage(EventId = 304, EventName = "FregReplicaBatchApplied", Level = LogLevel.Debug,
            Message = "{Phase} batch applied: {Items} items, {Persons} persons, checkpoint version {Version}, next sequence {NextSequence}")]
        internal static partial void BatchApplied(ILogger logger, string phase, int items, int persons, long version, long nextSequence);

        [LoggerMessage(EventId = 305, EventName = "FregReplicaTransientFailure", Level = LogLevel.Warning,
            Message = "{Step} failed ({ExceptionType}, attempt {Attempt}); trying again in {DelayMs} ms")]
        internal static partial void TransientFailure(ILogger logger, string step, string exceptionType, int attempt, long delayMs);

        [LoggerMessage(EventId = 306, EventName = "FregReplicaExtractJobGone", Level = LogLevel.Warning,
            Message = "Extract job {Filter} is gone at Freg (410); ordering it again from batch 0")]
        internal static partial void ExtractJobGone(ILogger logger, int filter);

        [LoggerMessage(EventId = 307, EventName = "FregReplicaCaughtUp", Level = LogLevel.Debug,
            Message = "Feed caught up at sequence {NextSequence}")]
        internal static partial void CaughtUp(ILogger logger, long nextSequence);

        [LoggerMessage(EventId = 308, EventName = "FregReplicaRunFailed", Level = LogLevel.Error,
            Message = "Replica run stopped by {ExceptionType}; the checkpoint stays at version {Version}")]
        internal static partial void RunFailed(ILogger logger, string exceptionType, long version);

        [LoggerMessage(EventId = 309, EventName = "FregReplicaWaitingForLease", Level = LogLevel.Debug,
            Message = "Replica instance {Instance} waits: another instance is the leader")]
        internal static partial void WaitingForLease(ILogger logger, string instance);
    }
}
