using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FregGen.Sample.Freg;
using FregGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FregGen.Sample.Hosting;

/// <summary>
/// The wiring a real application has: the generated client registered with IHttpClientFactory, Maskinporten tokens
/// for the package's scope, resilience (429/Retry-After, 5xx) and request logging that never shows identity numbers.
/// </summary>
internal static class SampleServices
{
    public static ServiceProvider Build(SampleOptions options, FregSimulator? simulator)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services
            .AddFregClient(client =>
            {
                if (simulator is not null)
                {
                    client.BaseAddress = simulator.BaseAddress;
                }
                else
                {
                    client.Environment = options.Environment;
                }
            })
            .AddFregMaskinporten(maskinporten =>
            {
                if (simulator is not null)
                {
                    maskinporten.ClientId = "fregggen-sample";
                    maskinporten.Certificate = SelfSignedCertificate();
                    maskinporten.Audience = simulator.MaskinportenAudience;
                    maskinporten.TokenEndpoint = simulator.TokenEndpoint;
                }
                else
                {
                    maskinporten.ClientId = options.ClientId!;
                    maskinporten.Certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, Environment.GetEnvironmentVariable("FREG_CERTIFICATE_PASSWORD"));
                    if (options.Environment == FregEnvironment.Produksjon)
                    {
                        maskinporten.UseProduksjon();
                    }
                    else
                    {
                        maskinporten.UseTestEnvironment();
                    }
                }
            })
            .AddFregResilience()
            .AddFregRedactedLogging();
        return services.BuildServiceProvider();
    }

    /// <summary>Stands in for the enterprise certificate (virksomhetssertifikat); the simulator accepts any grant its x5c verifies.</summary>
    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=FregGen sample, O=Eksempel Bank AS", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}
