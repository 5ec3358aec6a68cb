namespace FregGenTemplateNamespace
{
    /// <summary>FregGen.Runtime handlers for the generated client, with this rights package's Maskinporten scope filled in.</summary>
    public static class FregClientBuilderExtensions
    {
        /// <summary>Adds Maskinporten access tokens for <see cref="FregClient.MaskinportenScope"/> to every request.</summary>
        public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddFregMaskinporten(this global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder builder, global::System.Action<global::FregGen.Runtime.Maskinporten.MaskinportenOptions> configure)
            => global::Microsoft.Extensions.DependencyInjection.FregRuntimeHttpClientBuilderExtensions.AddFregMaskinporten(builder, FregClient.MaskinportenScope, configure);
    }
}
