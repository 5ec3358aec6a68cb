using System;
using System.Data.Common;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Replica;
using Microsoft.Extensions.Logging;

namespace FregGen.Replica.Pipeline
{
    /// <summary>
    /// Runs a step again after a transient failure (429 and 5xx from Freg after the HTTP pipeline's own retries, timeouts,
    /// network errors, a transient database error), waiting Freg's Retry-After or a doubling delay. Anything else —
    /// including a lost lease and Freg's 4xx answers — is not retried here.
    /// </summary>
    internal sealed class TransientRetry
    {
        private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

        private readonly FregReplicaOptions options;
        private readonly ILogger logger;
        private readonly bool forever;

        public TransientRetry(FregReplicaOptions options, ILogger logger, bool forever)
        {
            this.options = options;
            this.logger = logger;
            this.forever = forever;
        }

        public async Task<T> RunAsync<T>(string step, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await action(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (IsTransient(exception, cancellationToken) && (forever || attempt <= options.MaxTransientRetries))
                {
                    var delay = DelayFor(exception, attempt);
                    FregReplicaLog.TransientFailure(logger, step, exception.GetType().Name, attempt, (long)delay.TotalMilliseconds);
                    await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
        {
            FregReplicaSourceException source => source.IsTransient,
            HttpRequestException => true,
            TimeoutException => true,
            OperationCanceledException => !cancellationToken.IsCancellationRequested,
            DbException database => database.IsTransient,
            _ => false,
        };

        private TimeSpan DelayFor(Exception exception, int attempt)
        {
            if (exception is FregReplicaSourceException { RetryAfter: { } retryAfter } && retryAfter > TimeSpan.Zero)
            {
                return retryAfter < MaxDelay ? retryAfter : MaxDelay;
            }

            var doubled = options.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 16));
            return TimeSpan.FromMilliseconds(Math.Min(doubled, MaxDelay.TotalMilliseconds));
        }
    }
}
