using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Runtime.Tests.Maskinporten;

/// <summary>Keys made for the tests: a self-signed RSA "enterprise certificate" and an RSA JWK.</summary>
internal static class TestKeys
{
    private static readonly Lazy<X509Certificate2> LazyCertificate = new(CreateCertificate);
    private static readonly Lazy<(string Json, RSAParameters Parameters)> LazyJwk = new(CreateJwk);

    internal const string JwkKeyId = "freggen-test-key";

    internal static X509Certificate2 Certificate => LazyCertificate.Value;

    /// <summary>The certificate's private key (PKCS#8, base64): must never appear in logs or messages.</summary>
    internal static string CertificatePrivateKeyBase64
    {
        get
        {
            using var rsa = Certificate.GetRSAPrivateKey()!;
            return Convert.ToBase64String(rsa.ExportPkcs8PrivateKey());
        }
    }

    /// <summary>An RSA private key as JWK JSON, with <c>kid</c> <see cref="JwkKeyId"/>.</summary>
    internal static string JwkJson => LazyJwk.Value.Json;

    /// <summary>The same JWK without a <c>kid</c>.</summary>
    internal static string JwkJsonWithoutKeyId
    {
        get
        {
            using var document = JsonDocument.Parse(JwkJson);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name != "kid")
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    /// <summary>The JWK's private exponent, base64url: must never appear in logs or messages.</summary>
    internal static string JwkPrivateExponent => Base64UrlEncoder.Encode(LazyJwk.Value.Parameters.D);

    /// <summary>The JWK's public half, to verify grants.</summary>
    internal static SecurityKey JwkPublicKey
    {
        get
        {
            var parameters = LazyJwk.Value.Parameters;
            return new RsaSecurityKey(new RSAParameters { Modulus = parameters.Modulus, Exponent = parameters.Exponent });
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=FregGen test enterprise, O=FregGen, SERIALNUMBER=999999999", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    private static (string Json, RSAParameters Parameters) CreateJwk()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: true);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kty", "RSA");
            writer.WriteString("kid", JwkKeyId);
            writer.WriteString("alg", "RS256");
            writer.WriteString("use", "sig");
            writer.WriteString("n", Base64UrlEncoder.Encode(parameters.Modulus));
            writer.WriteString("e", Base64UrlEncoder.Encode(parameters.Exponent));
            writer.WriteString("d", Base64UrlEncoder.Encode(parameters.D));
            writer.WriteString("p", Base64UrlEncoder.Encode(parameters.P));
            writer.WriteString("q", Base64UrlEncoder.Encode(parameters.Q));
            writer.WriteString("dp", Base64UrlEncoder.Encode(parameters.DP));
            writer.WriteString("dq", Base64UrlEncoder.Encode(parameters.DQ));
            writer.WriteString("qi", Base64UrlEncoder.Encode(parameters.InverseQ));
            writer.WriteEndObject();
        }

        return (Encoding.UTF8.GetString(buffer.WrittenSpan), parameters);
    }
}
