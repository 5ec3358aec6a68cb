using System;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Benchmarks.Peers;
using NSwag;

namespace FregGen.Benchmarks.BuildTime;

/// <summary>
/// 2a. Generating from the real spec, warm, with the spec edited before every run (nothing can be cached): FregGen's
/// generator in a CSharpGeneratorDriver for two packages, against NSwag's in-process parse and generate of the same spec.
/// </summary>
public class GeneratorVersusNSwag
{
    private ChangingSpec _spec = null!;
    private GeneratorRun _offentligMedHjemmel = null!;
    private GeneratorRun _privat = null!;
    private OpenApiDocument _parsedByNSwag = null!;

    [GlobalSetup]
    public void Setup()
    {
        _spec = new ChangingSpec(File.ReadAllText(BenchmarkPaths.PublishedSpec));
        _offentligMedHjemmel = WarmRun("offentlig-med-hjemmel");
        _privat = WarmRun("privat");
        _parsedByNSwag = NSwagGeneration.ParseAsync(_spec.Next()).GetAwaiter().GetResult();
        NSwagGeneration.Generate(_parsedByNSwag);
    }

    [Benchmark(Baseline = true, Description = "FregGen generator, offentlig-med-hjemmel")]
    public int FregGenOffentligMedHjemmel() => _offentligMedHjemmel.RunWithSpec(_spec.Next());

    [Benchmark(Description = "FregGen generator, privat")]
    public int FregGenPrivat() => _privat.RunWithSpec(_spec.Next());

    [Benchmark(Description = "NSwag parse (OpenApiYamlDocument.FromYamlAsync)")]
    public Task<OpenApiDocument> NSwagParse() => NSwagGeneration.ParseAsync(_spec.Next());

    [Benchmark(Description = "NSwag generate (CSharpClientGenerator.GenerateFile)")]
    public int NSwagGenerate() => NSwagGeneration.Generate(_parsedByNSwag).Length;

    [Benchmark(Description = "NSwag parse + generate")]
    public async Task<int> NSwagParseAndGenerate() => (await NSwagGeneration.ParseAndGenerateAsync(_spec.Next())).Length;

    private GeneratorRun WarmRun(string package)
    {
        var run = GeneratorRun.Create(package, _spec.Next(), trackSteps: false);
        run.Run();
        run.RunWithSpec(_spec.Next());
        if (!run.GeneratorErrors().IsEmpty)
        {
            throw new InvalidOperationException("FregGen reported errors for " + package + ": " + run.GeneratorErrors()[0]);
        }

        return run;
    }
}
