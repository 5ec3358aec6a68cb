using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Generator.Tests.Infrastructure;

namespace FregGen.Generator.Tests.PackageSpecs;

/// <summary>
/// A package spec with a thin feed (<c>LagretTynnHendelse</c>/<c>TynnHendelse</c>): the generated client, compiled and
/// loaded, reads the feed to the end through FregGen.Runtime's feed reader, from the package's base address.
/// </summary>
public sealed class ThinFeedTests
{
    [Fact]
    public async Task The_feed_glue_reads_thin_events_to_the_end()
    {
        var thin = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For("offentlig-uten-hjemmel") with { ThinFeed = true });
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "offentlig-uten-hjemmel",
            Files = new[] { PublishedSpecs.File(thin) },
            ExtraReferences = SnapshotScenarios.RuntimeReferences(),
            Sources = Array.Empty<string>(),
        });
        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "FregClient.Feed.g.cs");
        using var image = new MemoryStream();
        var emitted = outcome.Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(10)));

        var context = new AssemblyLoadContext("thin-feed", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var clientType = assembly.GetType("Consumer.Freg.FregClient", throwOnError: true)!;
            var requests = new List<Uri>();
            using var http = new HttpClient(new ThinFeed(requests)) { BaseAddress = new Uri("https://freg.test/folkeregisteret/api/offentligutenhjemmel/") };
            var constructor = clientType.GetConstructors().Single(c => c.GetParameters()[0].ParameterType == typeof(HttpClient));
            var client = constructor.Invoke(constructor.GetParameters().Select((parameter, i) => i == 0 ? http : parameter.DefaultValue).ToArray());
            var read = clientType.GetMethod("ReadFeedAsync")!;

            var entries = new List<object>();
            await foreach (var entry in (IAsyncEnumerable<object>)read.Invoke(client, new object?[] { 1L, null, CancellationToken.None })!)
            {
                entries.Add(entry);
            }

            Assert.Equal(new long?[] { 1, 2, 3 }, entries.Select(e => (long?)e.GetType().GetProperty("Sekvensnummer")!.GetValue(e)));
            var events = entries.Select(e => e.GetType().GetProperty("Hendelse")!.GetValue(e)!).ToList();
            Assert.Equal("Consumer.Freg.Hendelse.TynnHendelse", events[0].GetType().FullName);
            Assert.Equal(new[] { "personErOpprettet", "endringINavn", "personErDoed" }, events.Select(e => (string?)e.GetType().GetProperty("Hendelsetype")!.GetValue(e)));
            Assert.Equal(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), (DateTimeOffset?)events[0].GetType().GetProperty("Ajourholdstidspunkt")!.GetValue(events[0]));
            Assert.Equal(
                new[] { "/folkeregisteret/api/offentligutenhjemmel/v1/hendelser/feed?seq=1", "/folkeregisteret/api/offentligutenhjemmel/v1/hendelser/feed?seq=3", "/folkeregisteret/api/offentligutenhjemmel/v1/hendelser/feed?seq=4" },
                requests.Select(uri => uri.PathAndQuery));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Two pages of thin events (1–2, then 3), then an empty page: caught up.</summary>
    private sealed class ThinFeed : HttpMessageHandler
    {
        private readonly List<Uri> _requests;

        public ThinFeed(List<Uri> requests) => _requests = requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Add(request.RequestUri!);
            var body = request.RequestUri!.Query switch
            {
                "?seq=1" => "[" + Entry(1, "personErOpprettet") + "," + Entry(2, "endringINavn") + "]",
                "?seq=3" => "[" + Entry(3, "personErDoed") + "]",
                _ => "[]",
            };
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"page" + request.RequestUri.Query.Length + "\"");
            return Task.FromResult(response);
        }

        private static string Entry(long sequence, string type)
            => "{\"sekvensnummer\":" + sequence + ",\"hendelse\":{\"ajourholdstidspunkt\":\"2026-11-30T12:00:00Z\",\"folkeregisteridentifikator\":\"12345678901\",\"hendelsetype\":\"" + type + "\"}}";
    }
}
