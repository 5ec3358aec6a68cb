using System;
using Microsoft.Extensions.Logging;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>The token provider's log messages. None takes a token, grant or key.</summary>
    internal static partial class MaskinportenLog
    {
        [LoggerMessage(EventId = 1, EventName = "MaskinportenTokenRequested", Level = LogLevel.Debug,
            Message = "Requesting a Maskinporten access token for scope {Scope} from {TokenEndpoint}")]
        internal static partial void TokenRequested(ILogger logger, string scope, Uri tokenEndpoint);

        [LoggerMessage(EventId = 2, EventName = "MaskinportenTokenReceived", Level = LogLevel.Debug,
            Message = "Received a Maskinporten access token for scope {Scope}, valid for {ExpiresInSeconds} s")]
        internal static partial void TokenReceived(ILogger logger, string scope, long expiresInSeconds);

        [LoggerMessage(EventId = 3, EventName = "MaskinportenTokenRefused", Level = LogLevel.Warning,
            Message = "Maskinporten refused the token request for scope {Scope}: HTTP {StatusCode}, error {Error}")]
        internal static partial void TokenRefused(ILogger logger, string scope, int statusCode, string? error);

        [LoggerMessage(EventId = 4, EventName = "MaskinportenUnreachable", Level = LogLevel.Warning,
            Message = "Maskinporten's token endpoint could not be reached for scope {Scope} ({FailureType})")]
        internal static partial void TokenEndpointUnreachable(ILogger logger, string scope, string failureType);

        [LoggerMessage(EventId = 5, EventName = "MaskinportenUsingCachedToken", Level = LogLevel.Warning,
            Message = "Refreshing the Maskinporten token for scope {Scope} failed; using the cached token, still valid until {ExpiresAt:O}")]
        internal static partial void UsingCachedTokenAfterFailedRefresh(ILogger logger, string scope, DateTimeOffset expiresAt);

        [LoggerMessage(EventId = 6, EventName = "MaskinportenTokenRejected", Level = LogLevel.Warning,
            Message = "Freg rejected the Maskinporten access token for scope {Scope} (HTTP 401); it was dropped and a new one is fetched")]
        internal static partial void TokenRejected(ILogger logger, string scope);
    }
}
