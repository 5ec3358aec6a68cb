using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Generator.Planning;
using FregGen.Generator.Spec;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FregGen.Generator.Tests.Mutation;

/// <summary>
/// Any spec the reader accepts gives code that compiles, or a diagnostic: seeded variants of the real spec (OMH 1.6.2),
/// each with one to three mutations aimed at what the chosen package gets (<see cref="SpecMutator"/>). For every variant
/// the generator must not throw (no FREG000, no CS8785), and the generated code must compile with warnings as errors and
/// documentation comments checked — unless the generator reported an error-severity FREG diagnostic. The seed is fixed
/// so CI is deterministic; FREGGEN_MUTATION_SEED and FREGGEN_MUTATION_VARIANTS explore further. A failure names the seed,
/// the variant, the package and the mutations, and writes the variant's spec to the temp folder.
/// </summary>
public sealed class SpecMutationTests
{
    private const int DefaultSeed = 20261207;
    private const int DefaultVariants = 120;

    /// <summary>The widest package reaches every schema; the narrower ones add the rights filter's exclusions.</summary>
    private static readonly string[] PackageRotation =
    {
        "offentlig-med-hjemmel", "offentlig-med-hjemmel", "privat", "offentlig-med-hjemmel", "offentlig-med-hjemmel", "offentlig-uten-hjemmel",
        "offentlig-med-hjemmel", "offentlig-med-hjemmel", "presse-uten-folkeregisteridentifikator",
    };

    private readonly ITestOutputHelper _output;

    public SpecMutationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_mutated_spec_gives_code_that_compiles_or_an_error_diagnostic_and_never_an_exception()
    {
        var seed = Setting("FREGGEN_MUTATION_SEED", DefaultSeed);
        var variants = Setting("FREGGEN_MUTATION_VARIANTS", DefaultVariants);
        var spec = JsonNode.Parse(PublishedSpecs.OmhJson(PublishedSpecs.Newest))!.AsObject();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var targets = PackageRotation.Distinct().ToDictionary(package => package, Targets);
        var baselines = PackageRotation.Distinct().AsParallel().WithDegreeOfParallelism(2).ToDictionary(package => package, Baseline);
        var results = new ConcurrentBag<VariantResult>();

        Parallel.For(0, variants, new ParallelOptions { MaxDegreeOfParallelism = 2 }, index =>
        {
            var package = PackageRotation[index % PackageRotation.Length];
            var random = new Random(unchecked((seed * 7919) + index));
            var mutated = (JsonObject)spec.DeepClone();
            var mutations = SpecMutator.Mutate(random, mutated, targets[package]);
            results.Add(Check(seed, index, package, mutated.ToJsonString(), mutations, baselines[package]));
        });

        var all = results.OrderBy(r => r.Index).ToList();
        var failures = all.Where(r => r.Failure is not null).ToList();
        var compiled = all.Count(r => r.Compiled);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}: {all.Count} variants in {clock.Elapsed.TotalSeconds:F0} s ({cpuSeconds:F0} s of CPU); {compiled} compiled, {all.Count(r => r.ErrorDiagnostics.Count > 0)} stopped by an error diagnostic, {failures.Count} failed"));
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  files checked per compiled variant: {(compiled == 0 ? 0 : all.Where(r => r.Compiled).Average(r => r.CheckedFiles)):F1} on average, {all.Where(r => r.Compiled).Select(r => r.CheckedFiles).DefaultIfEmpty().Max()} at most"));
        foreach (var id in all.SelectMany(r => r.ErrorDiagnostics).GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine("  error diagnostic " + id.Key + ": " + id.Count());
        }

