using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Simulator.Maskinporten;

/// <summary>Issues Maskinporten-style access tokens (JWTs signed with the simulator's own key) and remembers them for the Freg endpoints.</summary>
internal sealed class MaskinportenTokenIssuer : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _signingKey;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly Func<string> _issuer;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly AccessTokenStore _store;
    private readonly object _signing = new();

    public MaskinportenTokenIssuer(Func<string> issuer, TimeProvider time, TimeSpan lifetime, AccessTokenStore store)
    {
        _issuer = issuer;
        _time = time;
        _lifetime = lifetime;
        _store = store;
        _signingKey = new RsaSecurityKey(_rsa) { KeyId = "freggen-simulator" };
    }

    public TimeSpan Lifetime => _lifetime;

    public JsonWebKey PublicKey
    {
        get
        {
            var key = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(includePrivateParameters: false)) { KeyId = _signingKey.KeyId });
            key.Use = "sig";
            key.Alg = SecurityAlgorithms.RsaSha256;
            return key;
        }
    }

    public IssuedAccessToken Issue(string clientId, IReadOnlyList<string> scopes)
    {
        var now = _time.GetUtcNow();
        var expires = now + _lifetime;
        var scope = string.Join(' ', scopes);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _issuer(),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["scope"] = scope,
                ["client_id"] = clientId,
                ["token_type"] = "Bearer",
                ["client_amr"] = "private_key_jwt",
                ["jti"] = Guid.NewGuid().ToString("N"),
            },
        };
        string token;
        lock (_signing)
        {
            token = _handler.CreateToken(descriptor);
        }

        var issued = new IssuedAccessToken(token, clientId, new HashSet<string>(scopes, StringComparer.Ordinal), expires);
        _store.Add(issued);
        return issued;
    }

    public void Dispose() => _rsa.Dispose();
}
