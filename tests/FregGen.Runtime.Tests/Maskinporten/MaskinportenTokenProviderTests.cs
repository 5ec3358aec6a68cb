using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Maskinporten;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FregGen.Runtime.Tests.Maskinporten
{
    public sealed class MaskinportenTokenProviderTests
    {
        private const string OffentligMedHjemmel = "folkeregister:deling/offentligmedhjemmel";
        private const string Privat = "folkeregister:deling/privat";

        private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        private readonly FakeLogCollector logs = new();

        [Fact]
        public async Task A_certificate_grant_is_signed_RS256_with_x5c_and_carries_the_required_claims()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);

            var token = await provider.GetAccessTokenAsync(OffentligMedHjemmel);

            Assert.Empty(endpoint.VerificationFailures);
            Assert.Equal(endpoint.IssuedTokens.Single(), token);
            var grant = endpoint.AcceptedGrants.Single();
            Assert.Equal(FakeMaskinportenTokenEndpoint.Issuer.AbsoluteUri, grant.GetClaim("aud").Value);
            Assert.Equal(FakeMaskinportenTokenEndpoint.ClientId, grant.Issuer);
            Assert.Equal(OffentligMedHjemmel, grant.GetClaim("scope").Value);
            Assert.Equal(clock.GetUtcNow().UtcDateTime, grant.IssuedAt);
            Assert.Equal(clock.GetUtcNow().AddSeconds(120).UtcDateTime, grant.ValidTo);
            Assert.False(string.IsNullOrEmpty(grant.Id));
            Assert.False(grant.TryGetPayloadValue<string>("consumer_org", out _));
        }

        [Fact]
        public async Task A_jwk_grant_carries_the_configured_kid()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForJwk(clock, "registered-key-2025");
            using var provider = CreateProvider(endpoint, options =>
            {
                options.JwkJson = TestKeys.JwkJson;
                options.KeyId = "registered-key-2025";
            });

            await provider.GetAccessTokenAsync(OffentligMedHjemmel);

            Assert.Empty(endpoint.VerificationFailures);
            Assert.Single(endpoint.IssuedTokens);
        }

        [Fact]
        public async Task A_jwk_grant_falls_back_to_the_kid_inside_the_jwk()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForJwk(clock, TestKeys.JwkKeyId);
            using var provider = CreateProvider(endpoint, options => options.JwkJson = TestKeys.JwkJson);

            await provider.GetAccessTokenAsync(OffentligMedHjemmel);

            Assert.Empty(endpoint.VerificationFailures);
        }

        [Fact]
        public async Task Consumer_organisation_and_shorter_assertion_lifetime_reach_the_grant()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            using var provider = CreateProvider(endpoint, options =>
            {
                options.Certificate = TestKeys.Certificate;
                options.ConsumerOrganization = "999888777";
                options.AssertionLifetime = TimeSpan.FromSeconds(30);
            });

            await provider.GetAccessTokenAsync($"  {OffentligMedHjemmel}   {Privat} ");

            var grant = endpoint.AcceptedGrants.Single();
            Assert.Equal("999888777", grant.GetClaim("consumer_org").Value);
            Assert.Equal(TimeSpan.FromSeconds(30), grant.ValidTo - grant.IssuedAt);
            Assert.Equal($"{OffentligMedHjemmel} {Privat}", grant.GetClaim("scope").Value);
        }

        [Fact]
        public async Task Tokens_are_cached_per_scope()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);

            var first = await provider.GetAccessTokenAsync(OffentligMedHjemmel);
            for (var i = 0; i < 50; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                Assert.Equal(first, await provider.GetAccessTokenAsync(OffentligMedHjemmel));
            }

            var other = await provider.GetAccessTokenAsync(Privat);

            Assert.Equal(2, endpoint.RequestCount);
            Assert.NotEqual(first, other);
            Assert.Equal(other, await provider.GetAccessTokenAsync(Privat));
        }

        [Fact]
        public async Task A_token_is_replaced_RefreshBeforeExpiry_before_it_expires()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            endpoint.TokenLifetimeSeconds = 300;
            using var provider = CreateProvider(endpoint, options =>
            {
                options.Certificate = TestKeys.Certificate;
                options.RefreshBeforeExpiry = TimeSpan.FromSeconds(60);
            });

            var first = await provider.GetAccessTokenAsync(OffentligMedHjemmel);
            clock.Advance(TimeSpan.FromSeconds(239));
            Assert.Equal(first, await provider.GetAccessTokenAsync(OffentligMedHjemmel));

            clock.Advance(TimeSpan.FromSeconds(1));
            var second = await provider.GetAccessTokenAsync(OffentligMedHjemmel);

            Assert.NotEqual(first, second);
            Assert.Equal(2, endpoint.RequestCount);
            Assert.Empty(endpoint.VerificationFailures);
        }

        [Fact]
        public async Task A_short_lived_token_is_replaced_at_half_its_lifetime()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            endpoint.TokenLifetimeSeconds = 60;
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);

            var first = await provider.GetAccessTokenAsync(OffentligMedHjemmel);
            clock.Advance(TimeSpan.FromSeconds(29));
            Assert.Equal(first, await provider.GetAccessTokenAsync(OffentligMedHjemmel));
            clock.Advance(TimeSpan.FromSeconds(1));

            Assert.NotEqual(first, await provider.GetAccessTokenAsync(OffentligMedHjemmel));
        }

        [Fact]
        public async Task Concurrent_callers_share_one_request()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            endpoint.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);

            var callers = Enumerable.Range(0, 32)
                .Select(_ => Task.Run(async () => await provider.GetAccessTokenAsync(OffentligMedHjemmel)))
                .ToArray();
            await WaitUntilAsync(() => endpoint.RequestCount == 1);
            Assert.All(callers, caller => Assert.False(caller.IsCompleted));

            endpoint.Gate.SetResult();
            var tokens = await Task.WhenAll(callers);

            Assert.Equal(1, endpoint.RequestCount);
            Assert.Single(tokens.Distinct());
        }

        [Fact]
        public async Task A_caller_that_gives_up_does_not_cancel_the_shared_request()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            endpoint.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);
            using var impatient = new CancellationTokenSource();

            var giveUp = provider.GetAccessTokenAsync(OffentligMedHjemmel, impatient.Token).AsTask();
            var patient = provider.GetAccessTokenAsync(OffentligMedHjemmel).AsTask();
            await impatient.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => giveUp);

            endpoint.Gate.SetResult();

            var token = await patient;
            Assert.Equal(endpoint.IssuedTokens.Single(), token);
            Assert.Equal(1, endpoint.RequestCount);
        }

        [Fact]
        public async Task A_refused_grant_throws_MaskinportenException_with_error_code_and_description()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            endpoint.AnswerNextWith(HttpStatusCode.BadRequest, "{\"error\":\"invalid_scope\",\"error_description\":\"Scope folkeregister:deling/privat is not allowed for client\"}");
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);

            var exception = await Assert.ThrowsAsync<MaskinportenException>(async () => await provider.GetAccessTokenAsync(Privat));

            Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
            Assert.Equal("invalid_scope", exception.Error);
            Assert.Equal(Privat, exception.Scope);
            Assert.False(exception.IsTransient);
            Assert.Contains("invalid_scope", exception.Message, StringComparison.Ordinal);
            Assert.Contains("is not allowed for client", exception.Message, StringComparison.Ordinal);
            Assert.Contains("HTTP 400", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(endpoint.Assertions.Single(), exception.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Server_errors_and_network_failures_are_transient_and_not_cached()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            endpoint.AnswerNextWith(HttpStatusCode.ServiceUnavailable, "<html>maintenance</html>", "text/html");
            endpoint.FailNextWith(new HttpRequestException("Connection refused (127.0.0.1:5005)"));
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);

            var unavailable = await Assert.ThrowsAsync<MaskinportenException>(async () => await provider.GetAccessTokenAsync(OffentligMedHjemmel));
            var unreachable = await Assert.ThrowsAsync<MaskinportenException>(async () => await provider.GetAccessTokenAsync(OffentligMedHjemmel));
            var token = await provider.GetAccessTokenAsync(OffentligMedHjemmel);

            Assert.True(unavailable.IsTransient);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
            Assert.DoesNotContain("maintenance", unavailable.Message, StringComparison.Ordinal);
            Assert.True(unreachable.IsTransient);
            Assert.IsType<HttpRequestException>(unreachable.InnerException);
            Assert.Null(unreachable.StatusCode);
            Assert.Equal(endpoint.IssuedTokens.Single(), token);
            Assert.Equal(3, endpoint.RequestCount);
        }

        [Fact]
        public async Task A_failed_refresh_falls_back_to_the_cached_token_while_it_is_valid()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);
            var first = await provider.GetAccessTokenAsync(OffentligMedHjemmel);

            clock.Advance(TimeSpan.FromSeconds(70));
            endpoint.AnswerNextWith(HttpStatusCode.InternalServerError, "{\"error\":\"server_error\"}");
            var duringOutage = await provider.GetAccessTokenAsync(OffentligMedHjemmel);

            clock.Advance(TimeSpan.FromSeconds(50));
            endpoint.AnswerNextWith(HttpStatusCode.InternalServerError, "{\"error\":\"server_error\"}");
            var expired = await Assert.ThrowsAsync<MaskinportenException>(async () => await provider.GetAccessTokenAsync(OffentligMedHjemmel));

            Assert.Equal(first, duringOutage);
            Assert.Equal("server_error", expired.Error);
            Assert.Contains(logs.GetSnapshot(), record => record.Id.Name == "MaskinportenUsingCachedToken");
        }

        [Fact]
        public async Task A_success_answer_without_a_token_is_an_error()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            endpoint.AnswerNextWith(HttpStatusCode.OK, "{\"token_type\":\"Bearer\",\"expires_in\":120}");
            using var provider = CreateProvider(endpoint, options => options.Certificate = TestKeys.Certificate);

            var exception = await Assert.ThrowsAsync<MaskinportenException>(async () => await provider.GetAccessTokenAsync(OffentligMedHjemmel));

            Assert.Contains("without an access token", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task No_log_line_or_exception_contains_a_token_grant_or_key()
        {
            var certificateEndpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            var jwkEndpoint = FakeMaskinportenTokenEndpoint.ForJwk(clock, TestKeys.JwkKeyId);
            using var certificateProvider = CreateProvider(certificateEndpoint, options => options.Certificate = TestKeys.Certificate);
            using var jwkProvider = CreateProvider(jwkEndpoint, options => options.JwkJson = TestKeys.JwkJson);
            var messages = new System.Collections.Generic.List<string>();

            // Success, cache hit, refresh, refusal (echoing the grant back, as a careless server might), outage, fallback.
            await certificateProvider.GetAccessTokenAsync(OffentligMedHjemmel);
            await certificateProvider.GetAccessTokenAsync(OffentligMedHjemmel);
            await jwkProvider.GetAccessTokenAsync(OffentligMedHjemmel);
            clock.Advance(TimeSpan.FromSeconds(61));
            await certificateProvider.GetAccessTokenAsync(OffentligMedHjemmel);
            certificateEndpoint.AnswerNextWith(HttpStatusCode.BadRequest, "{\"error\":\"invalid_grant\",\"error_description\":\"bad grant\"}");
            messages.Add((await Assert.ThrowsAsync<MaskinportenException>(async () => await certificateProvider.GetAccessTokenAsync(Privat))).ToString());
            jwkEndpoint.FailNextWith(new HttpRequestException("network down"));
            await jwkProvider.GetAccessTokenAsync(OffentligMedHjemmel);

            var secrets = certificateEndpoint.IssuedTokens
                .Concat(jwkEndpoint.IssuedTokens)
                .Concat(certificateEndpoint.Assertions)
                .Concat(jwkEndpoint.Assertions)
                .Concat(certificateEndpoint.Assertions.Select(assertion => assertion.Split('.')[2]))
                .Append(TestKeys.JwkJson)
                .Append(TestKeys.JwkPrivateExponent)
                .Append(TestKeys.CertificatePrivateKeyBase64)
                .ToArray();
            Assert.True(secrets.Length >= 10);
            var eventNames = logs.GetSnapshot().Select(record => record.Id.Name).ToHashSet();
            Assert.Superset(
                new System.Collections.Generic.HashSet<string?> { "MaskinportenTokenRequested", "MaskinportenTokenReceived", "MaskinportenTokenRefused", "MaskinportenUnreachable", "MaskinportenUsingCachedToken" },
                eventNames);

            foreach (var record in logs.GetSnapshot())
            {
                var text = record.Message + " " + string.Join(" ", record.StructuredState?.Select(pair => pair.Value) ?? []) + " " + record.Exception;
                messages.Add(text);
            }

            foreach (var message in messages)
            {
                foreach (var secret in secrets)
                {
                    Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
                }
            }
        }

        [Fact]
        public void Invalid_options_are_refused_without_echoing_key_material()
        {
            using var client = new HttpClient(FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate));

            Assert.Throws<OptionsValidationException>(() => new MaskinportenTokenProvider(client, Options(o => o.ClientId = "")));
            Assert.Throws<OptionsValidationException>(() => new MaskinportenTokenProvider(client, Options(o => o.Certificate = null)));
            Assert.Throws<OptionsValidationException>(() => new MaskinportenTokenProvider(client, Options(o => o.JwkJson = TestKeys.JwkJson)));
            Assert.Throws<OptionsValidationException>(() => new MaskinportenTokenProvider(client, Options(o => o.AssertionLifetime = TimeSpan.FromSeconds(121))));
            Assert.Throws<OptionsValidationException>(() => new MaskinportenTokenProvider(client, Options(o => o.RefreshBeforeExpiry = TimeSpan.FromSeconds(-1))));

            var noKid = Assert.Throws<OptionsValidationException>(() => new MaskinportenTokenProvider(client, Options(o =>
            {
                o.Certificate = null;
                o.JwkJson = TestKeys.JwkJsonWithoutKeyId;
            })));
            Assert.Contains("key id", noKid.Message, StringComparison.Ordinal);

            var broken = TestKeys.JwkJson[..^20];
            var invalidJwk = Assert.Throws<OptionsValidationException>(() => new MaskinportenTokenProvider(client, Options(o =>
            {
                o.Certificate = null;
                o.JwkJson = broken;
            })));
            Assert.DoesNotContain(TestKeys.JwkPrivateExponent[..20], invalidJwk.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void The_presets_point_at_Maskinporten()
        {
            var test = new MaskinportenOptions().UseTestEnvironment();
            var produksjon = new MaskinportenOptions().UseProduksjon();

            Assert.Equal("https://test.maskinporten.no/", test.Audience!.AbsoluteUri);
            Assert.Equal("https://test.maskinporten.no/token", test.TokenEndpoint!.AbsoluteUri);
            Assert.Equal("https://maskinporten.no/", produksjon.Audience!.AbsoluteUri);
            Assert.Equal("https://maskinporten.no/token", produksjon.TokenEndpoint!.AbsoluteUri);
            Assert.Equal(TimeSpan.FromSeconds(60), new MaskinportenOptions().RefreshBeforeExpiry);
        }

        private static MaskinportenOptions Options(Action<MaskinportenOptions> configure)
        {
            var options = new MaskinportenOptions
            {
                ClientId = FakeMaskinportenTokenEndpoint.ClientId,
                Audience = FakeMaskinportenTokenEndpoint.Issuer,
                TokenEndpoint = FakeMaskinportenTokenEndpoint.TokenUri,
                Certificate = TestKeys.Certificate,
            };
            configure(options);
            return options;
        }

        private static async Task WaitUntilAsync(Func<bool> condition)
        {
            // A guard against a hung test, not a timing assertion.
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (!condition())
            {
                await Task.Delay(1, guard.Token);
            }
        }

        private MaskinportenTokenProvider CreateProvider(FakeMaskinportenTokenEndpoint endpoint, Action<MaskinportenOptions> configureKey)
        {
            var options = new MaskinportenOptions
            {
                ClientId = FakeMaskinportenTokenEndpoint.ClientId,
                Audience = FakeMaskinportenTokenEndpoint.Issuer,
                TokenEndpoint = FakeMaskinportenTokenEndpoint.TokenUri,
            };
            configureKey(options);
            return new MaskinportenTokenProvider(
                new HttpClient(endpoint),
                Microsoft.Extensions.Options.Options.Create(options),
                clock,
                new FakeLogger<MaskinportenTokenProvider>(logs));
        }
    }
}
