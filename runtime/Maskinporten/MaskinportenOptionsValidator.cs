using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Checks <see cref="MaskinportenOptions"/> before any grant is made, against Digdir's rules for JWT grants
    /// (https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_jwtgrant and
    /// https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_token). Messages never contain key material.
    /// </summary>
    internal sealed class MaskinportenOptionsValidator : IValidateOptions<MaskinportenOptions>
    {
        public ValidateOptionsResult Validate(string? name, MaskinportenOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var failures = new List<string>();

            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                failures.Add("MaskinportenOptions.ClientId is required.");
            }

            ValidateEndpoints(options, failures);
            ValidateKey(options, failures);

            if (options.RefreshBeforeExpiry < TimeSpan.Zero)
            {
                failures.Add("MaskinportenOptions.RefreshBeforeExpiry must not be negative.");
            }

            if (options.AssertionLifetime <= TimeSpan.Zero || options.AssertionLifetime > MaskinportenOptions.MaxAssertionLifetime)
            {
                failures.Add("MaskinportenOptions.AssertionLifetime must be more than 0 and at most 120 seconds.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        internal static void ThrowIfInvalid(MaskinportenOptions options)
        {
            var result = new MaskinportenOptionsValidator().Validate(Options.DefaultName, options);
            if (result.Failed)
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(MaskinportenOptions), result.Failures);
            }
        }

        private static void ValidateEndpoints(MaskinportenOptions options, List<string> failures)
        {
            if (options.Environment is { } chosen && !Enum.IsDefined(chosen))
            {
                failures.Add("MaskinportenOptions.Environment is not a known Maskinporten environment.");
                return;
            }

            if (options.RequiredByFreg is { } required)
            {
                var other = required == MaskinportenEnvironment.Produksjon ? MaskinportenEnvironment.Test : MaskinportenEnvironment.Produksjon;
                if (options.Environment is { } environment && environment != required
                    || SameEndpoint(options.Audience, MaskinportenEndpoints.IssuerOf(other))
                    || SameEndpoint(options.TokenEndpoint, MaskinportenEndpoints.TokenEndpointOf(other)))
                {
                    failures.Add($"The Freg environment needs Maskinporten's {Describe(required)}, but MaskinportenOptions point at its {Describe(other)}: "
                        + "remove UseTestEnvironment()/UseProduksjon() (the environment follows FregClientOptions.Environment) or choose the matching one.");
                    return;
                }
            }

            var audience = options.EffectiveAudience;
            var tokenEndpoint = options.EffectiveTokenEndpoint;
            if (audience is null && tokenEndpoint is null)
            {
                failures.Add("Choose Maskinporten's environment: set FregClientOptions.Environment (the generated AddFregMaskinporten follows it), "
                    + "call UseTestEnvironment() or UseProduksjon(), or set MaskinportenOptions.Audience and TokenEndpoint.");
                return;
            }

            if (audience is null || !audience.IsAbsoluteUri)
            {
                failures.Add("MaskinportenOptions.Audience must be an absolute URI (Maskinporten's issuer, for example https://test.maskinporten.no/).");
            }

            if (tokenEndpoint is null || !tokenEndpoint.IsAbsoluteUri)
            {
                failures.Add("MaskinportenOptions.TokenEndpoint must be an absolute URI (for example https://test.maskinporten.no/token).");
            }

            // Digdir: "The 'aud' field of the JWT must be set equal to the issuer identifier of maskinporten ... Using the
            // token-endpoint url as audience is no longer valid." (maskinporten_protocol_token)
            if (audience is not null && (SameEndpoint(audience, tokenEndpoint)
                || SameEndpoint(audience, MaskinportenEndpoints.TestTokenEndpoint)
                || SameEndpoint(audience, MaskinportenEndpoints.ProduksjonTokenEndpoint)))
            {
                failures.Add("MaskinportenOptions.Audience is a token endpoint; it must be Maskinporten's issuer identifier (for example https://maskinporten.no/), which Digdir requires as the grant's aud.");
            }
        }

        private static void ValidateKey(MaskinportenOptions options, List<string> failures)
        {
            var hasCertificate = options.Certificate is not null;
            var hasJwk = !string.IsNullOrWhiteSpace(options.JwkJson);
            if (hasCertificate == hasJwk)
            {
                failures.Add("Set exactly one of MaskinportenOptions.Certificate and MaskinportenOptions.JwkJson.");
                return;
            }

            if (options.CertificateChain is { Count: > 0 } && (hasJwk || !string.IsNullOrWhiteSpace(options.KeyId)))
            {
                failures.Add("MaskinportenOptions.CertificateChain is sent in x5c, which is used only with a Certificate and no KeyId.");
            }

            if (hasCertificate)
            {
                ValidateCertificate(options, failures);
            }
        }

        private static void ValidateCertificate(MaskinportenOptions options, List<string> failures)
        {
            try
            {
                using var rsa = options.Certificate!.GetRSAPrivateKey();
                if (rsa is null)
                {
                    failures.Add("MaskinportenOptions.Certificate must be an RSA certificate with its private key.");
                }
            }
            catch (CryptographicException)
            {
                failures.Add("MaskinportenOptions.Certificate's private key cannot be used.");
            }

            if (options.CertificateChain is not { Count: > 0 } chain)
            {
                return;
            }

            var previous = options.Certificate!;
            for (var i = 0; i < chain.Count; i++)
            {
                if (!previous.IssuerName.RawData.AsSpan().SequenceEqual(chain[i].SubjectName.RawData))
                {
                    failures.Add($"MaskinportenOptions.CertificateChain[{i}] did not issue the certificate before it: x5c must go from the enterprise certificate up towards the root, each certificate followed by its issuer.");
                    return;
                }

                previous = chain[i];
            }
        }

        private static bool SameEndpoint(Uri? left, Uri? right)
            => left is { IsAbsoluteUri: true } && right is { IsAbsoluteUri: true }
                && string.Equals(left.Scheme, right.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(left.Host, right.Host, StringComparison.OrdinalIgnoreCase)
                && left.Port == right.Port
                && string.Equals(left.AbsolutePath.TrimEnd('/'), right.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);

        private static string Describe(MaskinportenEnvironment environment)
            => environment == MaskinportenEnvironment.Produksjon ? "production (https://maskinporten.no/)" : "test environment (https://test.maskinporten.no/)";
    }
}
