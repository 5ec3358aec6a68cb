using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Replica.Storage
{
    /// <summary>
    /// A store that keeps only the checkpoint and the lease, in memory, and throws the persons away: what a replica
    /// costs without a database (the client-side limit the benchmark compares the real stores with), and a dry run.
    /// </summary>
    public sealed class DiscardingReplicaStore : IFregReplicaStore
    {
        private readonly object sync = new();
        private readonly TimeProvider time;
        private FregReplicaCheckpoint checkpoint = FregReplicaCheckpoint.Empty;
        private string? holder;
        private long epoch;
        private DateTimeOffset expires;

        /// <summary>Creates the store.</summary>
        /// <param name="timeProvider">The clock for the lease; <see cref="TimeProvider.System"/> when null.</param>
        public DiscardingReplicaStore(TimeProvider? timeProvider = null) => time = timeProvider ?? TimeProvider.System;

        /// <inheritdoc />
        public string Name => "discard";

        /// <summary>Persons written (and discarded) so far.</summary>
        public long PersonsDiscarded { get; private set; }

        /// <inheritdoc />
        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <inheritdoc />
        public Task<FregReplicaCheckpoint> LoadCheckpointAsync(CancellationToken cancellationToken)
        {
            lock (sync)
            {
                return Task.FromResult(checkpoint);
            }
        }

        /// <inheritdoc />
        public Task<long?> TryAcquireLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken)
        {
            lock (sync)
            {
                var now = time.GetUtcNow();
                if (this.holder is not null && this.holder != holder && expires > now)
                {
                    return Task.FromResult<long?>(null);
                }

                this.holder = holder;
                epoch++;
                expires = now + duration;
                return Task.FromResult<long?>(epoch);
            }
        }

        /// <inheritdoc />
        public Task<bool> RenewLeaseAsync(string holder, long epoch, TimeSpan duration, CancellationToken cancellationToken)
        {
            lock (sync)
            {
                if (this.holder != holder || this.epoch != epoch)
                {
                    return Task.FromResult(false);
                }

                expires = time.GetUtcNow() + duration;
                return Task.FromResult(true);
            }
        }

        /// <inheritdoc />
        public Task ReleaseLeaseAsync(string holder, long epoch, CancellationToken cancellationToken)
        {
            lock (sync)
            {
                if (this.holder == holder && this.epoch == epoch)
                {
                    this.holder = null;
                }

                return Task.CompletedTask;
            }
        }

        /// <inheritdoc />
        public Task<FregReplicaLease?> ReadLeaseAsync(CancellationToken cancellationToken)
        {
            lock (sync)
            {
                return Task.FromResult(holder is not null && expires > time.GetUtcNow() ? new FregReplicaLease(holder, epoch) : null);
            }
        }

        /// <inheritdoc />
        public Task<FregReplicaApplyResult> ApplyAsync(FregReplicaChangeSet changes, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(changes);
            lock (sync)
            {
                if (holder != changes.Holder || epoch != changes.Epoch || expires <= time.GetUtcNow() || checkpoint.Version != changes.ExpectedVersion)
                {
                    throw new FregReplicaConflictException("The batch was not written: the checkpoint moved or the lease is not this writer's.");
                }

                checkpoint = changes.Checkpoint with { Version = changes.ExpectedVersion + 1, Counters = checkpoint.Counters.Add(changes.CounterDelta) };
                PersonsDiscarded += changes.Persons.Count;
                return Task.FromResult(new FregReplicaApplyResult(checkpoint, 0));
            }
        }

        /// <inheritdoc />
        public Task<IReadOnlyDictionary<string, string>> ResolveIdentifiersAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

        /// <inheritdoc />
        public Task<IReadOnlyDictionary<string, byte[]>> ReadDocumentsAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyDictionary<string, byte[]>>(new Dictionary<string, byte[]>());

        /// <inheritdoc />
        public Task<FregStoredPerson?> FindPersonAsync(string identifier, CancellationToken cancellationToken) => Task.FromResult<FregStoredPerson?>(null);

        /// <inheritdoc />
        public async IAsyncEnumerable<FregStoredPerson> ReadAllPersonsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield break;
        }

        /// <inheritdoc />
        public async IAsyncEnumerable<FregReplicaBatchRecord> ReadBatchLogAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield break;
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
