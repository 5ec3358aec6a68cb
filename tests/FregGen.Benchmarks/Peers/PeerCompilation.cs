using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;
using FregGen.Benchmarks.Infrastructure;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Serialization.Form;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Multipart;
using Microsoft.Kiota.Serialization.Text;

namespace FregGen.Benchmarks.Peers;

/// <summary>The peers' clients for the whole spec, generated at run time (never committed), compiled in memory and loaded.</summary>
public sealed record PeerCompilation(PeerClient NSwag, PeerClient Kiota, string NSwagSourceFile, string KiotaSourceFolder, TimeSpan Elapsed)
{
    public static async Task<PeerCompilation> CreateAsync(IReadOnlyList<string> personIdentifiers)
    {
        var stopwatch = Stopwatch.StartNew();
        var nswagSource = await NSwagGeneration.ParseAndGenerateAsync(File.ReadAllText(BenchmarkPaths.PublishedSpec));
        Directory.CreateDirectory(BenchmarkPaths.PeerSourceDirectory);
        var nswagFile = Path.Combine(BenchmarkPaths.PeerSourceDirectory, "nswag", "FregNSwagClient.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(nswagFile)!);
        File.WriteAllText(nswagFile, nswagSource);
        var nswagAssembly = InMemoryCompiler.CompileAndLoad(NSwagGeneration.Namespace, new[] { (nswagFile, nswagSource) }, Array.Empty<Assembly>());

        var kiotaFolder = KiotaGeneration.Generate("whole-spec", includePaths: null);
        var kiotaAssembly = InMemoryCompiler.CompileAndLoad(KiotaGeneration.Namespace, KiotaGeneration.ReadSources(kiotaFolder), KiotaRuntime);

        return new PeerCompilation(
            NSwagPeer.Create(nswagAssembly, personIdentifiers),
            KiotaPeer.Create(kiotaAssembly, personIdentifiers),
            nswagFile,
            kiotaFolder,
            stopwatch.Elapsed);
    }

    /// <summary>The Kiota runtime packages a Kiota client needs (Microsoft.Kiota.Bundle is not served here, so each one).</summary>
    private static IEnumerable<Assembly> KiotaRuntime => new[]
    {
        typeof(RequestInformation).Assembly,
        typeof(HttpClientRequestAdapter).Assembly,
        typeof(JsonParseNodeFactory).Assembly,
        typeof(TextParseNodeFactory).Assembly,
        typeof(FormParseNodeFactory).Assembly,
        typeof(MultipartSerializationWriterFactory).Assembly,
        typeof(Std.UriTemplate).Assembly,
    };
}
