using System;
using System.Security.Cryptography.X509Certificates;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// How to obtain Maskinporten access tokens with a JWT grant (RFC 7523): who the client is, where Maskinporten is,
    /// and which key signs the grant. Set exactly one of <see cref="Certificate"/> or <see cref="JwkJson"/>.
    /// </summary>
    /// <remarks>
    /// <see cref="Audience"/> and <see cref="TokenEndpoint"/> default to Maskinporten's test environment; call
    /// <see cref="UseProduksjon"/> in production, or set both to a local fake Maskinporten in tests.
    /// </remarks>
    public sealed class MaskinportenOptions
    {
        /// <summary>The longest lifetime Maskinporten accepts for a JWT grant.</summary>
        public static readonly TimeSpan MaxAssertionLifetime = TimeSpan.FromSeconds(120);

        /// <summary>The Maskinporten client id (integration id); it becomes the grant's <c>iss</c> claim.</summary>
        public string ClientId { get; set; } = string.Empty;

        /// <summary>
        /// Maskinporten's issuer identifier, which becomes the grant's <c>aud</c> claim, for example
        /// <c>https://test.maskinporten.no/</c>. Defaults to <see cref="MaskinportenEndpoints.TestIssuer"/>.
        /// </summary>
        public Uri Audience { get; set; } = MaskinportenEndpoints.TestIssuer;

        /// <summary>
        /// Where the grant is posted, for example <c>https://test.maskinporten.no/token</c>.
        /// Defaults to <see cref="MaskinportenEndpoints.TestTokenEndpoint"/>.
        /// </summary>
        public Uri TokenEndpoint { get; set; } = MaskinportenEndpoints.TestTokenEndpoint;

        /// <summary>
        /// The enterprise certificate (virksomhetssertifikat) with its RSA private key. The grant is signed RS256 and
        /// carries the certificate in the <c>x5c</c> header.
        /// </summary>
        public X509Certificate2? Certificate { get; set; }

        /// <summary>
        /// An RSA private key as a JSON Web Key registered on the client, instead of a certificate. The grant is signed
        /// RS256 and carries <see cref="KeyId"/> (or the JWK's own <c>kid</c>) in the <c>kid</c> header.
        /// </summary>
        public string? JwkJson { get; set; }

        /// <summary>The key id registered in Maskinporten for <see cref="JwkJson"/>; overrides the JWK's own <c>kid</c>.</summary>
        public string? KeyId { get; set; }

        /// <summary>
        /// Optional organisation number of the party that delegated access in Altinn (the grant's <c>consumer_org</c>
        /// claim), for a system supplier acting on behalf of a Freg customer.
        /// </summary>
        public string? ConsumerOrganization { get; set; }

        /// <summary>
        /// How long before a token expires a new one is fetched. Default 60 seconds. When a token lives shorter than twice
        /// this margin, it is refreshed at half its lifetime instead.
        /// </summary>
        public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// The lifetime of each JWT grant (<c>exp</c> − <c>iat</c>). Default and maximum <see cref="MaxAssertionLifetime"/>.
        /// </summary>
        public TimeSpan AssertionLifetime { get; set; } = MaxAssertionLifetime;

        /// <summary>Points <see cref="Audience"/> and <see cref="TokenEndpoint"/> at Maskinporten's test environment.</summary>
        /// <returns>This instance.</returns>
        public MaskinportenOptions UseTestEnvironment()
        {
            Audience = MaskinportenEndpoints.TestIssuer;
            TokenEndpoint = MaskinportenEndpoints.TestTokenEndpoint;
            return this;
        }

        /// <summary>Points <see cref="Audience"/> and <see cref="TokenEndpoint"/> at Maskinporten's production environment.</summary>
        /// <returns>This instance.</returns>
        public MaskinportenOptions UseProduksjon()
        {
            Audience = MaskinportenEndpoints.ProduksjonIssuer;
            TokenEndpoint = MaskinportenEndpoints.ProduksjonTokenEndpoint;
            return this;
        }

        internal MaskinportenOptions Copy() => new()
        {
            ClientId = ClientId,
            Audience = Audience,
            TokenEndpoint = TokenEndpoint,
            Certificate = Certificate,
            JwkJson = JwkJson,
            KeyId = KeyId,
            ConsumerOrganization = ConsumerOrganization,
            RefreshBeforeExpiry = RefreshBeforeExpiry,
            AssertionLifetime = AssertionLifetime,
        };
    }
}
