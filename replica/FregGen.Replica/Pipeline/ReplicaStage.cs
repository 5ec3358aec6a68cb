using FregGen.Runtime.Replica;
using Microsoft.Extensions.Logging;

namespace FregGen.Replica.Pipeline
{
    /// <summary>What the initial load and the feed follower share: the leadership term they write in, Freg, the options, retries and the person-write builder.</summary>
    internal abstract class ReplicaStage
    {
        protected ReplicaStage(LeaderSession session, IFregReplicaSource source, FregReplicaOptions options, TransientRetry retry, ILogger logger)
        {
            Session = session;
            Source = source;
            Options = options;
            Retry = retry;
            Logger = logger;
            Builder = new PersonWriteBuilder(options);
        }

        protected LeaderSession Session { get; }

        protected IFregReplicaSource Source { get; }

        protected FregReplicaOptions Options { get; }

        protected TransientRetry Retry { get; }

        protected ILogger Logger { get; }

        protected PersonWriteBuilder Builder { get; }
    }
}
