namespace FregGen.Runtime.Resilience;

/// <summary>Why a Freg request is tried again.</summary>
public enum FregRetryReason
{
    /// <summary>Freg answered 429 Too Many Requests; the delay honours its <c>Retry-After</c>.</summary>
    TooManyRequests = 0,

    /// <summary>Freg answered 500, 502, 503 or 504.</summary>
    ServerError = 1,

    /// <summary>The attempt took longer than <see cref="FregResilienceOptions.AttemptTimeout"/>.</summary>
    Timeout = 2,

    /// <summary>The request failed in the network (<see cref="System.Net.Http.HttpRequestException"/>).</summary>
    NetworkFailure = 3,

    /// <summary>A Maskinporten token could not be had for a transient reason (unreachable, 429 or 5xx).</summary>
    MaskinportenUnavailable = 4,
}
