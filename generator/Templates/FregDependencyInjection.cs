namespace FregGenTemplateNamespace
{
    /// <summary>Where <see cref="FregServiceCollectionExtensions.AddFregClient"/> sends requests.</summary>
    public sealed class FregClientOptions
    {
        /// <summary>One of Skatteetaten's environments. Set this or <see cref="BaseAddress"/>.</summary>
        public FregEnvironment? Environment { get; set; }

        /// <summary>
        /// Another root (a proxy, or a local Freg simulator): requests go to {BaseAddress}/{UrlPathSegment}/v1/....
        /// HTTPS is required, except for loopback addresses.
        /// </summary>
        public global::System.Uri? BaseAddress { get; set; }

        /// <summary>
        /// How the lookup audit hook is treated. The hook itself is the <see cref="IFregLookupAuditor"/> registered in the
        /// service collection, if any.
        /// </summary>
        public FregAuditOptions Audit { get; } = new();

        /// <summary>The address requests are sent below: the package's base address in the chosen environment or root.</summary>
        public global::System.Uri ResolveBaseAddress()
        {
            if (Validate() is { } problem)
            {
                throw new global::System.InvalidOperationException(problem);
            }

            return BaseAddress is { } root ? FregClient.GetBaseAddress(root) : FregClient.GetBaseAddress(Environment!.Value);
        }

        /// <summary>What is wrong with the options, or null when they are usable.</summary>
        public string? Validate()
        {
            if (Environment is null == BaseAddress is null)
            {
                return "Set exactly one of FregClientOptions.Environment and FregClientOptions.BaseAddress.";
            }

            if (Environment is { } environment && !global::System.Enum.IsDefined(environment))
            {
                return "FregClientOptions.Environment is not a known Freg environment.";
            }

            if (BaseAddress is { } root)
            {
                if (!root.IsAbsoluteUri)
                {
                    return "FregClientOptions.BaseAddress must be an absolute URI.";
                }

                if (root.Scheme != global::System.Uri.UriSchemeHttps && !(root.Scheme == global::System.Uri.UriSchemeHttp && root.IsLoopback))
                {
                    return "FregClientOptions.BaseAddress must use HTTPS (plain HTTP is only allowed for loopback addresses such as a local simulator).";
                }
            }

            return null;
        }
    }

    /// <summary>Registers the generated <see cref="FregClient"/> (and <see cref="IFregClient"/>) with IHttpClientFactory.</summary>
    public static class FregServiceCollectionExtensions
    {
        /// <summary>
        /// Registers <see cref="IFregClient"/> and <see cref="FregClient"/> as typed HttpClients (the HttpClient named
        /// "FregClient") for the rights package's base address in the chosen environment, with the
        /// <see cref="IFregLookupAuditor"/> registered in the service collection, if any. Chain the handlers you need on the
        /// returned builder (with FregGen.Runtime: Maskinporten tokens and resilience).
        /// </summary>
        public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddFregClient(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<FregClientOptions> configure)
        {
            global::System.ArgumentNullException.ThrowIfNull(services);
            global::System.ArgumentNullException.ThrowIfNull(configure);
            global::Microsoft.Extensions.DependencyInjection.OptionsBuilderExtensions.ValidateOnStart(
                global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.AddOptions<FregClientOptions>(services)
                    .Configure(configure)
                    .Validate(static options => options.Validate() is null, "FregClientOptions are invalid: set exactly one of Environment and BaseAddress; BaseAddress must use HTTPS unless it is a loopback address."));
            var builder = global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(
                services,
                nameof(FregClient),
                static (provider, client) => client.BaseAddress = Options(provider).ResolveBaseAddress());
            global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddTypedClient<IFregClient>(builder, static (http, provider) => Create(http, provider));
            global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddTypedClient<FregClient>(builder, static (http, provider) => Create(http, provider));
            return builder;
        }

        private static FregClient Create(global::System.Net.Http.HttpClient http, global::System.IServiceProvider provider)
            => new(http, global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetService<IFregLookupAuditor>(provider), Options(provider).Audit);

        private static FregClientOptions Options(global::System.IServiceProvider provider)
            => global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<FregClientOptions>>(provider).Value;
    }
}
