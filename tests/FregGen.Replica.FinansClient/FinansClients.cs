using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Replica.Finans.Freg;

namespace FregGen.Replica.FinansClient;

/// <summary>Registers the finans client against a simulator as an application would: Maskinporten, resilience, redacted logging.</summary>
public static class FinansClients
{
    public static ServiceProvider Create(Uri simulatorRoot, Uri audience, Uri tokenEndpoint, ILoggerProvider? logs = null, string clientId = "replica-tests")
    {
        using var key = RSA.Create(2048);
        var certificate = new CertificateRequest("CN=" + clientId + ", O=Testbank ASA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
            }
        });
        services.AddFregClient(options => options.BaseAddress = simulatorRoot)
            .AddFregMaskinporten(options =>
            {
                options.ClientId = clientId;
                options.Certificate = certificate;
                options.Audience = audience;
                options.TokenEndpoint = tokenEndpoint;
            })
            .AddFregResilience(options => options.BaseDelay = TimeSpan.FromMilliseconds(50))
            .AddFregRedactedLogging();
        return services.BuildServiceProvider();
    }

    public static FregReplicaSource Source(IServiceProvider services) => services.GetRequiredService<FregClient>().CreateReplicaSource();
}
