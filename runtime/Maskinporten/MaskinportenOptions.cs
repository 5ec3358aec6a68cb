using System;
using System.Security.Cryptography.X509Certificates;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// How to obtain Maskinporten access tokens with a JWT grant (RFC 7523): who the client is, which Maskinporten,
    /// and which key signs the grant. Set exactly one of <see cref="Certificate"/> or <see cref="JwkJson"/>.
    /// </summary>
    /// <remarks>
    /// Which Maskinporten: with the generated <c>AddFregMaskinporten</c> and <c>FregClientOptions.Environment</c> set, the
    /// environment follows Freg's (Produksjon → Maskinporten production, Konsumenttest and Playground → Maskinporten
    /// test), and a choice here that points at the other environment is refused. Otherwise choose it with
    /// <see cref="UseTestEnvironment"/>, <see cref="UseProduksjon"/>, or set <see cref="Audience"/> and
    /// <see cref="TokenEndpoint"/> (for example to a local fake Maskinporten in tests). The grant follows Digdir's
    /// documentation (https://docs.digdir.no/docs/Maskinporten/maskinporten_protocol_jwtgrant).
    /// </remarks>
    public sealed class MaskinportenOptions
    {
        /// <summary>The longest lifetime Maskinporten accepts for a JWT grant (Digdir: exp − iat ≤ 120 s).</summary>
        public static readonly TimeSpan MaxAssertionLifetime = TimeSpan.FromSeconds(120);

        /// <summary>The Maskinporten client id (integration id); it becomes the grant's <c>iss</c> claim.</summary>
        public string ClientId { get; set; } = string.Empty;

        /// <summary>
        /// Maskinporten's environment. When <see langword="null"/>, it is derived from the Freg environment of the
        /// generated client, or given by <see cref="Audience"/> and <see cref="TokenEndpoint"/>.
        /// </summary>
        public MaskinportenEnvironment? Environment { get; set; }

        /// <summary>
        /// Maskinporten's issuer identifier, which becomes the grant's <c>aud</c> claim, for example
        /// <c>https://test.maskinporten.no/</c>. Overrides the issuer of <see cref="Environment"/>. Must not be the token
        /// endpoint: Digdir no longer accepts the token endpoint URL as audience.
        /// </summary>
        public Uri? Audience { get; set; }

        /// <summary>
        /// Where the grant is posted, for example <c>https://test.maskinporten.no/token</c>. Overrides the token endpoint
        /// of <see cref="Environment"/>.
        /// </summary>
        public Uri? TokenEndpoint { get; set; }

        /// <summary>
        /// The enterprise certificate (virksomhetssertifikat) or eSeal with its RSA private key. The grant is signed RS256
        /// and carries the certificate in the <c>x5c</c> header, or, when <see cref="KeyId"/> is set because the
        /// certificate is registered on the client, its key id in the <c>kid</c> header.
        /// </summary>
        public X509Certificate2? Certificate { get; set; }

        /// <summary>
        /// The certificates that issued <see cref="Certificate"/>, leaf's issuer first, sent after it in <c>x5c</c>.
        /// Digdir asks for the full certificate chain in <c>x5c</c>, and European eSeals from other trust service providers
        /// need it for Maskinporten to validate them. Not used with <see cref="KeyId"/> (no <c>x5c</c> is sent then).
        /// </summary>
        public X509Certificate2Collection? CertificateChain { get; set; }

        /// <summary>
        /// An RSA private key as a JSON Web Key registered on the client, instead of a certificate. The grant is signed
        /// RS256 and carries <see cref="KeyId"/> (or the JWK's own <c>kid</c>) in the <c>kid</c> header.
        /// </summary>
        public string? JwkJson { get; set; }

        /// <summary>
        /// The key id registered in Maskinporten for the client's key: for <see cref="JwkJson"/> it overrides the JWK's own
        /// <c>kid</c>; for a <see cref="Certificate"/> registered on the client it is sent as <c>kid</c> instead of
        /// <c>x5c</c> (Digdir: "kid can and must be used by clients having a pre-registered certificate / asymmetric key").
        /// </summary>
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

        /// <summary>The Maskinporten environment the Freg environment of the client needs, when it is known.</summary>
        internal MaskinportenEnvironment? RequiredByFreg { get; set; }

        /// <summary>The environment in use: the chosen one, else the one the Freg environment needs.</summary>
        internal MaskinportenEnvironment? EffectiveEnvironment => Environment ?? RequiredByFreg;

        /// <summary>The grant's audience: <see cref="Audience"/>, else the issuer of the effective environment.</summary>
        internal Uri? EffectiveAudience => Audience ?? (EffectiveEnvironment is { } environment ? MaskinportenEndpoints.IssuerOf(environment) : null);

        /// <summary>Where grants are posted: <see cref="TokenEndpoint"/>, else the token endpoint of the effective environment.</summary>
        internal Uri? EffectiveTokenEndpoint => TokenEndpoint ?? (EffectiveEnvironment is { } environment ? MaskinportenEndpoints.TokenEndpointOf(environment) : null);

        /// <summary>Points the client at Maskinporten's test environment.</summary>
        /// <returns>This instance.</returns>
        public MaskinportenOptions UseTestEnvironment() => Use(MaskinportenEnvironment.Test);

        /// <summary>Points the client at Maskinporten's production environment.</summary>
        /// <returns>This instance.</returns>
        public MaskinportenOptions UseProduksjon() => Use(MaskinportenEnvironment.Produksjon);

        internal MaskinportenOptions Copy() => new()
        {
            ClientId = ClientId,
            Environment = Environment,
            Audience = Audience,
            TokenEndpoint = TokenEndpoint,
            Certificate = Certificate,
            CertificateChain = CertificateChain,
            JwkJson = JwkJson,
            KeyId = KeyId,
            ConsumerOrganization = ConsumerOrganization,
            RefreshBeforeExpiry = RefreshBeforeExpiry,
            AssertionLifetime = AssertionLifetime,
            RequiredByFreg = RequiredByFreg,
        };

        private MaskinportenOptions Use(MaskinportenEnvironment environment)
        {
            Environment = environment;
            Audience = MaskinportenEndpoints.IssuerOf(environment);
            TokenEndpoint = MaskinportenEndpoints.TokenEndpointOf(environment);
            return this;
        }
    }
}
