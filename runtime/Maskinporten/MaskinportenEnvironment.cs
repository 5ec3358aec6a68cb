namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Maskinporten's environments. Freg's Konsumenttest and Playground accept tokens from Maskinporten's test
    /// environment; Freg's production accepts only tokens from Maskinporten's production.
    /// </summary>
    public enum MaskinportenEnvironment
    {
        /// <summary><c>https://test.maskinporten.no/</c>: for Freg's Konsumenttest and Playground, with test certificates.</summary>
        Test = 0,

        /// <summary><c>https://maskinporten.no/</c>: for Freg's production, with production certificates.</summary>
        Produksjon = 1,
    }
}