        foreach (var kind in all.SelectMany(r => r.Mutations.Select(m => m.Kind)).GroupBy(kind => kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine("  mutation " + kind.Key + ": " + kind.Count());
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5).Select(f => f.Failure)));
        Assert.True(all.Count >= 100 || variants < 100, "fewer than 100 variants ran");
        Assert.All(SpecMutator.All, mutation => Assert.Contains(all, r => r.Mutations.Any(m => m.Kind == mutation.Kind)));
        Assert.True(compiled * 3 >= all.Count, "only " + compiled + " of " + all.Count + " variants compiled: the mutations no longer exercise the emitters");
    }

    private static VariantResult Check(int seed, int index, string package, string json, IReadOnlyList<(string Kind, string Description)> mutations, AffectedTrees baseline)
    {
        var errors = new List<string>();
        GeneratorOutcome outcome;
        try
        {
            outcome = GeneratorHarness.Run(Scenario(package, json));
        }
        catch (Exception exception)
        {
            return Fail("the generator harness threw " + exception);
        }

        errors.AddRange(outcome.GeneratorDiagnostics.Where(d => d.Id.StartsWith("FREG", StringComparison.Ordinal) && d.DefaultSeverity == DiagnosticSeverity.Error).Select(d => d.Id));
        if (outcome.Result.Exception is { } thrown || outcome.GeneratorDiagnostics.Any(d => d.Id is "FREG000" or "CS8785"))
        {
            return Fail("the generator failed: " + (outcome.Result.Exception?.ToString() ?? string.Join("\n", outcome.GeneratorDiagnostics.Where(d => d.Id is "FREG000" or "CS8785"))));
        }

        if (errors.Count > 0)
        {
            return new VariantResult(index, mutations, false, errors, null, 0);
        }

        var compileErrors = baseline.Errors(outcome.Compilation, out var checkedFiles);
        return compileErrors.Count == 0
            ? new VariantResult(index, mutations, true, errors, null, checkedFiles)
            : Fail("the generated code does not compile and no error diagnostic explains why:\n" + string.Join("\n", compileErrors.Take(8).Select(d => d.ToString())));

        VariantResult Fail(string problem)
        {
            var path = Path.Combine(Path.GetTempPath(), "freggen-mutation-" + seed + "-" + index + ".json");
            File.WriteAllText(path, json);
            return new VariantResult(index, mutations, false, errors, "Variant " + index + " (seed " + seed + ", package " + package + ", spec written to " + path + "):\n"
                + string.Join("\n", mutations.Select(m => "  " + m.Kind + ": " + m.Description)) + "\n" + problem, 0);
        }
    }

    /// <summary>The schemas and operations the package gets from the unmutated spec, which the mutations aim at.</summary>
    private static MutationTargets Targets(string packageId)
    {
        var spec = SpecReader.Parse(PublishedSpecs.OmhYaml(PublishedSpecs.Newest), "spec", null, CancellationToken.None).Document!;
        var (model, _) = GenerationPlanner.Plan(spec, PublishedSpecs.Catalogue, PublishedSpecs.Catalogue.FindPackage(packageId)!, "Consumer.Freg", new GeneratedFeatures(false, false), null);
        return new MutationTargets(
            model.Types.Select(type => type.SchemaKey).ToList(),
            model.Operations.Select(operation => (operation.HttpMethod, operation.PathTemplate)).ToList());
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static GeneratorScenario Scenario(string package, string json) => new()
    {
        RightsPackage = package,
        Files = new[] { Specs.File(json, "/project/mutert.json") },
        Sources = Array.Empty<string>(),
        DocumentationDiagnostics = true,
    };

    /// <summary>The package on the unmutated spec: it must compile cleanly as a whole; variants are checked against it.</summary>
    private static AffectedTrees Baseline(string package)
    {
        var outcome = GeneratorHarness.Run(Scenario(package, PublishedSpecs.OmhJson(PublishedSpecs.Newest)));
        var baseline = AffectedTrees.Baseline(outcome.Compilation, out var errors);
        Assert.True(errors.Count == 0, package + " does not compile from the unmutated spec:\n" + string.Join("\n", errors.Take(10)));
        return baseline;
    }

    private sealed record VariantResult(int Index, IReadOnlyList<(string Kind, string Description)> Mutations, bool Compiled, IReadOnlyList<string> ErrorDiagnostics, string? Failure, int CheckedFiles);
}
