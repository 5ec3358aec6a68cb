using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Runtime.Tests.Maskinporten
{
    /// <summary>
    /// An in-process Maskinporten token endpoint that verifies every JWT grant the way Maskinporten does: the form,
    /// the RS256 signature with the certificate from <c>x5c</c> (or the registered JWK by <c>kid</c>), and the claims
    /// aud, iss, scope, iat, exp (at most 120 s after iat) and a never-repeated jti. A grant that fails any check is
    /// answered 400 invalid_grant and recorded in <see cref="VerificationFailures"/>.
    /// </summary>
    internal sealed class FakeMaskinportenTokenEndpoint : HttpMessageHandler
    {
        internal static readonly Uri Issuer = new("http://127.0.0.1:5005/");
        internal static readonly Uri TokenUri = new("http://127.0.0.1:5005/token");
        internal const string ClientId = "freggen-test-client";

        private readonly TimeProvider clock;
        private readonly X509Certificate2? expectedCertificate;
        private readonly string? expectedKeyId;
        private readonly ConcurrentQueue<Func<HttpResponseMessage>> scriptedAnswers = new();
        private readonly HashSet<string> seenJwtIds = new(StringComparer.Ordinal);
        private readonly List<string> verificationFailures = [];
        private readonly List<string> assertions = [];
        private readonly List<string> issuedTokens = [];
        private readonly List<JsonWebToken> acceptedGrants = [];
        private readonly List<string[]> certificateChains = [];
        private int requestCount;

        private FakeMaskinportenTokenEndpoint(TimeProvider clock, X509Certificate2? expectedCertificate, string? expectedKeyId)
        {
            this.clock = clock;
            this.expectedCertificate = expectedCertificate;
            this.expectedKeyId = expectedKeyId;
        }

        /// <summary>The lifetime (expires_in) of issued tokens.</summary>
        internal long TokenLifetimeSeconds { get; set; } = 120;

        /// <summary>When set, every request waits for it before answering.</summary>
        internal TaskCompletionSource? Gate { get; set; }

        internal int RequestCount => Volatile.Read(ref requestCount);

        internal IReadOnlyList<string> VerificationFailures => Snapshot(verificationFailures);

        internal IReadOnlyList<string> Assertions => Snapshot(assertions);

        internal IReadOnlyList<string> IssuedTokens => Snapshot(issuedTokens);

        internal IReadOnlyList<JsonWebToken> AcceptedGrants => Snapshot(acceptedGrants);

        internal static FakeMaskinportenTokenEndpoint ForCertificate(TimeProvider clock, X509Certificate2 certificate) => new(clock, certificate, null);

        internal static FakeMaskinportenTokenEndpoint ForJwk(TimeProvider clock, string keyId) => new(clock, null, keyId);

        /// <summary>A certificate registered on the client: grants must carry its key id as kid, and no x5c.</summary>
        internal static FakeMaskinportenTokenEndpoint ForRegisteredCertificate(TimeProvider clock, X509Certificate2 certificate, string keyId) => new(clock, certificate, keyId);

        /// <summary>The x5c arrays of the accepted certificate grants, as sent.</summary>
        internal IReadOnlyList<string[]> CertificateChains => Snapshot(certificateChains);

        /// <summary>The next request gets this answer instead of a token (after its grant was verified).</summary>
        internal void AnswerNextWith(HttpStatusCode status, string body, string mediaType = "application/json")
            => scriptedAnswers.Enqueue(() => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });

        /// <summary>The next request fails in the network.</summary>
        internal void FailNextWith(Exception exception) => scriptedAnswers.Enqueue(() => throw exception);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref requestCount);
            if (Gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var (failure, grant) = await VerifyAsync(request, cancellationToken).ConfigureAwait(false);
            if (failure is not null || grant is null)
            {
                lock (verificationFailures)
                {
                    verificationFailures.Add(failure ?? "invalid");
                }

                return Json(HttpStatusCode.BadRequest, $"{{\"error\":\"invalid_grant\",\"error_description\":\"{failure ?? "invalid"}\"}}");
            }

            if (scriptedAnswers.TryDequeue(out var scripted))
            {
                return scripted();
            }

            var token = $"mp-secret-token-{RequestCount}-{Guid.NewGuid():N}";
            lock (issuedTokens)
            {
                issuedTokens.Add(token);
            }

            var scope = grant.GetClaim("scope").Value;
            return Json(HttpStatusCode.OK, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["access_token"] = token,
                ["token_type"] = "Bearer",
                ["expires_in"] = TokenLifetimeSeconds,
                ["scope"] = scope,
            }));
        }

        private async Task<(string? Failure, JsonWebToken? Grant)> VerifyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Post || request.RequestUri != TokenUri)
            {
                return ($"expected POST {TokenUri}", null);
            }

            if (request.Content?.Headers.ContentType?.MediaType != "application/x-www-form-urlencoded")
            {
                return ("expected a form body", null);
            }

            var form = (await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))
                .Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));
            if (form.Count != 2 || form.GetValueOrDefault("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer")
            {
                return ("expected exactly grant_type=jwt-bearer and assertion", null);
            }

            if (!form.TryGetValue("assertion", out var assertion))
            {
                return ("no assertion", null);
            }

            lock (assertions)
            {
                assertions.Add(assertion);
            }

            var grant = new JsonWebToken(assertion);
            if (grant.Alg != SecurityAlgorithms.RsaSha256)
            {
                return ("alg must be RS256", null);
            }

            using var header = JsonDocument.Parse(Base64UrlEncoder.Decode(grant.EncodedHeader));
            var hasX5c = header.RootElement.TryGetProperty("x5c", out var x5c);
            var hasKid = header.RootElement.TryGetProperty("kid", out var kid);
            var unexpected = header.RootElement.EnumerateObject().Select(p => p.Name).Where(name => name is not ("alg" or "x5c" or "kid")).ToList();
            if (unexpected.Count > 0)
            {
                // Digdir lists only alg, x5c and kid for the grant header.
                return ("unexpected header members: " + string.Join(", ", unexpected), null);
            }

            SecurityKey verificationKey;
            if (expectedCertificate is not null && expectedKeyId is not null)
            {
                if (!hasKid || kid.GetString() != expectedKeyId || hasX5c)
                {
                    return ("a registered certificate's grant needs its kid and no x5c", null);
                }

                verificationKey = new X509SecurityKey(X509CertificateLoader.LoadCertificate(expectedCertificate.RawData));
            }
            else if (expectedCertificate is not null)
            {
                if (!hasX5c || x5c.ValueKind != JsonValueKind.Array || x5c.GetArrayLength() < 1 || hasKid)
                {
                    return ("a certificate grant needs x5c and no kid", null);
                }

                using var sent = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(x5c[0].GetString()!));
                if (!sent.RawData.AsSpan().SequenceEqual(expectedCertificate.RawData))
                {
                    return ("x5c is not the enterprise certificate", null);
                }

                verificationKey = new X509SecurityKey(X509CertificateLoader.LoadCertificate(sent.RawData));
                lock (certificateChains)
                {
                    certificateChains.Add(x5c.EnumerateArray().Select(element => element.GetString()!).ToArray());
                }
            }
            else
            {
                if (!hasKid || kid.GetString() != expectedKeyId || hasX5c)
                {
                    return ("a JWK grant needs the registered kid and no x5c", null);
                }

                verificationKey = TestKeys.JwkPublicKey;
            }

            var validation = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
            {
                IssuerSigningKey = verificationKey,
                ValidAudience = Issuer.AbsoluteUri,
                ValidIssuer = ClientId,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                ValidateLifetime = false,
                RequireExpirationTime = true,
            }).ConfigureAwait(false);
            if (!validation.IsValid)
            {
                return ("signature, aud or iss invalid: " + validation.Exception?.GetType().Name, null);
            }

            if (!grant.TryGetPayloadValue<string>("scope", out var scope) || string.IsNullOrWhiteSpace(scope))
            {
                return ("no scope", null);
            }

            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            if (!grant.TryGetPayloadValue<long>("iat", out var iat) || !grant.TryGetPayloadValue<long>("exp", out var exp))
            {
                return ("iat and exp are required", null);
            }

            if (iat != now || exp <= iat || exp - iat > 120)
            {
                return (string.Create(CultureInfo.InvariantCulture, $"iat {iat} / exp {exp} not acceptable at {now}"), null);
            }

            if (string.IsNullOrEmpty(grant.Id))
            {
                return ("jti is required", null);
            }

            lock (seenJwtIds)
            {
                if (!seenJwtIds.Add(grant.Id))
                {
                    return ("jti was used before", null);
                }
            }

            lock (acceptedGrants)
            {
                acceptedGrants.Add(grant);
            }

            return (null, grant);
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body)
            => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        private static IReadOnlyList<T> Snapshot<T>(List<T> list)
        {
            lock (list)
            {
                return list.ToArray();
            }
        }
    }
}
