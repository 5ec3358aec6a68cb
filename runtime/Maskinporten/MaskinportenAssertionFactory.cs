using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Builds the signed JWT grant that Maskinporten expects: header <c>alg</c>=RS256 with <c>x5c</c> (certificate) or
    /// <c>kid</c> (JWK); claims <c>aud</c>, <c>iss</c>=client id, <c>scope</c>, <c>iat</c>, <c>exp</c>, <c>jti</c> and
    /// optionally <c>consumer_org</c>.
    /// </summary>
    internal sealed class MaskinportenAssertionFactory : IDisposable
    {
        private readonly JsonWebTokenHandler tokenHandler = new() { SetDefaultTimesOnTokenCreation = false };
        private readonly SigningCredentials signingCredentials;
        private readonly Dictionary<string, object>? additionalHeaderClaims;
        private readonly RSA? certificateKey;
        private readonly string audience;
        private readonly string clientId;
        private readonly string? consumerOrganization;
        private readonly TimeSpan lifetime;

        internal MaskinportenAssertionFactory(MaskinportenOptions options)
        {
            audience = options.Audience.AbsoluteUri;
            clientId = options.ClientId;
            consumerOrganization = string.IsNullOrWhiteSpace(options.ConsumerOrganization) ? null : options.ConsumerOrganization;
            lifetime = options.AssertionLifetime;

            if (options.Certificate is { } certificate)
            {
                // An RsaSecurityKey without a key id: the header then carries only alg, typ and x5c (no kid or x5t),
                // so Maskinporten looks the client up by its enterprise certificate.
                certificateKey = certificate.GetRSAPrivateKey()
                    ?? throw new OptionsValidationException(Options.DefaultName, typeof(MaskinportenOptions), ["MaskinportenOptions.Certificate must be an RSA certificate with its private key."]);
                signingCredentials = new SigningCredentials(new RsaSecurityKey(certificateKey), SecurityAlgorithms.RsaSha256)
                {
                    // A private factory without the shared cache: the default cache is keyed by the public key, and would
                    // hand one provider's (later disposed) RSA handle to another provider using the same certificate.
                    CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
                };
                additionalHeaderClaims = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["x5c"] = new List<string> { Convert.ToBase64String(certificate.RawData) },
                };
            }
            else
            {
                signingCredentials = new SigningCredentials(ReadJsonWebKey(options), SecurityAlgorithms.RsaSha256)
                {
                    CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
                };
            }
        }

        /// <summary>Creates a fresh grant (new <c>jti</c>) for <paramref name="scope"/>, issued at <paramref name="now"/>.</summary>
        internal string Create(string scope, DateTimeOffset now)
        {
            var claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["scope"] = scope,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            };
            if (consumerOrganization is not null)
            {
                claims["consumer_org"] = consumerOrganization;
            }

            var descriptor = new SecurityTokenDescriptor
            {
                Audience = audience,
                Issuer = clientId,
                IssuedAt = now.UtcDateTime,
                Expires = (now + lifetime).UtcDateTime,
                Claims = claims,
                SigningCredentials = signingCredentials,
                AdditionalHeaderClaims = additionalHeaderClaims,
            };

            return tokenHandler.CreateToken(descriptor);
        }

        public void Dispose() => certificateKey?.Dispose();

        private static JsonWebKey ReadJsonWebKey(MaskinportenOptions options)
        {
            JsonWebKey key;
            try
            {
                key = new JsonWebKey(options.JwkJson);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or System.Text.Json.JsonException)
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
