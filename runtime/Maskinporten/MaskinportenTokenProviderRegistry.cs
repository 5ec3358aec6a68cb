using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Hands out one <see cref="MaskinportenTokenProvider"/> per Maskinporten client (client id, endpoints, key,
    /// consumer organisation), so that every HttpClient using the same client shares one token cache.
    /// </summary>
    internal sealed class MaskinportenTokenProviderRegistry : IDisposable
    {
        private readonly IHttpClientFactory httpClientFactory;
        private readonly TimeProvider timeProvider;
        private readonly ILoggerFactory? loggerFactory;
        private readonly ConcurrentDictionary<string, Lazy<MaskinportenTokenProvider>> providers = new(StringComparer.Ordinal);

        public MaskinportenTokenProviderRegistry(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
        {
            this.httpClientFactory = httpClientFactory;
            this.timeProvider = timeProvider;
            this.loggerFactory = loggerFactory;
        }

        internal MaskinportenTokenProvider GetOrCreate(MaskinportenOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            MaskinportenOptionsValidator.ThrowIfInvalid(options);
            var snapshot = options.Copy();
            return providers.GetOrAdd(
                KeyOf(snapshot),
                _ => new Lazy<MaskinportenTokenProvider>(() => new MaskinportenTokenProvider(
                    httpClientFactory.CreateClient(MaskinportenTokenProvider.TokenEndpointHttpClientName),
                    snapshot,
                    timeProvider,
                    loggerFactory?.CreateLogger<MaskinportenTokenProvider>()))).Value;
        }

        public void Dispose()
        {
            foreach (var provider in providers.Values)
            {
                if (provider.IsValueCreated)
                {
                    provider.Value.Dispose();
                }
            }
        }

        private static string ChainKey(MaskinportenOptions options)
        {
            if (options.CertificateChain is not { Count: > 0 } chain)
            {
                return string.Empty;
            }

            var builder = new StringBuilder();
            foreach (var issuer in chain)
            {
                builder.Append(issuer.GetCertHashString(HashAlgorithmName.SHA256)).Append(',');
            }

            return builder.ToString();
        }

        private static string KeyOf(MaskinportenOptions options)
        {
            var key = options.Certificate is { } certificate
                ? "x5c:" + certificate.GetCertHashString(HashAlgorithmName.SHA256) + ":" + options.KeyId + ":" + ChainKey(options)
                : "jwk:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(options.JwkJson + "\n" + options.KeyId)));
            return string.Join(
                '\n',
                options.ClientId,
                options.EffectiveAudience!.AbsoluteUri,
                options.EffectiveTokenEndpoint!.AbsoluteUri,
                options.ConsumerOrganization ?? string.Empty,
                key,
                options.RefreshBeforeExpiry.Ticks.ToString(CultureInfo.InvariantCulture),
                options.AssertionLifetime.Ticks.ToString(CultureInfo.InvariantCulture));
        }
    }
}
