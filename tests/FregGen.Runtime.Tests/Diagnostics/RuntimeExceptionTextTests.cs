using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Identity;
using FregGen.Runtime.Maskinporten;
using FregGen.Runtime.Tests.Maskinporten;
using Microsoft.Extensions.Time.Testing;

namespace FregGen.Runtime.Tests.Diagnostics
{
    /// <summary>The runtime's own exceptions never carry an identity number in their text, inner exceptions included.</summary>
    public sealed partial class RuntimeExceptionTextTests
    {
        private const string Fnr = "12888512371";

        public static TheoryData<string, string> MaskinportenAnswers => new()
        {
            { "application/json", "{\"error\":\"invalid_grant\",\"error_description\":\"Client 12888512371 (128885 12371) not allowed\"}" },
            { "application/json", "{\"error\":\"12888512371\",\"error_description\":tru12888512371" },
            { "application/json", "{\"error\":\"invalid_scope\",\"error_description\":\"" + new string('x', 290) + " 12888512371\"}" },
            { "text/html", "<html>Blocked request for 12888512371</html>" },
            { "application/json", "[\"12888512371\"" },
        };

        [Theory]
        [MemberData(nameof(MaskinportenAnswers))]
        public async Task A_refused_token_request_never_quotes_an_identity_number(string mediaType, string body)
        {
            var handler = new Answering(() => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
            using var provider = new MaskinportenTokenProvider(new HttpClient(handler), new MaskinportenOptions
            {
                ClientId = "client",
                Audience = FakeMaskinportenTokenEndpoint.Issuer,
                TokenEndpoint = FakeMaskinportenTokenEndpoint.TokenUri,
                Certificate = TestKeys.Certificate,
            }, new FakeTimeProvider(DateTimeOffset.UtcNow));

            var exception = await Assert.ThrowsAsync<MaskinportenException>(async () => await provider.GetAccessTokenAsync("scope"));

            AssertNoIdentityNumber(exception);
        }

        [Theory]
        [InlineData("\"12888512372\"")]
        [InlineData("\"1288851237\"")]
        [InlineData("\"128885123710\"")]
        [InlineData("12888512371")]
        [InlineData("\"12888 512371\"")]
        public void An_invalid_number_in_JSON_is_described_without_its_digits(string json)
        {
            var options = new JsonSerializerOptions();
            options.Converters.Add(new FoedselsEllerDNummerJsonConverter());

            var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, FoedselsEllerDNummer>>("{\"person\":" + json + "}", options));

            AssertNoIdentityNumber(exception);
            Assert.DoesNotContain("12888", exception.ToString(), StringComparison.Ordinal);
        }

        private static void AssertNoIdentityNumber(Exception exception)
        {
            for (var inner = exception; inner is not null; inner = inner.InnerException)
            {
                Assert.DoesNotMatch(IdentityNumber(), inner.ToString());
                Assert.DoesNotContain(Fnr, inner.Message, StringComparison.Ordinal);
            }
        }

        [GeneratedRegex("(?<![0-9])[0-9]{6}[ -]?[0-9]{5}(?![0-9])", RegexOptions.CultureInvariant)]
        private static partial Regex IdentityNumber();

        private sealed class Answering(Func<HttpResponseMessage> answer) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(answer());
        }
    }
}
