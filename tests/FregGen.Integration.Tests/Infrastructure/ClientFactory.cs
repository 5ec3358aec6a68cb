using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FregGen.Runtime.Resilience;
using FregGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FregGen.Integration.Tests.Infrastructure;

/// <summary>
/// Builds the generated clients the way an application registers them: AddFregClient against the simulator,
/// Maskinporten with a self-signed enterprise certificate, resilience and redacted logging, logs captured.
/// </summary>
public sealed class ClientFactory : IDisposable
{
    private static readonly Lazy<X509Certificate2> Certificate = new(() =>
    {
        using var key = RSA.Create(2048);
        return new CertificateRequest("CN=FregGen integration tests, O=Testvirksomhet", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
    });

    private readonly ServiceProvider _provider;

    private ClientFactory(ServiceProvider provider, LogCapture logs, ConcurrentQueue<FregRetryEvent> retries)
    {
        _provider = provider;
        Logs = logs;
        Retries = retries;
    }

    public LogCapture Logs { get; }

    public ConcurrentQueue<FregRetryEvent> Retries { get; }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>The offentlig-med-hjemmel client (generated into this test project).</summary>
    public static ClientFactory Omh(FregSimulator simulator, bool resilience = true, TimeProvider? time = null, string? scope = null)
        => Create(simulator, resilience, time, (services, configure) =>
        {
            var builder = global::Integration.Omh.Freg.FregServiceCollectionExtensions.AddFregClient(services, options => options.BaseAddress = simulator.BaseAddress);
            return scope is null
                ? global::Integration.Omh.Freg.FregClientBuilderExtensions.AddFregMaskinporten(builder, configure)
                : builder.AddFregMaskinporten(scope, configure);
        });

    /// <summary>The privat client (generated into FregGen.Integration.PrivatClient).</summary>
    public static ClientFactory Privat(FregSimulator simulator)
        => Create(simulator, true, null, (services, configure) =>
            global::Integration.Privat.Freg.FregClientBuilderExtensions.AddFregMaskinporten(
                global::Integration.Privat.Freg.FregServiceCollectionExtensions.AddFregClient(services, options => options.BaseAddress = simulator.BaseAddress),
                configure));

    public void Dispose() => _provider.Dispose();

    private static ClientFactory Create(FregSimulator simulator, bool resilience, TimeProvider? time, Func<IServiceCollection, Action<FregGen.Runtime.Maskinporten.MaskinportenOptions>, IHttpClientBuilder> register)
    {
        var logs = new LogCapture();
        var retries = new ConcurrentQueue<FregRetryEvent>();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        var builder = register(services, options =>
        {
            options.ClientId = "integration-tests";
            options.Certificate = Certificate.Value;
            options.Audience = simulator.MaskinportenAudience;
            options.TokenEndpoint = simulator.TokenEndpoint;
        });
        if (resilience)
        {
            builder.AddFregResilience(options =>
            {
                options.BaseDelay = TimeSpan.FromMilliseconds(20);
                options.OnRetry = retry =>
                {
                    retries.Enqueue(retry);
                    return default;
                };
            });
        }

        builder.AddFregRedactedLogging();
        return new ClientFactory(services.BuildServiceProvider(), logs, retries);
    }
}
