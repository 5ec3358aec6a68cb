using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Maskinporten;
using FregGen.Runtime.Tests.Infrastructure;

namespace FregGen.Runtime.Tests.Maskinporten
{
    public sealed class MaskinportenTokenHandlerTests
    {
        [Fact]
        public async Task Every_request_gets_a_bearer_token_for_the_scope_replacing_any_other()
        {
            var freg = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.OK).Respond(HttpStatusCode.OK);
            var tokens = new CountingTokenProvider();
            using var client = new HttpClient(new MaskinportenTokenHandler(tokens, "folkeregister:deling/offentligmedhjemmel") { InnerHandler = freg });
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://freg.test/v1/hendelser/feed?seq=1");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "stale");

            using var first = await client.SendAsync(request);
            using var second = await client.GetAsync(new Uri("https://freg.test/v1/hendelser/feed?seq=2"));

            Assert.Equal("Bearer token-1-folkeregister:deling/offentligmedhjemmel", freg.Requests[0].Authorization);
            Assert.Equal("Bearer token-2-folkeregister:deling/offentligmedhjemmel", freg.Requests[1].Authorization);
            Assert.Equal("Bearer stale", request.Headers.Authorization?.ToString());
            Assert.Null(second.RequestMessage!.Headers.Authorization);
        }

        [Fact]
        public void The_synchronous_send_gets_a_token_too()
        {
            var freg = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.OK);
            using var client = new HttpClient(new MaskinportenTokenHandler(new CountingTokenProvider(), "scope") { InnerHandler = freg });

            using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, "https://freg.test/v1/personer/arkiv/x"));

            Assert.Equal("Bearer token-1-scope", freg.Requests[0].Authorization);
        }

        [Fact]
        public async Task A_token_failure_reaches_the_caller_and_nothing_is_sent()
        {
            var freg = new ScriptedHttpMessageHandler();
            using var client = new HttpClient(new MaskinportenTokenHandler(new FailingTokenProvider(), "scope") { InnerHandler = freg });

            await Assert.ThrowsAsync<MaskinportenException>(() => client.GetAsync(new Uri("https://freg.test/v1/personer/x")));

            Assert.Equal(0, freg.CallCount);
        }

        [Fact]
        public async Task A_401_drops_the_token_and_sends_once_more_with_a_new_one()
        {
            var freg = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.Unauthorized).Respond(HttpStatusCode.OK);
            var tokens = new CountingTokenProvider();
            using var client = new HttpClient(new MaskinportenTokenHandler(tokens, "scope") { InnerHandler = freg });

            using var response = await client.GetAsync(new Uri("https://freg.test/v1/personer/x"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Bearer token-1-scope", "Bearer token-2-scope"], freg.Requests.Select(r => r.Authorization));
            Assert.Equal(["token-1-scope"], tokens.Invalidated);
        }

        [Fact]
        public async Task A_second_401_reaches_the_caller_and_no_third_attempt_is_made()
        {
            var freg = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.Unauthorized).Respond(HttpStatusCode.Unauthorized);
            using var client = new HttpClient(new MaskinportenTokenHandler(new CountingTokenProvider(), "scope") { InnerHandler = freg });

            using var response = await client.GetAsync(new Uri("https://freg.test/v1/personer/x"));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(2, freg.CallCount);
        }

        [Fact]
        public void The_synchronous_send_also_renews_a_rejected_token()
        {
            var freg = new ScriptedHttpMessageHandler().Respond(HttpStatusCode.Unauthorized).Respond(HttpStatusCode.OK);
            using var client = new HttpClient(new MaskinportenTokenHandler(new CountingTokenProvider(), "scope") { InnerHandler = freg });

            using var response = client.Send(new HttpRequestMessage(HttpMethod.Get, "https://freg.test/v1/personer/x"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Bearer token-2-scope", freg.Requests[1].Authorization);
        }

        [Fact]
        public async Task Requests_rejected_together_cause_one_new_token_request_at_Maskinporten()
        {
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
            var maskinporten = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            using var provider = new MaskinportenTokenProvider(new HttpClient(maskinporten), new MaskinportenOptions
            {
                ClientId = FakeMaskinportenTokenEndpoint.ClientId,
                Audience = FakeMaskinportenTokenEndpoint.Issuer,
                TokenEndpoint = FakeMaskinportenTokenEndpoint.TokenUri,
                Certificate = TestKeys.Certificate,
            }, clock);
            var first = await provider.GetAccessTokenAsync("scope");
            var freg = new RejectingFreg(first);
            using var client = new HttpClient(new MaskinportenTokenHandler(provider, "scope") { InnerHandler = freg });

            var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync(new Uri("https://freg.test/v1/personer/x"))));

            Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
            Assert.Equal(2, maskinporten.RequestCount);
            Assert.Empty(maskinporten.VerificationFailures);
        }

        [Fact]
        public void A_scope_is_required()
        {
            Assert.Throws<ArgumentException>(() => new MaskinportenTokenHandler(new CountingTokenProvider(), " "));
            Assert.Throws<ArgumentNullException>(() => new MaskinportenTokenHandler(null!, "scope"));
        }

        private sealed class CountingTokenProvider : IMaskinportenTokenProvider
        {
            private int count;

            public System.Collections.Generic.List<string> Invalidated { get; } = [];

            public ValueTask<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken = default)
                => ValueTask.FromResult($"token-{Interlocked.Increment(ref count)}-{scope}");

            public void Invalidate(string scope, string accessToken) => Invalidated.Add(accessToken);
        }

        /// <summary>Freg that no longer accepts one token (revoked), and accepts any other.</summary>
        private sealed class RejectingFreg(string rejected) : HttpMessageHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                await Task.Yield();
                return new HttpResponseMessage(request.Headers.Authorization?.Parameter == rejected ? HttpStatusCode.Unauthorized : HttpStatusCode.OK);
            }
        }

        private sealed class FailingTokenProvider : IMaskinportenTokenProvider
        {
            public ValueTask<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken = default)
                => ValueTask.FromException<string>(new MaskinportenException("Maskinporten refused the token request."));
        }
    }
}
