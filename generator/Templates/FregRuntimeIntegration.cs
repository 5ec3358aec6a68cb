namespace FregGenTemplateNamespace
{
    /// <summary>FregGen.Runtime handlers for the generated client, with this rights package's Maskinporten scope filled in.</summary>
    public static class FregClientBuilderExtensions
    {
        /// <summary>
        /// Adds Maskinporten access tokens for <see cref="FregClient.MaskinportenScope"/> to every request. Maskinporten's
        /// environment follows <see cref="FregClientOptions.Environment"/> (Produksjon: Maskinporten production; Konsumenttest
        /// and Playground: Maskinporten test); options that point at the other one are refused. With
        /// <see cref="FregClientOptions.BaseAddress"/> (a proxy or a simulator) choose it in <paramref name="configure"/>.
        /// </summary>
        public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddFregMaskinporten(this global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder builder, global::System.Action<global::FregGen.Runtime.Maskinporten.MaskinportenOptions> configure)
            => global::Microsoft.Extensions.DependencyInjection.FregRuntimeHttpClientBuilderExtensions.AddFregMaskinporten(builder, FregClient.MaskinportenScope, static services => MaskinportenEnvironmentFor(services), configure);

        private static global::FregGen.Runtime.Maskinporten.MaskinportenEnvironment? MaskinportenEnvironmentFor(global::System.IServiceProvider services)
            => global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<FregClientOptions>>(services).Value.Environment is { } environment
                // Freg's production environment is named Produksjon in the catalogue; every other one is a test environment.
                ? environment.ToString() == "Produksjon" ? global::FregGen.Runtime.Maskinporten.MaskinportenEnvironment.Produksjon : global::FregGen.Runtime.Maskinporten.MaskinportenEnvironment.Test
                : null;
    }
}
