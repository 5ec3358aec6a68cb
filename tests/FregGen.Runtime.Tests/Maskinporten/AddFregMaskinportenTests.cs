using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FregGen.Runtime.Maskinporten;
using FregGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FregGen.Runtime.Tests.Maskinporten
{
    public sealed class AddFregMaskinportenTests : IDisposable
    {
        private const string Scope = "folkeregister:deling/offentligmedhjemmel";
        private static readonly Uri FeedUri = new("v1/hendelser/feed?seq=1", UriKind.Relative);

        private readonly ObservableTimeProvider clock = new();
        private readonly FakeMaskinportenTokenEndpoint maskinporten;
        private ServiceProvider? services;

        public AddFregMaskinportenTests()
        {
            maskinporten = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
        }

        public void Dispose() => services?.Dispose();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task Each_retry_attempt_gets_a_valid_token_whatever_the_registration_order(bool maskinportenFirst)
        {
            // Tokens live 2 s, so they are refreshed after 1 s; Freg asks for a 1.5 s pause between the attempts.
            maskinporten.TokenLifetimeSeconds = 2;
            var freg = new ScriptedHttpMessageHandler().RespondTooManyRequests("1500").Respond(HttpStatusCode.OK);
            var client = Build(freg, maskinportenFirst);

            var call = client.GetAsync(FeedUri);
            await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(1500));
            clock.Advance(TimeSpan.FromMilliseconds(1500));
            using var response = await call;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(2, maskinporten.IssuedTokens.Count);
            Assert.Equal("Bearer " + maskinporten.IssuedTokens[0], freg.Requests[0].Authorization);
            Assert.Equal("Bearer " + maskinporten.IssuedTokens[1], freg.Requests[1].Authorization);
            Assert.Empty(maskinporten.VerificationFailures);
        }

        [Fact]
        public async Task Clients_with_the_same_Maskinporten_client_share_one_token_cache()
        {
            var collection = new ServiceCollection();
            collection.AddSingleton<TimeProvider>(clock);
            var fregA = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.OK);
            var fregB = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.OK);
            collection.AddHttpClient("a", c => c.BaseAddress = new Uri("https://freg.test/a/")).ConfigurePrimaryHttpMessageHandler(() => fregA)
                .AddFregMaskinporten(Scope, ConfigureMaskinporten);
            collection.AddHttpClient("b", c => c.BaseAddress = new Uri("https://freg.test/b/")).ConfigurePrimaryHttpMessageHandler(() => fregB)
                .AddFregMaskinporten(Scope, ConfigureMaskinporten);
            collection.AddHttpClient(MaskinportenTokenProvider.TokenEndpointHttpClientName).ConfigurePrimaryHttpMessageHandler(() => maskinporten);
            services = collection.BuildServiceProvider();
            var factory = services.GetRequiredService<IHttpClientFactory>();

            using var a = await factory.CreateClient("a").GetAsync(FeedUri);
            using var b = await factory.CreateClient("b").GetAsync(FeedUri);

            Assert.Equal(1, maskinporten.RequestCount);
            Assert.Equal(fregA.Requests[0].Authorization, fregB.Requests[0].Authorization);
        }

        [Fact]
        public async Task Trace_level_http_logging_never_shows_the_bearer_token_or_the_grant_even_on_retries()
        {
            var freg = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
            var collection = new ServiceCollection();
            collection.AddSingleton<TimeProvider>(clock);
            collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
            collection.AddHttpClient("freg", c => c.BaseAddress = new Uri("https://freg.test/api/"))
                .ConfigurePrimaryHttpMessageHandler(() => freg)
                .AddFregMaskinporten(Scope, ConfigureMaskinporten)
                .AddFregResilience(options =>
                {
                    options.AttemptTimeout = null;
                    options.BaseDelay = TimeSpan.Zero;
                    options.MaxDelay = TimeSpan.Zero;
                });
            collection.AddHttpClient(MaskinportenTokenProvider.TokenEndpointHttpClientName).ConfigurePrimaryHttpMessageHandler(() => maskinporten);
            services = collection.BuildServiceProvider();

            using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("freg").GetAsync(FeedUri);

            var token = maskinporten.IssuedTokens.Single();
            var assertion = maskinporten.Assertions.Single();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.All(freg.Requests, request => Assert.Equal("Bearer " + token, request.Authorization));
            Assert.Equal(2, freg.CallCount);
            var records = services.GetFakeLogCollector().GetSnapshot();
            Assert.Contains(records, record => record.Message.StartsWith("Request Headers", StringComparison.Ordinal));
            foreach (var record in records)
            {
                var text = record.Message + string.Join(' ', record.StructuredState?.Select(pair => pair.Value) ?? []);
                Assert.DoesNotContain(token, text, StringComparison.Ordinal);
                Assert.DoesNotContain(assertion, text, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Invalid_Maskinporten_options_fail_when_the_client_is_built()
        {
            var collection = new ServiceCollection();
            collection.AddHttpClient("freg").AddFregMaskinporten(Scope, options => options.ClientId = "client-without-key");
            services = collection.BuildServiceProvider();

            var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IHttpClientFactory>().CreateClient("freg"));

            Assert.Contains("Certificate", exception.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(MaskinportenEnvironment.Produksjon, "https://maskinporten.no/", "https://maskinporten.no/token")]
        [InlineData(MaskinportenEnvironment.Test, "https://test.maskinporten.no/", "https://test.maskinporten.no/token")]
        public void Maskinporten_follows_the_Freg_environment_when_the_options_do_not_choose(MaskinportenEnvironment freg, string audience, string tokenEndpoint)
        {
            var options = Options(freg, maskinporten => { });

            Assert.Equal(audience, options.EffectiveAudience!.AbsoluteUri);
            Assert.Equal(tokenEndpoint, options.EffectiveTokenEndpoint!.AbsoluteUri);
        }

        [Theory]
        [InlineData(MaskinportenEnvironment.Produksjon, "test")]
        [InlineData(MaskinportenEnvironment.Produksjon, "https://test.maskinporten.no/")]
        [InlineData(MaskinportenEnvironment.Test, "produksjon")]
        [InlineData(MaskinportenEnvironment.Test, "https://maskinporten.no/")]
        public void A_Maskinporten_environment_other_than_the_Freg_environment_needs_is_refused(MaskinportenEnvironment freg, string choice)
        {
            var exception = Assert.Throws<OptionsValidationException>(() => Options(freg, maskinporten =>
            {
                switch (choice)
                {
                    case "test": maskinporten.UseTestEnvironment(); break;
                    case "produksjon": maskinporten.UseProduksjon(); break;
                    default: maskinporten.Audience = new Uri(choice); break;
                }
            }));

            Assert.Contains("The Freg environment needs Maskinporten's", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Without_a_Freg_environment_Maskinporten_must_be_chosen()
        {
            var exception = Assert.Throws<OptionsValidationException>(() => Options(null, maskinporten => { }));

            Assert.Contains("Choose Maskinporten's environment", exception.Message, StringComparison.Ordinal);
            Assert.Equal("https://maskinporten.no/", Options(null, maskinporten => maskinporten.UseProduksjon()).EffectiveAudience!.AbsoluteUri);
            Assert.Equal("https://maskinporten.no/", Options(MaskinportenEnvironment.Produksjon, maskinporten => maskinporten.UseProduksjon()).EffectiveAudience!.AbsoluteUri);
        }

        private MaskinportenOptions Options(MaskinportenEnvironment? freg, Action<MaskinportenOptions> choose)
        {
            var collection = new ServiceCollection();
            collection.AddHttpClient("freg").AddFregMaskinporten(Scope, _ => freg, options =>
            {
                options.ClientId = FakeMaskinportenTokenEndpoint.ClientId;
                options.Certificate = TestKeys.Certificate;
                choose(options);
            });
            services = collection.BuildServiceProvider();
            return services.GetRequiredService<IOptionsMonitor<MaskinportenOptions>>().Get("freg");
        }

        private static void ConfigureMaskinporten(MaskinportenOptions options)
        {
            options.ClientId = FakeMaskinportenTokenEndpoint.ClientId;
            options.Audience = FakeMaskinportenTokenEndpoint.Issuer;
            options.TokenEndpoint = FakeMaskinportenTokenEndpoint.TokenUri;
            options.Certificate = TestKeys.Certificate;
        }

        private HttpClient Build(ScriptedHttpMessageHandler freg, bool maskinportenFirst)
        {
            var collection = new ServiceCollection();
            collection.AddSingleton<TimeProvider>(clock);
            var builder = collection.AddHttpClient("freg", c => c.BaseAddress = new Uri("https://freg.test/folkeregisteret/offentlig-med-hjemmel/api/"))
                .ConfigurePrimaryHttpMessageHandler(() => freg);
            if (maskinportenFirst)
            {
                builder.AddFregMaskinporten(Scope, ConfigureMaskinporten).AddFregResilience(options => options.AttemptTimeout = null);
            }
            else
            {
                builder.AddFregResilience(options => options.AttemptTimeout = null).AddFregMaskinporten(Scope, ConfigureMaskinporten);
            }

            collection.AddHttpClient(MaskinportenTokenProvider.TokenEndpointHttpClientName).ConfigurePrimaryHttpMessageHandler(() => maskinporten);
            services = collection.BuildServiceProvider();
            return services.GetRequiredService<IHttpClientFactory>().CreateClient("freg");
        }
    }
}
