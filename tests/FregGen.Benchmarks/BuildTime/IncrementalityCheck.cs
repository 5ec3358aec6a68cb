using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FregGen.Benchmarks.BuildTime;

/// <summary>What the driver's step tracking says about one rerun of the generator.</summary>
/// <param name="Inputs">The compiler-provided input nodes (the edit shows here: Compilation or AdditionalTexts Modified).</param>
/// <param name="Steps">Each of the generator's tracked steps and the reasons of its outputs (Cached, Unchanged, Modified, New, Removed).</param>
/// <param name="Outputs">The reasons of the source-output step's outputs.</param>
/// <param name="Holds">Whether the expectation of the scenario holds.</param>
public sealed record IncrementalityResult(
    string Package,
    string Scenario,
    bool Holds,
    IReadOnlyList<(string Step, string Reasons)> Inputs,
    IReadOnlyList<(string Step, string Reasons)> Steps,
    string Outputs,
    bool SameGeneratedText)
{
    public string Describe()
        => Scenario + " (" + Package + "): inputs " + string.Join(", ", Inputs.Select(step => step.Step + "=" + step.Reasons))
            + "; generator steps " + string.Join(", ", Steps.Select(step => step.Step + "=" + step.Reasons)) + "; outputs " + Outputs
            + (SameGeneratedText ? "; generated text identical" : "; generated text changed") + " -> " + (Holds ? "as expected" : "NOT as expected");
}

/// <summary>
/// The harness's assertions about incrementality: an unrelated edit to the project's code must leave every tracked step
/// Cached or Unchanged and regenerate nothing; an edited spec must rerun the pipeline (else the spec-changed timing
/// would measure a cache hit).
/// </summary>
public static class IncrementalityCheck
{
    public const string UnrelatedSource = "namespace Consumer; internal static class Unrelated { public static int Answer => 42; }";

    /// <summary>The driver's own input nodes, which it tracks beside the generator's steps.</summary>
    private static readonly HashSet<string> InputNodes = new(StringComparer.Ordinal)
    {
        WellKnownGeneratorInputs.AdditionalTexts, WellKnownGeneratorInputs.AnalyzerConfigOptions, WellKnownGeneratorInputs.Compilation,
        WellKnownGeneratorInputs.MetadataReferences, WellKnownGeneratorInputs.ParseOptions,
    };

    public static IncrementalityResult UnrelatedEdit(string package, string specText)
    {
        var run = GeneratorRun.Create(package, specText, trackSteps: true);
        run.Run();
        var before = GeneratedText(run.LastResult);
        run.RunWithCompilation(run.Compilation.AddSyntaxTrees(GeneratorRun.Parse(UnrelatedSource, "Unrelated.cs")));
        var result = run.LastResult;
        var (inputs, steps) = StepReasons(result.TrackedSteps);
        var outputs = OutputReasons(result);
        var same = before == GeneratedText(result);
        var holds = steps.Count > 0
            && steps.All(step => step.Value.All(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            && outputs.All(reason => reason == IncrementalStepRunReason.Cached)
            && same;
        return new IncrementalityResult(package, "Unrelated edit", holds, Format(inputs), Format(steps), Join(outputs), same);
    }

    public static IncrementalityResult SpecEdit(string package, ChangingSpec spec)
    {
        var run = GeneratorRun.Create(package, spec.Next(), trackSteps: true);
        run.Run();
        var before = GeneratedText(run.LastResult);
        run.RunWithSpec(spec.Next());
        var result = run.LastResult;
        var (inputs, steps) = StepReasons(result.TrackedSteps);
        var outputs = OutputReasons(result);
        var same = before == GeneratedText(result);
        var holds = !same && outputs.Contains(IncrementalStepRunReason.Modified) && run.GeneratorErrors().IsEmpty;
        return new IncrementalityResult(package, "Spec edit", holds, Format(inputs), Format(steps), Join(outputs), same);
    }

    public static void Assert(IncrementalityResult result)
    {
        if (!result.Holds)
        {
            throw new InvalidOperationException(result.Describe());
        }
    }

    private static (Dictionary<string, List<IncrementalStepRunReason>> Inputs, Dictionary<string, List<IncrementalStepRunReason>> Steps) StepReasons(
        IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> tracked)
    {
        var all = tracked.OrderBy(step => step.Key, StringComparer.Ordinal)
            .ToDictionary(step => step.Key, step => step.Value.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList());
        return (
            all.Where(step => InputNodes.Contains(step.Key)).ToDictionary(step => step.Key, step => step.Value),
            all.Where(step => !InputNodes.Contains(step.Key)).ToDictionary(step => step.Key, step => step.Value));
    }

    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

    private static List<(string, string)> Format(Dictionary<string, List<IncrementalStepRunReason>> steps)
        => steps.Select(step => (step.Key, Join(step.Value))).ToList();

    private static string Join(IEnumerable<IncrementalStepRunReason> reasons)
    {
        var distinct = reasons.Distinct().Select(reason => reason.ToString()).ToList();
        return distinct.Count == 0 ? "(none)" : string.Join("/", distinct);
    }

    private static string GeneratedText(GeneratorRunResult result)
    {
        var builder = new StringBuilder();
        foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            builder.Append(source.HintName).Append('\n').Append(source.SourceText).Append('\n');
        }

        return builder.ToString();
    }
}
