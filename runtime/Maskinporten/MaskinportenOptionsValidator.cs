using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>Checks <see cref="MaskinportenOptions"/> before any grant is made. Messages never contain key material.</summary>
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

            if (options.Audience is null || !options.Audience.IsAbsoluteUri)
            {
                failures.Add("MaskinportenOptions.Audience must be an absolute URI (Maskinporten's issuer, for example https://test.maskinporten.no/).");
            }

            if (options.TokenEndpoint is null || !options.TokenEndpoint.IsAbsoluteUri)
            {
                failures.Add("MaskinportenOptions.TokenEndpoint must be an absolute URI (for example https://test.maskinporten.no/token).");
            }

            var hasCertificate = options.Certificate is not null;
            var hasJwk = !string.IsNullOrWhiteSpace(options.JwkJson);
            if (hasCertificate == hasJwk)
            {
                failures.Add("Set exactly one of MaskinportenOptions.Certificate and MaskinportenOptions.JwkJson.");
            }
            else if (hasCertificate)
            {
                ValidateCertificate(options, failures);
            }

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
        }
    }
}
