using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;
using Integration.Privat.Freg;
using Microsoft.Extensions.DependencyInjection;

// Usage: FeedWorker <simulator root> <maskinporten audience> <token endpoint> <checkpoint file> <handled-events file>
// Follows the privat feed to the end with a file checkpoint; the handler appends each sequence number to the
// handled-events file and flushes it to disk before returning, so a kill at any moment loses nothing that counts.
if (args.Length != 5)
{
    Console.Error.WriteLine("Usage: FeedWorker <simulator root> <audience> <token endpoint> <checkpoint file> <handled-events file>");
    return 2;
}

using var key = RSA.Create(2048);
var certificate = new CertificateRequest("CN=feed worker", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
    .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
var services = new ServiceCollection();
services.AddFregClient(options => options.BaseAddress = new Uri(args[0]))
    .AddFregMaskinporten(options =>
    {
        options.ClientId = "feed-worker";
        options.Certificate = certificate;
        options.Audience = new Uri(args[1]);
        options.TokenEndpoint = new Uri(args[2]);
    })
    .AddFregResilience();
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<FregClient>();

await using var handled = new FileStream(args[4], FileMode.Append, FileAccess.Write, FileShare.Read, 1, FileOptions.WriteThrough);
var processor = client.CreateFeedProcessor(new FileFeedCheckpointStore(args[3]), new FregFeedProcessorOptions { CheckpointEvery = 25 });
var result = await processor.RunAsync(async (entry, cancellationToken) =>
{
    var line = Encoding.ASCII.GetBytes(entry.Sekvensnummer + "\n");
    await handled.WriteAsync(line, cancellationToken);
    handled.Flush(flushToDisk: true);
});
Console.WriteLine("caught up at " + result.NextSequence + " after " + result.EventsHandled + " events");
return 0;
