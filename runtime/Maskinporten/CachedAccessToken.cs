using System;

namespace FregGen.Runtime.Maskinporten;

/// <summary>A token in the cache, with when it expires and when it should be replaced. Never prints the token.</summary>
internal sealed class CachedAccessToken
{
    internal CachedAccessToken(string accessToken, DateTimeOffset expiresAt, DateTimeOffset refreshAt)
    {
        AccessToken = accessToken;
        ExpiresAt = expiresAt;
        RefreshAt = refreshAt;
    }

    internal string AccessToken { get; }

    internal DateTimeOffset ExpiresAt { get; }

    internal DateTimeOffset RefreshAt { get; }

    public override string ToString() => $"Maskinporten access token (expires {ExpiresAt:O}, refresh from {RefreshAt:O})";
}
