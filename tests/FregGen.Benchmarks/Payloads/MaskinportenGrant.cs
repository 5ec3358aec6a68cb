using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Benchmarks.Payloads;

/// <summary>
/// A Maskinporten JWT grant signed by a self-signed certificate carried in its x5c header, which the simulator's fake
/// Maskinporten accepts (the same way tests/FregGen.Simulator.Tests gets its tokens).
/// </summary>
public sealed class MaskinportenGrant : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly X509Certificate2 _certificate;

    public MaskinportenGrant()
    {
        var request = new CertificateRequest("CN=FregGen benchmarks, O=Testvirksomhet", _rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        _certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
    }

    public string Create(Uri audience, string scope)
    {
        var issuedAt = DateTime.UtcNow;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "freggen-benchmarks",
            Audience = audience.ToString(),
            IssuedAt = issuedAt,
            Expires = issuedAt.AddSeconds(100),
            Claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString("N"), ["scope"] = scope },
            AdditionalHeaderClaims = new Dictionary<string, object> { ["x5c"] = new[] { Convert.ToBase64String(_certificate.RawData) } },
            SigningCredentials = new X509SigningCredentials(_certificate, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        _certificate.Dispose();
        _rsa.Dispose();
    }
}
