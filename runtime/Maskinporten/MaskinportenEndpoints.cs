using System;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Maskinporten's published issuers (the <c>aud</c> of a JWT grant) and token endpoints, from Digdir's
    /// well-known configuration for each environment.
    /// </summary>
    public static class MaskinportenEndpoints
    {
        /// <summary>The issuer of Maskinporten's test environment, used with Freg's konsumenttest and playground.</summary>
        public static Uri TestIssuer { get; } = new("https://test.maskinporten.no/");

        /// <summary>The token endpoint of Maskinporten's test environment.</summary>
        public static Uri TestTokenEndpoint { get; } = new("https://test.maskinporten.no/token");

        /// <summary>The issuer of Maskinporten's production environment.</summary>
        public static Uri ProduksjonIssuer { get; } = new("https://maskinporten.no/");

        /// <summary>The token endpoint of Maskinporten's production environment.</summary>
        public static Uri ProduksjonTokenEndpoint { get; } = new("https://maskinporten.no/token");

        /// <summary>The issuer (grant audience) of an environment.</summary>
        /// <param name="environment">The environment.</param>
        /// <returns>Its issuer identifier.</returns>
        public static Uri IssuerOf(MaskinportenEnvironment environment)
            => environment == MaskinportenEnvironment.Produksjon ? ProduksjonIssuer : TestIssuer;

        /// <summary>The token endpoint of an environment.</summary>
        /// <param name="environment">The environment.</param>
        /// <returns>Its token endpoint.</returns>
        public static Uri TokenEndpointOf(MaskinportenEnvironment environment)
            => environment == MaskinportenEnvironment.Produksjon ? ProduksjonTokenEndpoint : TestTokenEndpoint;
    }
}
