using System;
using System.Threading.Tasks;

namespace FregGen.Runtime.Resilience;

/// <summary>
/// The retry behaviour of <c>AddFregResilience</c>: 429 honours Freg's <c>Retry-After</c> (milliseconds); 500, 502,
/// 503, 504, network failures and attempt timeouts are retried with jittered exponential backoff; other 4xx never.
/// The two kinds of retry are counted separately.
/// </summary>
public sealed class FregResilienceOptions
{
    /// <summary>How many times a 429 is retried. Default 3; 0 turns these retries off.</summary>
    public int MaxTooManyRequestsRetries { get; set; } = 3;

    /// <summary>How many times a 5xx, network failure or attempt timeout is retried. Default 3; 0 turns these retries off.</summary>
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest wait before a retry. Backoff delays are capped at it. A 429 whose <c>Retry-After</c> asks for longer
    /// is not retried: the 429 is returned, so the generated client throws its <c>FregTooManyRequestsException</c> with
    /// <c>RetryAfter</c> and the caller decides. Default 30 seconds.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one attempt may take before it is abandoned and retried as a timeout. Default 60 seconds;
    /// <see langword="null"/> for none. Note that <see cref="System.Net.Http.HttpClient.Timeout"/> (100 seconds by
    /// default) still bounds the whole call, retries and waits included.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>An optional limit for the whole call, retries and waits included. Default <see langword="null"/> (none).</summary>
    public TimeSpan? TotalTimeout { get; set; }

    /// <summary>
    /// The clock for delays and timeouts. When <see langword="null"/>, the <see cref="System.TimeProvider"/> registered
    /// in DI is used, else <see cref="System.TimeProvider.System"/>.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Called before each retry's wait, for metrics or tests. Exceptions it throws fail the call.</summary>
    public Func<FregRetryEvent, ValueTask>? OnRetry { get; set; }
}
