using System;
using System.Collections.Concurrent;

namespace FregGen.Simulator.Maskinporten;

/// <summary>The clients registered with the fake Maskinporten, found by client id (iss) or key id (kid).</summary>
internal sealed class TrustedClientRegistry
{
    private readonly ConcurrentDictionary<string, TrustedClient> _byClientId = new(StringComparer.Ordinal);

    public void Register(TrustedClient client) => _byClientId[client.ClientId] = client;

    public TrustedClient? Find(string clientId) => _byClientId.TryGetValue(clientId, out var client) ? client : null;

    public TrustedClient? FindByKeyId(string keyId)
    {
        foreach (var client in _byClientId.Values)
        {
            if (string.Equals(client.KeyId, keyId, StringComparison.Ordinal))
            {
                return client;
            }
        }

        return null;
    }
}
