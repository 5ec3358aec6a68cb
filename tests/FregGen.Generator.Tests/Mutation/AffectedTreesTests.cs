using System;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Tests.Mutation;

/// <summary>The mutation test's shortcut finds what a full compile finds, also in files whose text did not change.</summary>
public sealed class AffectedTreesTests
{
    [Fact]
    public void A_renamed_property_breaks_an_unchanged_file_that_uses_it_and_the_check_finds_it()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "finans", Sources = Array.Empty<string>() });
        var baseline = AffectedTrees.Baseline(outcome.Compilation, out var baselineErrors);
        Assert.Empty(baselineErrors);
        var request = outcome.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Person.PersonBulkoppslagRequest.g.cs", StringComparison.Ordinal));
        var renamed = CSharpSyntaxTree.ParseText(request.GetText().ToString().Replace(" FoedselsEllerDNummer ", " Identifikatorer ", StringComparison.Ordinal), (CSharpParseOptions)request.Options, request.FilePath);

        var variant = outcome.Compilation.ReplaceSyntaxTree(request, renamed);
        var found = baseline.Errors(variant, out var checkedFiles);

        var full = variant.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(full, d => d.Location.SourceTree!.FilePath.EndsWith("FregClient.g.cs", StringComparison.Ordinal));
        Assert.Equal(full.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal), found.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));
        Assert.InRange(checkedFiles, 2, outcome.Compilation.SyntaxTrees.Count() / 2);
    }

    [Fact]
    public void An_unchanged_output_needs_no_check()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", Sources = Array.Empty<string>() });
        var baseline = AffectedTrees.Baseline(outcome.Compilation, out _);

        Assert.Empty(baseline.Errors(outcome.Compilation, out var checkedFiles));
        Assert.Equal(0, checkedFiles);
    }
}
