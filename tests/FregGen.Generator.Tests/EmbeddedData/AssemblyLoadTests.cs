using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Loader;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.EmbeddedData;

/// <summary>
/// What a cold compiler pays for FregGen: a project on the embedded spec without catalogue files must not load
/// Microsoft.OpenApi or SharpYaml (their load and JIT were most of the generator's start-up). The generator runs from a
/// fresh <see cref="AssemblyLoadContext"/> of its own, which sees every assembly the generator asks for, whatever the
/// test process has loaded before; fresh statics, so nothing is cached from other tests.
/// </summary>
public sealed class AssemblyLoadTests
{
    private static readonly string[] Readers = { "Microsoft.OpenApi", "Microsoft.OpenApi.Readers", "SharpYaml" };

    [Fact]
    public void A_project_on_the_embedded_spec_loads_neither_Microsoft_OpenApi_nor_SharpYaml()
    {
        var (outcome, requested) = RunIsolated(new GeneratorScenario { RightsPackage = "privat" });

        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(outcome.Result.GeneratedSources, source => source.HintName.StartsWith("FregClient", StringComparison.Ordinal));
        Assert.Empty(requested.Intersect(Readers));
    }

    [Fact]
    public void A_project_with_its_own_spec_file_loads_the_readers()
    {
        // The control: the probe sees the readers when the generator does need them.
        var (outcome, requested) = RunIsolated(new GeneratorScenario { RightsPackage = "privat", Files = new[] { Specs.File(Specs.Minimal()) } });

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "FREG000");
        Assert.Contains("Microsoft.OpenApi.Readers", requested);
        Assert.Contains("SharpYaml", requested);
    }

    [Fact]
    public void A_catalogue_file_loads_SharpYaml_and_nothing_else_of_the_readers()
    {
        var catalogue = new ScenarioFile("/project/freg-catalogue.json", "{ \"formatVersion\": 2, \"packages\": [] }", "FregCatalogue");

        var (outcome, requested) = RunIsolated(new GeneratorScenario { RightsPackage = "privat", Files = new[] { catalogue } });

        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains("SharpYaml", requested);
        Assert.DoesNotContain("Microsoft.OpenApi.Readers", requested);
    }

    private static (GeneratorOutcome Outcome, IReadOnlyCollection<string> Requested) RunIsolated(GeneratorScenario scenario)
    {
        var context = new AssemblyLoadProbe(typeof(FregClientGenerator).Assembly.Location);
        try
        {
            var generatorType = context.Assembly.GetType(typeof(FregClientGenerator).FullName!, throwOnError: true)!;
            var generator = (IIncrementalGenerator)Activator.CreateInstance(generatorType)!;
            var outcome = GeneratorHarness.Run(scenario, GeneratorHarness.CreateDriver(scenario, generator), GeneratorHarness.CreateCompilation(scenario));
            return (outcome, context.Requested.ToArray());
        }
        finally
        {
            context.Unload();
        }
    }
}
