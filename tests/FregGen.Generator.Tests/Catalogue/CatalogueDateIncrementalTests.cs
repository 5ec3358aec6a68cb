using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Tests.Catalogue;

/// <summary>FregCatalogueDate is an equatable input: the same day reruns nothing, another day reruns the plan.</summary>
public sealed class CatalogueDateIncrementalTests
{
    [Fact]
    public void With_a_pinned_date_an_unrelated_edit_reruns_nothing()
    {
        var scenario = new GeneratorScenario { RightsPackage = "finans", CatalogueDate = "2024-03-01" };
        var compilation = GeneratorHarness.CreateCompilation(scenario);
        var first = GeneratorHarness.Run(scenario, GeneratorHarness.CreateDriver(scenario), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Unrelated { }", new CSharpParseOptions(scenario.LanguageVersion)));
        var second = GeneratorHarness.Run(scenario, first.Driver, edited);

        Assert.All(Reasons(second.Result, TrackingNames.Options).Concat(Reasons(second.Result, TrackingNames.Plan)), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.Equal(first.Concatenated(), second.Concatenated());
    }

    [Fact]
    public void Another_date_reruns_the_plan_and_changes_what_is_generated()
    {
        var scenario = new GeneratorScenario { RightsPackage = "finans", CatalogueDate = "2023-01-08" };
        var compilation = GeneratorHarness.CreateCompilation(scenario);
        var first = GeneratorHarness.Run(scenario, GeneratorHarness.CreateDriver(scenario), compilation);

        var later = scenario with { CatalogueDate = "2023-01-09" };
        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.FregRightsPackage"] = "finans", ["build_property.RootNamespace"] = later.RootNamespace, ["build_property.FregCatalogueDate"] = later.CatalogueDate! },
            new Dictionary<string, IReadOnlyDictionary<string, string>>()));
        var second = GeneratorHarness.Run(later, driver, compilation);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second.Result, TrackingNames.Plan));
        Assert.DoesNotContain(" FoedselsEllerDNummer {", first.GeneratedText("Person.VergeRepresentantEllerFullmektig.g.cs"), StringComparison.Ordinal);
        Assert.Contains(" FoedselsEllerDNummer {", second.GeneratedText("Person.VergeRepresentantEllerFullmektig.g.cs"), StringComparison.Ordinal);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason) : throw new InvalidOperationException("The step " + step + " did not run.");
}
