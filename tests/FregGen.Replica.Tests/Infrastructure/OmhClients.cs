using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FregGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Replica.Omh.Freg;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>The offentlig-med-hjemmel client generated into this project, registered as an application would.</summary>
public static class OmhClients
{
    public static ServiceProvider Create(FregSimulator simulator, ILoggerProvider? logs = null)
    {
        using var key = RSA.Create(2048);
        var certificate = new CertificateRequest("CN=replica tests, O=Testetat", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
            }
        });
        services.AddFregClient(options => options.BaseAddress = simulator.BaseAddress)
            .AddFregMaskinporten(options =>
            {
                options.ClientId = "replica-tests-omh";
                options.Certificate = certificate;
                options.Audience = simulator.MaskinportenAudience;
                options.TokenEndpoint = simulator.TokenEndpoint;
            })
            .AddFregResilience(options => options.BaseDelay = TimeSpan.FromMilliseconds(20))
            .AddFregRedactedLogging();
        return services.BuildServiceProvider();
    }

    public static FregReplicaSource Source(IServiceProvider services) => services.GetRequiredService<FregClient>().CreateReplicaSource();
}
