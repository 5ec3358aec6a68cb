using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FregGen.Runtime.Diagnostics;
using FregGen.Runtime.Maskinporten;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FregGen.Runtime.Resilience
{
    /// <summary>
    /// Builds the Polly pipeline behind <c>AddFregResilience</c>: [total timeout] → retry → [attempt timeout]. One retry
    /// strategy handles both kinds of failure, and counts each kind against its own limit in the resilience context.
    /// </summary>
    internal static class FregResiliencePipeline
    {
        private static readonly ResiliencePropertyKey<int> TooManyRequestsRetries = new("FregGen.Resilience.TooManyRequestsRetries");
        private static readonly ResiliencePropertyKey<int> TransientRetries = new("FregGen.Resilience.TransientRetries");
        private static readonly ResiliencePropertyKey<TimeSpan?> RetryAfterDelay = new("FregGen.Resilience.RetryAfter");
        private static readonly ResiliencePropertyKey<FregRetryReason> LastReason = new("FregGen.Resilience.LastReason");

        internal static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, FregResilienceOptions options)
        {
            Validate(options);
            if (options.TimeProvider is { } timeProvider)
            {
                pipeline.TimeProvider = timeProvider;
            }

            var clock = options.TimeProvider ?? pipeline.TimeProvider ?? TimeProvider.System;

            if (options.TotalTimeout is { } totalTimeout)
            {
                pipeline.AddTimeout(totalTimeout);
            }

            var maxRetries = options.MaxTooManyRequestsRetries + options.MaxTransientRetries;
            if (maxRetries > 0)
            {
                pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    Name = "FregRetry",
                    MaxRetryAttempts = maxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, clock)),
                    DelayGenerator = args => ValueTask.FromResult(
                        args.Context.Properties.GetValue(LastReason, FregRetryReason.ServerError) == FregRetryReason.TooManyRequests
                            ? args.Context.Properties.GetValue(RetryAfterDelay, null)
                            : null),
                    OnRetry = args =>
                    {
                        var reason = args.Context.Properties.GetValue(LastReason, FregRetryReason.ServerError);
                        RecordRetry(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage(), reason, args.RetryDelay, args.Outcome);
                        return options.OnRetry is { } onRetry
                            ? onRetry(new FregRetryEvent(
                                args.AttemptNumber + 1,
                                reason,
                                args.RetryDelay,
                                args.Outcome.Result?.StatusCode,
                                args.Outcome.Exception?.GetType()))
                            : ValueTask.CompletedTask;
                    },
                });
            }

            if (options.AttemptTimeout is { } attemptTimeout)
            {
                pipeline.AddTimeout(attemptTimeout);
            }
        }

        /// <summary>
        /// Counts the retry (freg.client.retries, and freg.client.rate_limit.wait for a 429), tells the generated client how
        /// many retries its request took (<see cref="FregRequestOptions.RetryCount"/>), and adds a <c>freg.retry</c> event to
        /// the operation's span. Nothing of the request but its operation id is read.
        /// </summary>
        internal static void RecordRetry(HttpRequestMessage? request, FregRetryReason reason, TimeSpan delay, Outcome<HttpResponseMessage> outcome)
        {
            string? operationId = null;
            if (request is not null)
            {
                request.Options.TryGetValue(FregRequestOptions.OperationId, out operationId);
                request.Options.TryGetValue(FregRequestOptions.RetryCount, out var retries);
                request.Options.Set(FregRequestOptions.RetryCount, retries + 1);
            }

            var reasonName = ReasonName(reason);
            var tags = new TagList
            {
                { FregTelemetry.Tags.OperationId, operationId },
                { FregTelemetry.Tags.RetryReason, reasonName },
            };
            if (outcome.Result is { } response)
            {
                tags.Add(FregTelemetry.Tags.HttpResponseStatusCode, (int)response.StatusCode);
            }
            else if (outcome.Exception is { } exception)
            {
                tags.Add(FregTelemetry.Tags.ErrorType, exception.GetType().FullName);
            }

            FregTelemetry.Retries.Add(1, tags);
            if (reason == FregRetryReason.TooManyRequests)
            {
                FregTelemetry.RateLimitWait.Record(delay.TotalSeconds, new KeyValuePair<string, object?>(FregTelemetry.Tags.OperationId, operationId));
            }

            if (Activity.Current is { Source.Name: FregTelemetry.SourceName } operation)
            {
                operation.AddEvent(new ActivityEvent("freg.retry", tags: new ActivityTagsCollection
                {
                    { FregTelemetry.Tags.RetryReason, reasonName },
                    { "freg.retry.delay", delay.TotalSeconds },
                }));
            }
        }

        internal static string ReasonName(FregRetryReason reason) => reason switch
        {
            FregRetryReason.TooManyRequests => "too_many_requests",
            FregRetryReason.ServerError => "server_error",
            FregRetryReason.Timeout => "timeout",
            FregRetryReason.NetworkFailure => "network_failure",
            FregRetryReason.MaskinportenUnavailable => "maskinporten_unavailable",
            _ => "other",
        };

        /// <summary>Why an outcome may be retried, or <see langword="null"/> when it must not be.</summary>
        internal static FregRetryReason? Classify(Outcome<HttpResponseMessage> outcome)
        {
            if (outcome.Exception is { } exception)
            {
                return exception switch
                {
                    TimeoutRejectedException => FregRetryReason.Timeout,
                    HttpRequestException => FregRetryReason.NetworkFailure,
                    MaskinportenException { IsTransient: true } => FregRetryReason.MaskinportenUnavailable,
                    _ => null,
                };
            }

            return outcome.Result?.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => FregRetryReason.TooManyRequests,
                HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                    or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => FregRetryReason.ServerError,
                _ => null,
            };
        }

        private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, FregResilienceOptions options, TimeProvider clock)
        {
            // The caller gave up: stop at once, whatever the outcome.
            if (context.CancellationToken.IsCancellationRequested || Classify(outcome) is not { } reason)
            {
                return false;
            }

            if (reason == FregRetryReason.TooManyRequests)
            {
                var used = context.Properties.GetValue(TooManyRequestsRetries, 0);
                if (used >= options.MaxTooManyRequestsRetries)
                {
                    return false;
                }

                var retryAfter = FregRetryAfter.Read(outcome.Result!, clock.GetUtcNow());
                if (retryAfter > options.MaxDelay)
                {
                    // Freg asks for a longer pause than we are willing to hold the call: hand the 429 to the caller.
                    return false;
                }

                context.Properties.Set(TooManyRequestsRetries, used + 1);
                context.Properties.Set(RetryAfterDelay, retryAfter);
            }
            else
            {
                var used = context.Properties.GetValue(TransientRetries, 0);
                if (used >= options.MaxTransientRetries)
                {
                    return false;
                }

                context.Properties.Set(TransientRetries, used + 1);
                context.Properties.Set(RetryAfterDelay, null);
            }

            context.Properties.Set(LastReason, reason);
            return true;
        }

        private static void Validate(FregResilienceOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentOutOfRangeException.ThrowIfNegative(options.MaxTooManyRequestsRetries, "FregResilienceOptions.MaxTooManyRequestsRetries");
            ArgumentOutOfRangeException.ThrowIfNegative(options.MaxTransientRetries, "FregResilienceOptions.MaxTransientRetries");
            ArgumentOutOfRangeException.ThrowIfLessThan(options.BaseDelay, TimeSpan.Zero, "FregResilienceOptions.BaseDelay");
            ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDelay, options.BaseDelay, "FregResilienceOptions.MaxDelay");
            if (options.AttemptTimeout is { } attempt)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(attempt, TimeSpan.Zero, "FregResilienceOptions.AttemptTimeout");
            }

            if (options.TotalTimeout is { } total)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(total, TimeSpan.Zero, "FregResilienceOptions.TotalTimeout");
            }
        }
    }
}
