using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.Storage;
using Microsoft.Extensions.Logging;

namespace FregGen.Replica.Pipeline
{
    /// <summary>
    /// One leadership term: the lease epoch, the checkpoint as last stored, and the only way to write. Writes are
    /// serialised; each is built on the checkpoint it replaces, so concurrent extract jobs compose their progress.
    /// </summary>
    internal sealed class LeaderSession
    {
        private readonly IFregReplicaStore store;
        private readonly FregReplicaOptions options;
        private readonly TransientRetry retry;
        private readonly ILogger logger;
        private readonly SemaphoreSlim writeLock = new(1, 1);
        private readonly Dictionary<string, long> eventsByType = new(StringComparer.Ordinal);

        public LeaderSession(IFregReplicaStore store, FregReplicaOptions options, TransientRetry retry, ILogger logger, long epoch, FregReplicaCheckpoint checkpoint)
        {
            this.store = store;
            this.options = options;
            this.retry = retry;
            this.logger = logger;
            Epoch = epoch;
            Checkpoint = checkpoint;
        }

        public long Epoch { get; }

        public IFregReplicaStore Store => store;

        public FregReplicaCheckpoint Checkpoint { get; private set; }

        public FregReplicaCounters RunCounters { get; private set; } = new();

        public int Batches { get; private set; }

        public IReadOnlyDictionary<string, long> EventsByType
        {
            get
            {
                lock (eventsByType)
                {
                    return new Dictionary<string, long>(eventsByType, StringComparer.Ordinal);
                }
            }
        }

        public void CountEvents(IEnumerable<string?> types)
        {
            lock (eventsByType)
            {
                foreach (var type in types)
                {
                    var key = type ?? "(no type)";
                    eventsByType[key] = eventsByType.TryGetValue(key, out var count) ? count + 1 : 1;
                }
            }
        }

        /// <summary>Writes persons and the checkpoint that <paramref name="next"/> makes of the current one, in one transaction.</summary>
        public async Task<FregReplicaCheckpoint> ApplyAsync(
            Func<FregReplicaCheckpoint, FregReplicaCheckpoint> next,
            IReadOnlyList<FregReplicaPersonWrite> persons,
            FregReplicaCounters delta,
            FregReplicaBatchRecord record,
            CancellationToken cancellationToken)
        {
            await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var current = Checkpoint;
                var changes = new FregReplicaChangeSet
                {
                    ExpectedVersion = current.Version,
                    Holder = options.InstanceName,
                    Epoch = Epoch,
                    Checkpoint = next(current),
                    CounterDelta = delta,
                    Persons = persons,
                    Record = record,
                };
                var result = await retry.RunAsync("Writing a batch", token => store.ApplyAsync(changes, token), cancellationToken).ConfigureAwait(false);
                Checkpoint = result.Checkpoint;
                RunCounters = RunCounters.Add(delta with { IdentityChanges = result.Rekeyed });
                Batches++;
                FregReplicaLog.BatchApplied(logger, record.Kind, record.Items, persons.Count, result.Checkpoint.Version, result.Checkpoint.NextSequence);
                if (persons.Count > 0 || record.Items > 0)
                {
                    options.Progress?.Report(new FregReplicaProgress(result.Checkpoint.Phase, record.Items, persons.Count, result.Checkpoint.Counters, result.Checkpoint.NextSequence, false));
                }

                return result.Checkpoint;
            }
            finally
            {
                writeLock.Release();
            }
        }

        /// <summary>Changes only the checkpoint (phase, an extract job's id or end).</summary>
        public Task<FregReplicaCheckpoint> ApplyStateAsync(Func<FregReplicaCheckpoint, FregReplicaCheckpoint> next, CancellationToken cancellationToken)
            => ApplyAsync(next, Array.Empty<FregReplicaPersonWrite>(), new FregReplicaCounters(), new FregReplicaBatchRecord("state", null, null, null, null, null, 0, 0), cancellationToken);

        public void ReportCaughtUp()
            => options.Progress?.Report(new FregReplicaProgress(Checkpoint.Phase, 0, 0, Checkpoint.Counters, Checkpoint.NextSequence, true));
    }
}
