using System;
using System.Collections.Concurrent;
using System.Threading;

namespace FregGen.Simulator.Maskinporten;

/// <summary>The access tokens issued, looked up when a Freg request presents one.</summary>
internal sealed class AccessTokenStore
{
    private readonly ConcurrentDictionary<string, IssuedAccessToken> _tokens = new(StringComparer.Ordinal);
    private int _issued;

    public int Issued => Volatile.Read(ref _issued);

    public void Add(IssuedAccessToken token)
    {
        _tokens[token.Token] = token;
        Interlocked.Increment(ref _issued);
    }

    /// <summary>The token if it was issued here and has not expired.</summary>
    public IssuedAccessToken? FindValid(string token, DateTimeOffset now)
        => _tokens.TryGetValue(token, out var issued) && issued.ExpiresAt > now ? issued : null;
}
