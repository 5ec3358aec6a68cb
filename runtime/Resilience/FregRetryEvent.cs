using System;
using System.Net;

namespace FregGen.Runtime.Resilience;

/// <summary>A retry that is about to happen, passed to <see cref="FregResilienceOptions.OnRetry"/>.</summary>
public sealed class FregRetryEvent
{
    internal FregRetryEvent(int retryNumber, FregRetryReason reason, TimeSpan delay, HttpStatusCode? statusCode, Type? exceptionType)
    {
        RetryNumber = retryNumber;
        Reason = reason;
        Delay = delay;
        StatusCode = statusCode;
        ExceptionType = exceptionType;
    }

    /// <summary>Which retry this is: 1 for the first retry (the second attempt), 2 for the next, and so on.</summary>
    public int RetryNumber { get; }

    /// <summary>Why the request is tried again.</summary>
    public FregRetryReason Reason { get; }

    /// <summary>How long the pipeline waits before the next attempt.</summary>
    public TimeSpan Delay { get; }

    /// <summary>The status of the failed attempt, when it got an answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The type of the failed attempt's exception, when it had one.</summary>
    public Type? ExceptionType { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"Retry {RetryNumber} after {Delay.TotalMilliseconds} ms ({Reason}{(StatusCode is { } status ? ", HTTP " + (int)status : string.Empty)})";
}
