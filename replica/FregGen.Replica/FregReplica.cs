using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.Leadership;
using FregGen.Replica.Pipeline;
using FregGen.Replica.Storage;
using FregGen.Runtime.Replica;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FregGen.Replica
{
    /// <summary>
    /// A local replica of the population a rights package sees: an initial load by extract, then the event feed, into
    /// a store (<see cref="Storage.SqliteReplicaStore"/> by default; PostgreSQL with FregGen.Replica.PostgreSql). Several
    /// instances may run against one store: one holds the leader lease and writes, the others wait and take over when
    /// its lease runs out.
    /// </summary>
    /// <example>
    /// <code>
    /// var replica = new FregReplica(client.CreateReplicaSource(), new SqliteReplicaStore("replica.db"), new FregReplicaOptions { Parts = ["person-basis"] });
    /// await replica.SyncAsync();          // a job: load if empty, catch up, stop
    /// await replica.RunAsync(stopping);   // a service: lead or wait, follow the feed until cancelled
    /// </code>
    /// </example>
    public sealed class FregReplica
    {
        private readonly IFregReplicaSource source;
        private readonly IFregReplicaStore store;
        private readonly FregReplicaOptions options;
        private readonly ILogger logger;

        /// <summary>Creates a replica.</summary>
        /// <param name="source">Freg, through the package's generated client (<c>client.CreateReplicaSource()</c>).</param>
        /// <param name="store">Where the persons and the checkpoint are kept.</param>
        /// <param name="options">Parts, load, policy, leadership; defaults when <see langword="null"/>.</param>
        /// <param name="logger">Where to log phases, counts and sequence numbers (never identity numbers).</param>
        public FregReplica(IFregReplicaSource source, IFregReplicaStore store, FregReplicaOptions? options = null, ILogger? logger = null)
        {
            ArgumentNullException.ThrowIfNull(source);
            ArgumentNullException.ThrowIfNull(store);
            this.source = source;
            this.store = store;
            this.options = options ?? new FregReplicaOptions();
            this.logger = logger ?? NullLogger.Instance;
        }

        /// <summary>
        /// Checks that the rights package and the options allow a replica, without calling Freg or the store.
        /// </summary>
        /// <returns>How an empty replica will be loaded (complete, tailored or none).</returns>
        /// <exception cref="FregReplicaConfigurationException">The package lacks the feed, bulk lookup or an extract, or an option is invalid.</exception>
        public FregInitialLoadMode Validate() => CapabilityCheck.Check(source, options);

        /// <summary>
        /// One run as a job: waits for the leader lease, loads the replica if it is empty (or resumes a load), applies the
        /// feed until caught up, and gives the lease back.
        /// </summary>
        /// <param name="cancellationToken">Stops the run; what is applied stays applied.</param>
        /// <returns>What the run did.</returns>
        /// <exception cref="FregReplicaConfigurationException">The package or the options do not allow a replica (before anything is fetched).</exception>
        /// <exception cref="FregReplicaConflictException">Another instance took the lease during the run.</exception>
        public async Task<FregReplicaRunResult> SyncAsync(CancellationToken cancellationToken = default)
        {
            var mode = Validate();
            var watch = Stopwatch.StartNew();
            var retry = new TransientRetry(options, logger, forever: false);
            await retry.RunAsync("Preparing the store", async token => { await store.InitializeAsync(token).ConfigureAwait(false); return true; }, cancellationToken).ConfigureAwait(false);
            var epoch = await AcquireAsync(retry, cancellationToken).ConfigureAwait(false);
            var session = await LeadAsync(mode, epoch, retry, follow: false, cancellationToken).ConfigureAwait(false);
            return new FregReplicaRunResult(session.Checkpoint, session.RunCounters, session.EventsByType, session.Batches, watch.Elapsed);
        }

        /// <summary>
        /// Runs as a service until cancelled: waits for the leader lease, then loads if needed and follows the feed; when
        /// the lease is lost (another instance took over) it goes back to waiting. Transient failures are retried forever.
        /// </summary>
        /// <param name="cancellationToken">Stops the service; the lease is given back so another instance takes over at once.</param>
        /// <returns>A task that ends when cancelled (or on a failure that retrying cannot fix, e.g. a feed sequence number older than Freg keeps).</returns>
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var mode = Validate();
            var retry = new TransientRetry(options, logger, forever: true);
            await retry.RunAsync("Preparing the store", async token => { await store.InitializeAsync(token).ConfigureAwait(false); return true; }, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var epoch = await AcquireAsync(retry, cancellationToken).ConfigureAwait(false);
                try
                {
                    await LeadAsync(mode, epoch, retry, follow: true, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is FregReplicaConflictException or OperationCanceledException)
                {
                    // Lost the lease, or another instance wrote first: wait to lead again.
                }
            }
        }

        private async Task<long> AcquireAsync(TransientRetry retry, CancellationToken cancellationToken)
        {
            var waiting = false;
            while (true)
            {
                var epoch = await retry.RunAsync("Taking the leader lease", token => store.TryAcquireLeaseAsync(options.InstanceName, options.LeaseDuration, token), cancellationToken).ConfigureAwait(false);
                if (epoch is { } acquired)
                {
                    FregReplicaLog.LeaseAcquired(logger, options.InstanceName, acquired);
                    return acquired;
                }

                if (!waiting)
                {
                    FregReplicaLog.WaitingForLease(logger, options.InstanceName);
                    waiting = true;
                }

                await Task.Delay(options.AcquireInterval, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<LeaderSession> LeadAsync(FregInitialLoadMode mode, long epoch, TransientRetry retry, bool follow, CancellationToken cancellationToken)
        {
            await using var lease = new LeaseKeeper(store, options, logger, epoch);
            using var leading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            LeaderSession? session = null;
            try
            {
                var checkpoint = await retry.RunAsync("Reading the checkpoint", store.LoadCheckpointAsync, leading.Token).ConfigureAwait(false);
                session = new LeaderSession(store, options, retry, logger, epoch, checkpoint);
                if (checkpoint.Phase != FregReplicaPhase.Following)
                {
                    await new InitialLoad(session, source, options, retry, logger).RunAsync(mode, leading.Token).ConfigureAwait(false);
                }

                await new FeedFollower(session, source, options, retry, logger).RunAsync(follow, leading.Token).ConfigureAwait(false);
                return session;
            }
            catch (Exception exception) when (lease.IsLost && !cancellationToken.IsCancellationRequested && exception is not FregReplicaConflictException)
            {
                // Whatever the interrupted step threw (a cancelled call or command), the cause is the lost lease.
                throw new FregReplicaConflictException("The leader lease was lost during the run; another instance continues from the stored checkpoint.", exception);
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not FregReplicaConflictException)
            {
                FregReplicaLog.RunFailed(logger, exception.GetType().Name, session?.Checkpoint.Version ?? -1);
                throw;
            }
            finally
            {
                if (!lease.IsLost)
                {
                    try
                    {
                        using var release = new CancellationTokenSource(options.RenewInterval);
                        await store.ReleaseLeaseAsync(options.InstanceName, epoch, release.Token).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OutOfMemoryException)
                    {
                        // The lease then runs out on its own.
                    }
                }
            }
        }
    }
}
