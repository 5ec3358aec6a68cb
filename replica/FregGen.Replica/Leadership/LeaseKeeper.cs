using System;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.Storage;
using Microsoft.Extensions.Logging;

namespace FregGen.Replica.Leadership
{
    /// <summary>
    /// Keeps the leader lease while the leader works: renews it every <see cref="FregReplicaOptions.LeaseRenewInterval"/>
    /// and cancels <see cref="Lost"/> when the store says it is gone, or when no renewal has succeeded for long enough
    /// that it may have expired (the store refuses the writes of a leader without a live lease in any case).
    /// </summary>
    internal sealed class LeaseKeeper : IAsyncDisposable
    {
        private readonly IFregReplicaStore store;
        private readonly FregReplicaOptions options;
        private readonly ILogger logger;
        private readonly CancellationTokenSource lost = new();
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;

        public LeaseKeeper(IFregReplicaStore store, FregReplicaOptions options, ILogger logger, long epoch)
        {
            this.store = store;
            this.options = options;
            this.logger = logger;
            Epoch = epoch;
            loop = Task.Run(RenewLoopAsync);
        }

        public long Epoch { get; }

        /// <summary>Cancelled when the lease is lost.</summary>
        public CancellationToken Lost => lost.Token;

        public bool IsLost => lost.IsCancellationRequested;

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            lost.Dispose();
            stop.Dispose();
        }

        private async Task RenewLoopAsync()
        {
            var time = options.TimeProvider;
            var validUntil = time.GetUtcNow() + options.LeaseDuration;
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(options.RenewInterval, time, stop.Token).ConfigureAwait(false);
                var attempt = time.GetUtcNow();
                try
                {
                    // A renewal may take as long as the lease has left (it waits behind a batch being written).
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                    var left = validUntil - attempt;
                    timeout.CancelAfter(left > options.RenewInterval ? left : options.RenewInterval);
                    if (!await store.RenewLeaseAsync(options.InstanceName, Epoch, options.LeaseDuration, timeout.Token).ConfigureAwait(false))
                    {
                        Lose("another instance holds the lease");
                        return;
                    }

                    validUntil = attempt + options.LeaseDuration;
                }
                catch (Exception exception) when (!stop.IsCancellationRequested)
                {
                    // Keep trying until the lease may have run out.
                    if (time.GetUtcNow() + options.RenewInterval >= validUntil)
                    {
                        Lose("the lease could not be renewed in time (" + exception.GetType().Name + ")");
                        return;
                    }
                }
            }
        }

        private void Lose(string reason)
        {
            FregReplicaLog.LeaseLost(logger, options.InstanceName, Epoch, reason);
            lost.Cancel();
        }
    }
}
