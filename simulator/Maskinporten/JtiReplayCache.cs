using System;
using System.Collections.Generic;

namespace FregGen.Simulator.Maskinporten;

/// <summary>Grant ids (jti) already used, kept until the grant they came with has expired.</summary>
internal sealed class JtiReplayCache
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly object _sync = new();

    /// <summary>Records the id; false when it was already used.</summary>
    public bool TryUse(string jti, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        lock (_sync)
        {
            if (_seen.Count > 1000)
            {
                var expired = new List<string>();
                foreach (var (id, until) in _seen)
                {
                    if (until < now)
                    {
                        expired.Add(id);
                    }
                }

                foreach (var id in expired)
                {
                    _seen.Remove(id);
                }
            }

            return _seen.TryAdd(jti, expiresAt);
        }
    }
}
