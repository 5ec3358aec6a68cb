using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>A self-signed test certificate (RSA 2048) and Maskinporten JWT grants signed with it.</summary>
public sealed class GrantFactory : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public GrantFactory(string subject = "CN=FregGen simulator test client, O=Testvirksomhet")
    {
        var request = new CertificateRequest(subject, _rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        Certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    public X509Certificate2 Certificate { get; }

    public string Create(Uri audience, string scope, GrantOptions? options = null)
    {
        options ??= new GrantOptions();
        var issuedAt = options.IssuedAt ?? DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object> { ["jti"] = options.Jti ?? Guid.NewGuid().ToString("N") };
        if (scope.Length > 0)
        {
            claims["scope"] = scope;
        }

        var headers = new Dictionary<string, object>();
        if (options.IncludeCertificate)
        {
            headers["x5c"] = new[] { Convert.ToBase64String((options.CertificateInHeader ?? Certificate).RawData) };
        }

        SigningCredentials credentials = options.KeyId is { } kid
            ? new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha256)
            : new X509SigningCredentials(Certificate, SecurityAlgorithms.RsaSha256);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.ClientId,
            Audience = audience.ToString(),
            IssuedAt = issuedAt.UtcDateTime,
            Expires = (issuedAt + options.Lifetime).UtcDateTime,
            Claims = claims,
            AdditionalHeaderClaims = headers,
            SigningCredentials = credentials,
        });
    }

    /// <summary>The public key as a JWK, for registering the client by kid.</summary>
    public JsonWebKey PublicJwk(string kid)
    {
        var key = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = kid });
        return key;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _rsa.Dispose();
    }
}
