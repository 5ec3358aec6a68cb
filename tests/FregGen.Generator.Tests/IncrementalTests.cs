using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Tests;

/// <summary>An edit that does not concern FregGen must leave every pipeline step Cached or Unchanged.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.Options, TrackingNames.ParseSpec, TrackingNames.ParseSpecBaseline, TrackingNames.ReadCatalogue, TrackingNames.ReadProjectFile, TrackingNames.Features, TrackingNames.Plan,
    };

    [Fact]
    public void An_unrelated_code_edit_regenerates_nothing()
    {
        var scenario = new GeneratorScenario
        {
            RightsPackage = "privat",
            Files = new[]
            {
                Specs.File(TestPaths.PublishedSpecText),
                new ScenarioFile("/project/freg-1.5.yaml", TestPaths.OlderSpecText, "FregSpecBaseline"),
                new ScenarioFile("/project/extra.json", "{ \"packages\": [] }", "FregCatalogue"),
                new ScenarioFile("/project/Consumer.csproj", "<Project><PropertyGroup><FregRightsPackage>privat</FregRightsPackage></PropertyGroup></Project>", "FregProjectFile"),
            },
        };
        var compilation = GeneratorHarness.CreateCompilation(scenario);
        var first = GeneratorHarness.Run(scenario, GeneratorHarness.CreateDriver(scenario), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Unrelated { public static int Answer => 42; }", new CSharpParseOptions(scenario.LanguageVersion)));
        var second = GeneratorHarness.Run(scenario, first.Driver, edited);

        var reasons = StepReasons(second.Result);
        Assert.All(TrackedSteps, step => Assert.True(reasons.ContainsKey(step), "step " + step + " did not run"));
        Assert.All(reasons, step => Assert.All(step.Value, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            step.Key + " was " + reason)));
        Assert.All(second.Result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(first.Concatenated(), second.Concatenated());
    }

    [Fact]
    public void Changing_the_rights_package_reruns_the_plan()
    {
        var scenario = new GeneratorScenario { RightsPackage = "privat" };
        var compilation = GeneratorHarness.CreateCompilation(scenario);
        var first = GeneratorHarness.Run(scenario, GeneratorHarness.CreateDriver(scenario), compilation);

        var changed = scenario with { RightsPackage = "finans" };
        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(OptionsOf(changed));
        var second = GeneratorHarness.Run(changed, driver, compilation);

        Assert.Contains(IncrementalStepRunReason.Modified, StepReasons(second.Result)[TrackingNames.Plan]);
        Assert.Contains("finans", second.GeneratedText("FregClient.g.cs"), StringComparison.Ordinal);
    }

    private static Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider OptionsOf(GeneratorScenario scenario)
        => new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.FregRightsPackage"] = scenario.RightsPackage!, ["build_property.RootNamespace"] = scenario.RootNamespace },
            new Dictionary<string, IReadOnlyDictionary<string, string>>());

    private static Dictionary<string, List<IncrementalStepRunReason>> StepReasons(GeneratorRunResult result)
        => result.TrackedSteps
            .Where(step => TrackedSteps.Contains(step.Key))
            .ToDictionary(step => step.Key, step => step.Value.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList());
}
