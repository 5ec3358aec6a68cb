using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Runtime.Maskinporten;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Runtime.Tests.Maskinporten
{
    /// <summary>
    /// The JWT grant checked claim by claim against Digdir's documentation
    /// (https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_jwtgrant and maskinporten_protocol_token).
    /// </summary>
    public sealed class DigdirGrantTests
    {
        private const string Scope = "folkeregister:deling/offentligmedhjemmel";

        private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

        [Fact]
        public async Task The_header_holds_alg_and_x5c_only_with_no_typ_and_the_body_only_documented_claims()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate);
            using var provider = Provider(endpoint, options => options.Certificate = TestKeys.Certificate);

            await provider.GetAccessTokenAsync(Scope);

            Assert.Empty(endpoint.VerificationFailures);
            var (header, body) = Decode(endpoint.Assertions.Single());
            Assert.Equal(["alg", "x5c"], header.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal("RS256", header.RootElement.GetProperty("alg").GetString());
            Assert.Equal(["aud", "iss", "scope", "iat", "exp", "jti"], body.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.False(body.RootElement.TryGetProperty("resource", out _));
            Assert.Equal(120, body.RootElement.GetProperty("exp").GetInt64() - body.RootElement.GetProperty("iat").GetInt64());
        }

        [Fact]
        public async Task A_certificate_registered_on_the_client_is_sent_as_kid_without_x5c()
        {
            var endpoint = FakeMaskinportenTokenEndpoint.ForRegisteredCertificate(clock, TestKeys.Certificate, "registered-certificate-1");
            using var provider = Provider(endpoint, options =>
            {
                options.Certificate = TestKeys.Certificate;
                options.KeyId = "registered-certificate-1";
            });

            await provider.GetAccessTokenAsync(Scope);

            Assert.Empty(endpoint.VerificationFailures);
            var (header, _) = Decode(endpoint.Assertions.Single());
            Assert.Equal(["alg", "kid"], header.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        }

        [Fact]
        public async Task The_full_chain_is_sent_in_x5c_leaf_first()
        {
            using var chain = IssuedChain();
            var endpoint = FakeMaskinportenTokenEndpoint.ForCertificate(clock, chain.Leaf);
            using var provider = Provider(endpoint, options =>
            {
                options.Certificate = chain.Leaf;
                options.CertificateChain = [chain.Intermediate, chain.Root];
            });

            await provider.GetAccessTokenAsync(Scope);

            Assert.Empty(endpoint.VerificationFailures);
            var sent = endpoint.CertificateChains.Single();
            Assert.Equal(
                new[] { chain.Leaf.RawData, chain.Intermediate.RawData, chain.Root.RawData }.Select(Convert.ToBase64String),
                sent);
        }

        [Fact]
        public void A_chain_in_the_wrong_order_or_with_a_kid_is_refused()
        {
            using var chain = IssuedChain();

            var wrongOrder = Assert.Throws<OptionsValidationException>(() => Provider(null, options =>
            {
                options.Certificate = chain.Leaf;
                options.CertificateChain = [chain.Root, chain.Intermediate];
            }));
            var withKid = Assert.Throws<OptionsValidationException>(() => Provider(null, options =>
            {
                options.Certificate = chain.Leaf;
                options.KeyId = "kid";
                options.CertificateChain = [chain.Intermediate];
            }));

            Assert.Contains("CertificateChain[0] did not issue", wrongOrder.Message, StringComparison.Ordinal);
            Assert.Contains("only with a Certificate and no KeyId", withKid.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("https://maskinporten.no/token", null)]
        [InlineData("https://test.maskinporten.no/token/", null)]
        [InlineData("http://127.0.0.1:5005/token", "http://127.0.0.1:5005/token")]
        public void The_token_endpoint_as_audience_is_refused(string audience, string? tokenEndpoint)
        {
            var exception = Assert.Throws<OptionsValidationException>(() => Provider(null, options =>
            {
                options.Certificate = TestKeys.Certificate;
                options.Audience = new Uri(audience);
                options.TokenEndpoint = tokenEndpoint is null ? FakeMaskinportenTokenEndpoint.TokenUri : new Uri(tokenEndpoint);
            }));

            Assert.Contains("Audience is a token endpoint", exception.Message, StringComparison.Ordinal);
        }

        private static (JsonDocument Header, JsonDocument Body) Decode(string assertion)
        {
            var parts = assertion.Split('.');
            Assert.Equal(3, parts.Length);
            return (JsonDocument.Parse(Base64UrlEncoder.Decode(parts[0])), JsonDocument.Parse(Base64UrlEncoder.Decode(parts[1])));
        }

        private static CertificateChain IssuedChain()
        {
            var now = DateTimeOffset.UtcNow;
            using var rootKey = RSA.Create(2048);
            var rootRequest = new CertificateRequest("CN=Test root CA", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            var root = rootRequest.CreateSelfSigned(now.AddDays(-2), now.AddYears(2));

            using var intermediateKey = RSA.Create(2048);
            var intermediateRequest = new CertificateRequest("CN=Test eSeal issuing CA", intermediateKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            intermediateRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            using var intermediatePublic = intermediateRequest.Create(root, now.AddDays(-1), now.AddYears(1), [1, 2, 3]);
            var intermediate = intermediatePublic.CopyWithPrivateKey(intermediateKey);

            using var leafKey = RSA.Create(2048);
            var leafRequest = new CertificateRequest("CN=Eksempel Bank AS eSeal, O=Eksempel Bank AS", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var leafPublic = leafRequest.Create(intermediate, now.AddHours(-1), now.AddMonths(6), [4, 5, 6]);
            var leaf = leafPublic.CopyWithPrivateKey(leafKey);
            return new CertificateChain(leaf, intermediate, root);
        }

        private MaskinportenTokenProvider Provider(FakeMaskinportenTokenEndpoint? endpoint, Action<MaskinportenOptions> configure)
        {
            var options = new MaskinportenOptions
            {
                ClientId = FakeMaskinportenTokenEndpoint.ClientId,
                Audience = FakeMaskinportenTokenEndpoint.Issuer,
                TokenEndpoint = FakeMaskinportenTokenEndpoint.TokenUri,
            };
            configure(options);
            return new MaskinportenTokenProvider(new HttpClient(endpoint ?? FakeMaskinportenTokenEndpoint.ForCertificate(clock, TestKeys.Certificate)), options, clock);
        }

        private sealed record CertificateChain(X509Certificate2 Leaf, X509Certificate2 Intermediate, X509Certificate2 Root) : IDisposable
        {
            public void Dispose()
            {
                Leaf.Dispose();
                Intermediate.Dispose();
                Root.Dispose();
            }
        }
    }
}
