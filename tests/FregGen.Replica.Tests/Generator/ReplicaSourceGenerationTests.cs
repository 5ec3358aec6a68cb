using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Generator.Tests.Infrastructure;
using FregGen.Replica.Tests.Infrastructure;
using FregGen.Runtime.Replica;
using Microsoft.CodeAnalysis;

namespace FregGen.Replica.Tests.Generator;

/// <summary>
/// The generated FregReplicaSource: emitted only when the project references FregGen.Replica, compiling for every
/// package, and binding operations by method and path, so that a spec with other operationIds, package-prefixed paths
/// and a thin feed still gives a working source.
/// </summary>
public sealed class ReplicaSourceGenerationTests
{
    private const string HintName = "FregReplicaSource.g.cs";

    /// <summary>One package of each kind: everything (complete extract), bulk lookup with tailored extract, neither.</summary>
    public static TheoryData<string> Packages => new() { "offentlig-med-hjemmel", "finans", "privat" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void With_FregGen_Replica_the_source_is_generated_and_compiles(string package)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package, ExtraReferences = ReplicaReferences() });

        var text = outcome.GeneratedText(HintName);
        var errors = GeneratorHarness.CompileErrors(outcome);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(20)));
        var bulk = text.Contains("FregReplicaCapabilities.PersonBulkLookup |", StringComparison.Ordinal) || text.Contains("| global::FregGen.Runtime.Replica.FregReplicaCapabilities.PersonBulkLookup", StringComparison.Ordinal);
        Assert.Equal(package is not ("privat" or "privat-uten-folkeregisteridentifikator" or "presse" or "presse-uten-folkeregisteridentifikator"), bulk);
        if (!bulk)
        {
            Assert.Contains("does not offer bulk lookup of persons (POST /v1/personer/bulkoppslag)", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_FregGen_Replica_nothing_is_generated()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "finans", ExtraReferences = RuntimeReferences() });

        Assert.DoesNotContain(outcome.Result.GeneratedSources, source => source.HintName == HintName);
    }

    [Fact]
    public async Task A_spec_with_other_operation_ids_package_prefixed_paths_and_a_thin_feed_still_gives_a_working_source()
    {
        var spec = Variant(File.ReadAllText(ReplicaTestPathsAttribute.Current.PublishedSpec));
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "offentlig-med-hjemmel",
            ExtraReferences = ReplicaReferences(),
            Files = new[] { new ScenarioFile("/project/freg-variant.yaml", spec, "FregSpec") },
        });

        var text = outcome.GeneratedText(HintName);
        var errors = GeneratorHarness.CompileErrors(outcome);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(20)));
        // The methods keep the catalogue's stable names whatever operationIds the file gives them.
        Assert.Contains("_client.HentPersonerAsync(", text, StringComparison.Ordinal);
        Assert.Contains("_client.HentFeedSideAsync(", text, StringComparison.Ordinal);

        var feed = """[{ "sekvensnummer": 7, "hendelse": { "ajourholdstidspunkt": "2024-01-01T00:00:00Z", "folkeregisteridentifikator": "01010112345", "hendelsetype": "endringINavn" } }]""";
        var bulk = """{ "oppslag": [ { "foedselsEllerDNummer": "01010112345", "folkeregisterperson": { "navn": [ { "fornavn": "Kari", "erGjeldende": true } ], "ukjentEgenskap": 1 } } ] }""";
        // The client calls the path below the package's base address (GetBaseAddress carries the package segment), so the
        // file's /offentligutenhjemmel prefix is not repeated in the request.
        var handler = new Answers(new Dictionary<string, string>
        {
            ["/v1/hendelser/feed"] = feed,
            ["/v1/personer/bulkoppslag"] = bulk,
        });
        var source = await LoadSourceAsync(outcome, handler);

        var page = await source.GetFeedPageAsync(7, null, default);
        var people = await source.LookUpPersonsAsync(new[] { "01010112345" }, new[] { "navn" }, default);

        var entry = Assert.Single(page.Entries);
        Assert.Equal((7L, "endringINavn", (string?)null), (entry.Sequence, entry.EventType, entry.PersonDocumentId));
        var person = Assert.Single(people);
        Assert.Contains("\"fornavn\":\"Kari\"", Encoding.UTF8.GetString(person.Document!), StringComparison.Ordinal);
        Assert.Contains("ukjentEgenskap", Encoding.UTF8.GetString(person.Document!), StringComparison.Ordinal);
        Assert.Contains("seq=7", handler.Requests[0], StringComparison.Ordinal);
        Assert.Contains("part=navn", handler.Requests[1], StringComparison.Ordinal);
        Assert.Contains("somBestilt=true", handler.Requests[1], StringComparison.Ordinal);
    }

    /// <summary>The published OMH spec made to look like another package's file: operationIds renamed, the package in every path, a thin feed.</summary>
    private static string Variant(string spec)
    {
        var replacements = new (string From, string To)[]
        {
            ("operationId: hentPersoner\n", "operationId: personerIBulk\n"),
            ("operationId: hentFeedSide\n", "operationId: lesHendelser\n"),
            ("operationId: lagJobb_1\n", "operationId: bestillKomplettUttrekk\n"),
            ("        hendelsesdokument:\n          type: string\n        hendelsetype:", "        hendelsetype:"),
            ("        hendelsetype:\n          type: string\n        persondokument:\n          type: string\n", "        hendelsetype:\n          type: string\n"),
        };
        var text = spec.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var (from, to) in replacements)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text.Replace("\n  /v1/", "\n  /offentligutenhjemmel/v1/", StringComparison.Ordinal);
    }

    private static async Task<IFregReplicaSource> LoadSourceAsync(GeneratorOutcome outcome, HttpMessageHandler handler)
    {
        using var image = new MemoryStream();
        var emitted = outcome.Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(10)));
        image.Position = 0;
        var context = new AssemblyLoadContext("replica-variant", isCollectible: true);
        var assembly = context.LoadFromStream(image);
        var clientType = assembly.GetType("Consumer.Freg.FregClient", throwOnError: true)!;
        var http = new HttpClient(handler) { BaseAddress = new Uri("http://freg.test/") };
        // The generated constructor takes the HttpClient and optional extras (the lookup auditor): pass their defaults.
        var constructor = clientType.GetConstructors().Single(c => c.GetParameters().FirstOrDefault()?.ParameterType == typeof(HttpClient));
        var client = constructor.Invoke(constructor.GetParameters().Select(p => p.ParameterType == typeof(HttpClient) ? http : p.DefaultValue).ToArray());
        await Task.CompletedTask;
        return (IFregReplicaSource)clientType.GetMethod("CreateReplicaSource")!.Invoke(client, null)!;
    }

    private static MetadataReference[] RuntimeReferences()
        => new[] { typeof(IFregReplicaSource).Assembly.Location }
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

    private static MetadataReference[] ReplicaReferences()
        => RuntimeReferences().Append(MetadataReference.CreateFromFile(typeof(FregReplica).Assembly.Location)).ToArray();

    private sealed class Answers : HttpMessageHandler
    {
        private readonly Dictionary<string, string> _bodies;

        public Answers(Dictionary<string, string> bodies) => _bodies = bodies;

        public List<string> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!.PathAndQuery);
            return Task.FromResult(_bodies.TryGetValue(request.RequestUri.AbsolutePath, out var body)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
        }
    }
}
