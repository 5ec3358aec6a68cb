using System;
using System.Net.Http;
using FregGen.Runtime.Logging;
using FregGen.Runtime.Maskinporten;
using FregGen.Runtime.Resilience;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>
    /// Registers FregGen.Runtime's pieces on the <see cref="IHttpClientBuilder"/> of a generated <c>FregClient</c>:
    /// Freg-aware retries, Maskinporten tokens and redacted request logging.
    /// </summary>
    public static class FregRuntimeHttpClientBuilderExtensions
    {
        private const string ResiliencePipelineName = "freg";

        /// <summary>
        /// Adds Freg's retry pipeline: 429 waits for <c>Retry-After</c> (read as milliseconds, see <see cref="FregRetryAfter"/>);
        /// 500, 502, 503, 504, network failures and attempt timeouts are retried with jittered exponential backoff; other
        /// 4xx are never retried. Any method is retried, POST included (Freg's bulkoppslag is a read). When the caller's
        /// token is cancelled, retrying stops at once. When retries run out, the last response is returned as it is, so
        /// the generated client throws its typed exception.
        /// </summary>
        /// <param name="builder">The client's builder.</param>
        /// <param name="configure">Changes to the defaults of <see cref="FregResilienceOptions"/>.</param>
        /// <returns>The same builder.</returns>
        public static IHttpClientBuilder AddFregResilience(this IHttpClientBuilder builder, Action<FregResilienceOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(builder);
            var options = builder.Services.AddOptions<FregResilienceOptions>(builder.Name);
            if (configure is not null)
            {
                options.Configure(configure);
            }

            var clientName = builder.Name;
            builder.AddResilienceHandler(
                ResiliencePipelineName,
                (pipeline, context) => FregResiliencePipeline.Configure(pipeline, context.GetOptions<FregResilienceOptions>(clientName)));
            return builder;
        }

        /// <summary>
        /// Adds <c>Authorization: Bearer</c> with a Maskinporten token for <paramref name="scope"/> to every request. The
        /// token provider is shared by all clients with the same Maskinporten client (client id, endpoints, key), and posts
        /// to the token endpoint through the named client <see cref="MaskinportenTokenProvider.TokenEndpointHttpClientName"/>.
        /// The token handler wraps the primary handler, whatever the order of registration: it runs inside the retry
        /// pipeline, so each attempt gets a valid token, and inside HttpClientFactory's own logging handlers, so no other
        /// handler or logger sees the header (the trace-level header log of .NET keeps raw header values in its structured
        /// state, which would otherwise expose the token to structured log sinks). A 401 from Freg drops the cached token
        /// and sends the request once more with a new one.
        /// </summary>
        /// <param name="builder">The client's builder.</param>
        /// <param name="scope">The scope, for example <c>folkeregister:deling/offentligmedhjemmel</c>; several may be separated by spaces.</param>
        /// <param name="configure">Sets the Maskinporten client id, environment and key.</param>
        /// <returns>The same builder.</returns>
        public static IHttpClientBuilder AddFregMaskinporten(this IHttpClientBuilder builder, string scope, Action<MaskinportenOptions> configure)
            => AddFregMaskinporten(builder, scope, static _ => null, configure);

        /// <summary>
        /// Adds Maskinporten tokens as <see cref="AddFregMaskinporten(IHttpClientBuilder, string, Action{MaskinportenOptions})"/>
        /// does, for a client whose Freg environment decides Maskinporten's: when <paramref name="requiredEnvironment"/>
        /// gives one, it is used unless the options choose otherwise, and options that point at the other Maskinporten
        /// environment are refused (Freg's production accepts only production tokens, its test environments only test tokens).
        /// The generated <c>AddFregMaskinporten</c> passes <c>FregClientOptions.Environment</c> here.
        /// </summary>
        /// <param name="builder">The client's builder.</param>
        /// <param name="scope">The scope, for example <c>folkeregister:deling/offentligmedhjemmel</c>; several may be separated by spaces.</param>
        /// <param name="requiredEnvironment">The Maskinporten environment the client's Freg environment needs, or <see langword="null"/> when it is not known (a proxy or a simulator).</param>
        /// <param name="configure">Sets the Maskinporten client id, key and, where needed, environment.</param>
        /// <returns>The same builder.</returns>
        public static IHttpClientBuilder AddFregMaskinporten(
            this IHttpClientBuilder builder,
            string scope,
            Func<IServiceProvider, MaskinportenEnvironment?> requiredEnvironment,
            Action<MaskinportenOptions> configure)
        {
            ArgumentNullException.ThrowIfNull(builder);
            ArgumentException.ThrowIfNullOrWhiteSpace(scope);
            ArgumentNullException.ThrowIfNull(requiredEnvironment);
            ArgumentNullException.ThrowIfNull(configure);

            var services = builder.Services;
            services.AddOptions<MaskinportenOptions>(builder.Name)
                .Configure(configure)
                .PostConfigure<IServiceProvider>((options, serviceProvider) => options.RequiredByFreg = requiredEnvironment(serviceProvider));
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MaskinportenOptions>, MaskinportenOptionsValidator>());
            services.TryAddSingleton(serviceProvider => new MaskinportenTokenProviderRegistry(
                serviceProvider.GetRequiredService<IHttpClientFactory>(),
                serviceProvider.GetService<TimeProvider>() ?? TimeProvider.System,
                serviceProvider.GetService<ILoggerFactory>()));

            if (!services.Contains(TokenEndpointClientMarker.Descriptor))
            {
                services.Add(TokenEndpointClientMarker.Descriptor);
                services.AddHttpClient(MaskinportenTokenProvider.TokenEndpointHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
                    .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
                    {
                        // The provider keeps its HttpClient for its lifetime; renew connections so DNS changes are seen.
                        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    });
            }

            var clientName = builder.Name;

            // PostConfigure runs after every Configure (ConfigurePrimaryHttpMessageHandler and AddFregResilience included),
            // so this wraps the final primary handler; the logging handlers that HttpClientFactory adds later sit outside.
            services.PostConfigure<HttpClientFactoryOptions>(clientName, factoryOptions =>
                factoryOptions.HttpMessageHandlerBuilderActions.Add(handlerBuilder =>
                {
                    var maskinportenOptions = handlerBuilder.Services.GetRequiredService<IOptionsMonitor<MaskinportenOptions>>().Get(clientName);
                    var provider = handlerBuilder.Services.GetRequiredService<MaskinportenTokenProviderRegistry>().GetOrCreate(maskinportenOptions);
                    handlerBuilder.PrimaryHandler = new MaskinportenTokenHandler(provider, scope) { InnerHandler = handlerBuilder.PrimaryHandler };
                }));
            return builder;
        }

        /// <summary>
        /// Replaces the client's default request logging with logging that hides identity numbers in the URL path and the
        /// whole query string, so that lookups such as <c>/v1/personer/{fnr}</c> never put a fødselsnummer in the logs.
        /// Logs under the category <c>FregGen.Runtime.Http.{client name}</c>.
        /// </summary>
        /// <param name="builder">The client's builder.</param>
        /// <returns>The same builder.</returns>
        public static IHttpClientBuilder AddFregRedactedLogging(this IHttpClientBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            var category = "FregGen.Runtime.Http." + builder.Name;
            builder.RemoveAllLoggers();
            builder.AddLogger(serviceProvider => new FregRedactingHttpClientLogger(
                serviceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(category)));
            return builder;
        }

        private sealed class TokenEndpointClientMarker
        {
            internal static readonly ServiceDescriptor Descriptor = ServiceDescriptor.Singleton<TokenEndpointClientMarker, TokenEndpointClientMarker>();
        }
    }
}
