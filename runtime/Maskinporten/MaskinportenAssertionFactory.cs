using System;
using System.Buffers;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Builds the signed JWT grant as Digdir documents it (https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_jwtgrant):
    /// header <c>alg</c>=RS256 with either <c>x5c</c> (the enterprise certificate, then <see cref="MaskinportenOptions.CertificateChain"/>)
    /// or <c>kid</c> (a key or certificate registered on the client), and nothing else; claims <c>aud</c>, <c>iss</c>=client id,
    /// <c>scope</c>, <c>iat</c>, <c>exp</c>, <c>jti</c> and optionally <c>consumer_org</c>; no <c>resource</c>, which Freg does not use.
    /// </summary>
    /// <remarks>
    /// No <c>typ</c> header: Digdir's documentation does not list it and answers unknown grant content with "Invalid
    /// assertion"; Digdir's own JWT grant generator and Altinn's Maskinporten client do not send it either. The JWS is
    /// therefore written here (JSON with <see cref="Utf8JsonWriter"/>), and signed with Microsoft.IdentityModel's RS256
    /// signature provider, since its token handlers always add <c>typ</c>.
    /// </remarks>
    internal sealed class MaskinportenAssertionFactory : IDisposable
    {
        private readonly SignatureProvider signatureProvider;
        private readonly RSA? certificateKey;
        private readonly string encodedHeader;
        private readonly string audience;
        private readonly string clientId;
        private readonly string? consumerOrganization;
        private readonly TimeSpan lifetime;

        internal MaskinportenAssertionFactory(MaskinportenOptions options)
        {
            audience = options.EffectiveAudience!.AbsoluteUri;
            clientId = options.ClientId;
            consumerOrganization = string.IsNullOrWhiteSpace(options.ConsumerOrganization) ? null : options.ConsumerOrganization;
            lifetime = options.AssertionLifetime;

            SecurityKey key;
            string? keyId;
            IReadOnlyList<X509Certificate2>? x5c = null;
            if (options.Certificate is { } certificate)
            {
                certificateKey = certificate.GetRSAPrivateKey()
                    ?? throw new OptionsValidationException(Options.DefaultName, typeof(MaskinportenOptions), ["MaskinportenOptions.Certificate must be an RSA certificate with its private key."]);
                key = new RsaSecurityKey(certificateKey);
                keyId = string.IsNullOrWhiteSpace(options.KeyId) ? null : options.KeyId;
                if (keyId is null)
                {
                    var chain = new List<X509Certificate2> { certificate };
                    if (options.CertificateChain is { } issuers)
                    {
                        chain.AddRange(issuers);
                    }

                    x5c = chain;
                }
            }
            else
            {
                var jwk = ReadJsonWebKey(options);
                key = jwk;
                keyId = jwk.KeyId;
            }

            // A private factory without the shared cache: the default cache is keyed by the public key, and would hand one
            // provider's (later disposed) RSA handle to another provider using the same certificate.
            signatureProvider = new CryptoProviderFactory { CacheSignatureProviders = false }.CreateForSigning(key, SecurityAlgorithms.RsaSha256);
            encodedHeader = Base64UrlEncoder.Encode(Header(keyId, x5c));
        }

        /// <summary>Creates a fresh grant (new <c>jti</c>) for <paramref name="scope"/>, issued at <paramref name="now"/>.</summary>
        internal string Create(string scope, DateTimeOffset now)
        {
            var signingInput = encodedHeader + "." + Base64UrlEncoder.Encode(Payload(scope, now));
            var signature = signatureProvider.Sign(Encoding.ASCII.GetBytes(signingInput));
            return signingInput + "." + Base64UrlEncoder.Encode(signature);
        }

        public void Dispose()
        {
            signatureProvider.Dispose();
            certificateKey?.Dispose();
        }

        private static byte[] Header(string? keyId, IReadOnlyList<X509Certificate2>? x5c)
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("alg", SecurityAlgorithms.RsaSha256);
                if (x5c is not null)
                {
                    // RFC 7515 4.1.6: standard base64 (not base64url) DER, the signing certificate first.
                    writer.WriteStartArray("x5c");
                    foreach (var certificate in x5c)
                    {
                        writer.WriteStringValue(Convert.ToBase64String(certificate.RawData));
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString("kid", keyId);
                }

                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        private byte[] Payload(string scope, DateTimeOffset now)
        {
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("aud", audience);
                writer.WriteString("iss", clientId);
                writer.WriteString("scope", scope);
                writer.WriteNumber("iat", now.ToUnixTimeSeconds());
                writer.WriteNumber("exp", (now + lifetime).ToUnixTimeSeconds());
                writer.WriteString("jti", Guid.NewGuid().ToString("N"));
                if (consumerOrganization is not null)
                {
                    writer.WriteString("consumer_org", consumerOrganization);
                }

                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        private static JsonWebKey ReadJsonWebKey(MaskinportenOptions options)
        {
            JsonWebKey key;
            try
            {
                key = new JsonWebKey(options.JwkJson);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or JsonException)
            {
                // The inner exception is dropped on purpose: parser messages may quote the key.
                throw new OptionsValidationException(Options.DefaultName, typeof(MaskinportenOptions), ["MaskinportenOptions.JwkJson is not a valid JSON Web Key."]);
            }

            var failures = new List<string>();
            if (!string.Equals(key.Kty, JsonWebAlgorithmsKeyTypes.RSA, StringComparison.Ordinal))
            {
                failures.Add("MaskinportenOptions.JwkJson must be an RSA key (kty \"RSA\").");
            }
            else if (!key.HasPrivateKey)
            {
                failures.Add("MaskinportenOptions.JwkJson must hold the private key (d, p, q, dp, dq, qi).");
            }

            var keyId = string.IsNullOrWhiteSpace(options.KeyId) ? key.Kid : options.KeyId;
            if (string.IsNullOrWhiteSpace(keyId))
            {
                failures.Add("A JWK grant needs a key id: set MaskinportenOptions.KeyId or include \"kid\" in the JWK.");
            }

            if (failures.Count > 0)
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(MaskinportenOptions), failures);
            }

            key.KeyId = keyId;
            return key;
        }
    }
}
