using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Benchmarks.Analyzers;
using FregGen.Benchmarks.Runtime;

namespace FregGen.Benchmarks.Reporting;

/// <summary>The targets, each evaluated from the run's own numbers.</summary>
public static class TargetEvaluation
{
    /// <summary>The run-time targets whose benchmarks ran (a partial run has only some).</summary>
    /// <remarks>
    /// The time ratios are judged on the paired rounds (<see cref="PairedRatio"/>) when they ran: BenchmarkDotNet runs the
    /// two benchmarks of a ratio one after the other, and on a shared machine the load between them moves the ratio more
    /// than the code does. A ratio within the rounds' noise of its limit is reported as not resolved.
    /// </remarks>
    public static IReadOnlyList<TargetResult> RunTime(MeasuredSuite? bulk, MeasuredSuite? secondBulk, MeasuredSuite? unknown, IReadOnlyList<PairedRatio> paired)
    {
        var targets = new List<TargetResult>();
        foreach (var (suite, answer, section) in new[] { (bulk, "the 1000-person bulk response", "1a"), (secondBulk, "the second (1d) bulk response", "1d") })
        {
            if (suite is null)
            {
                continue;
            }

            var converter = suite["FregGenConverter"];
            var serializer = suite["FregGenJsonSerializer"];
            var raw = suite["RawReader"];
            var nswag = suite["NSwag"];
            var rounds = paired.FirstOrDefault(ratio => ratio.Name == section + " converter / raw reader");
            var benchmarkDotNet = "generated converter " + ReportFormat.Ratio(converter.MedianNs / raw.MedianNs) + " of the raw reader by BenchmarkDotNet's medians (" + ReportFormat.Time(converter.MedianNs) + " vs " + ReportFormat.Time(raw.MedianNs) + "); via JsonSerializer " + ReportFormat.Ratio(serializer.MedianNs / raw.MedianNs);
            targets.Add(new TargetResult(
                "Deserialising " + answer + " within 2× of the raw-reader lower bound",
                rounds is null ? benchmarkDotNet : Describe(rounds) + "; " + benchmarkDotNet,
                rounds?.Median ?? converter.MedianNs / raw.MedianNs,
                2.0,
                "≤ 2×",
                rounds?.Noise));
            targets.Add(new TargetResult(
                "Deserialising " + answer + " with ≤ 0.5× NSwag's allocated bytes",
                "generated converter " + ReportFormat.Ratio(converter.AllocatedBytes, nswag.AllocatedBytes) + " (" + ReportFormat.Bytes(converter.AllocatedBytes) + " vs NSwag " + ReportFormat.Bytes(nswag.AllocatedBytes) + "); via JsonSerializer " + ReportFormat.Ratio(serializer.AllocatedBytes, nswag.AllocatedBytes),
                (double)(converter.AllocatedBytes ?? long.MaxValue) / (nswag.AllocatedBytes ?? 1),
                0.5,
                "≤ 0.5×"));
        }

        if (unknown is not null)
        {
            var first = unknown["FregGenBulkWithUnknown"].MedianNs / unknown["FregGenBulk"].MedianNs;
            var second = unknown["FregGenSecondWithUnknown"].MedianNs / unknown["FregGenSecond"].MedianNs;
            var benchmarkDotNet = "by BenchmarkDotNet's medians 1a " + ReportFormat.Ratio(first) + " (" + ReportFormat.Time(unknown["FregGenBulkWithUnknown"].MedianNs) + " vs " + ReportFormat.Time(unknown["FregGenBulk"].MedianNs) + "), 1d " + ReportFormat.Ratio(second) + " (" + ReportFormat.Time(unknown["FregGenSecondWithUnknown"].MedianNs) + " vs " + ReportFormat.Time(unknown["FregGenSecond"].MedianNs) + ")";
            var rounds = paired.Where(ratio => ratio.Name.EndsWith("with / without the unknown property", StringComparison.Ordinal)).ToList();
            var worst = rounds.OrderByDescending(ratio => ratio.Median).FirstOrDefault();
            targets.Add(new TargetResult(
                "A bulk answer with one unknown property on every entry costs ≤ 1.5× the same answer without it (same run)",
                worst is null ? benchmarkDotNet : string.Join("; ", rounds.Select(Describe)) + "; " + benchmarkDotNet,
                worst?.Median ?? Math.Max(first, second),
                1.5,
                "≤ 1.5×",
                worst?.Noise));
        }

        return targets;
    }

    /// <summary>"1a converter / raw reader 1.93× as the median of 300 paired rounds (interquartile 1.85× to 2.01×)".</summary>
    public static string Describe(PairedRatio ratio)
        => ratio.Name + " " + ReportFormat.Ratio(ratio.Median) + " as the median of " + ratio.Rounds + " paired rounds (interquartile " + ReportFormat.Ratio(ratio.LowerQuartile) + " to " + ReportFormat.Ratio(ratio.UpperQuartile) + ")";

    public static IReadOnlyList<TargetResult> Evaluate(SuiteResults results)
    {
        var generators = results.Generators;
        var omh = generators["FregGenOffentligMedHjemmel"];
        var privatRun = generators["FregGenPrivat"];
        var nswagBoth = generators["NSwagParseAndGenerate"];
        var unrelated = results.Incrementality.Where(check => check.Scenario == "Unrelated edit").ToList();
        var sizes = results.CodeSize;
        var overhead = AnalyzerStatistics.Of(results.Analyzers);
        var inDefaultProject = AnalyzerStatistics.Of(results.AnalyzersInDefaultProject);
        var emptyAnalyzer = AnalyzerStatistics.Of(results.EmptyAnalyzer);

        return RunTime(results.BulkResponse, results.SecondBulkResponse, results.UnknownProperty, results.PairedRatios).Concat(new[]
        {
            new TargetResult(
                "Generator on the real spec, warm, spec changed ≤ 0.5× NSwag's parse + generate",
                "offentlig-med-hjemmel " + ReportFormat.Ratio(omh.MedianNs / nswagBoth.MedianNs) + " (median " + ReportFormat.Time(omh.MedianNs) + " vs " + ReportFormat.Time(nswagBoth.MedianNs) + "); privat " + ReportFormat.Ratio(privatRun.MedianNs / nswagBoth.MedianNs),
                omh.MedianNs / nswagBoth.MedianNs,
                0.5,
                "≤ 0.5×"),
            TargetResult.Holds(
                "An unrelated edit re-run regenerates nothing",
                string.Join("; ", unrelated.Select(check => check.Package + ": " + (check.Holds ? "every step Cached/Unchanged, outputs Cached" : "work was redone"))) + "; rerun median " + string.Join(" / ", results.UnrelatedEdit.Cases.Select(c => ReportFormat.Time(c.MedianNs))),
                unrelated.Count > 0 && unrelated.All(check => check.Holds)),
            new TargetResult(
                "Generated lines for privat ≤ 1/3 of NSwag's whole-spec output",
                ReportFormat.Count(sizes.Privat.Lines) + " vs " + ReportFormat.Count(sizes.NSwagWholeSpec.Lines) + " lines = " + ReportFormat.Ratio((double)sizes.Privat.Lines / sizes.NSwagWholeSpec.Lines) + " (non-blank: " + ReportFormat.Ratio((double)sizes.Privat.NonBlankLines / sizes.NSwagWholeSpec.NonBlankLines) + ")",
                (double)sizes.Privat.Lines / sizes.NSwagWholeSpec.Lines,
                1.0 / 3,
                "≤ 0.33×"),
            new TargetResult(
                "Analyzer overhead ≤ 5 % of build time (FregGen's analyzers alone, the worst case)",
                Overhead(overhead) + "; an analyzer that does nothing, in the same place: " + ReportFormat.Percent(emptyAnalyzer.PairedWallOverhead) + " (interquartile " + ReportFormat.Percent(emptyAnalyzer.PairedLowerQuartile) + " to " + ReportFormat.Percent(emptyAnalyzer.PairedUpperQuartile) + ")",
                overhead.PairedWallOverhead,
                0.05,
                "≤ 5 %",
                overhead.Noise),
            new TargetResult(
                "Analyzer overhead ≤ 5 % of build time (default SDK project, .NET analyzers on)",
                Overhead(inDefaultProject),
                inDefaultProject.PairedWallOverhead,
                0.05,
                "≤ 5 %",
                inDefaultProject.Noise),
        }).ToList();
    }

    /// <summary>The rounds are paired (on and off built back to back), so the median of the paired differences is the figure judged: it cancels the machine's drift between rounds.</summary>
    private static string Overhead(AnalyzerStatistics statistics)
        => ReportFormat.Percent(statistics.PairedWallOverhead) + " as the median of the paired rounds' wall time"
            + " (from " + ReportFormat.Percent(statistics.PairedMin) + " to " + ReportFormat.Percent(statistics.PairedMax) + ", interquartile " + ReportFormat.Percent(statistics.PairedLowerQuartile) + " to " + ReportFormat.Percent(statistics.PairedUpperQuartile) + ")"
            + "; by the medians of each mode " + ReportFormat.Percent(statistics.WallOverhead) + " (" + ReportFormat.Time(statistics.OnWall.Median) + " on vs " + ReportFormat.Time(statistics.OffWall.Median) + " off); compiler (Csc) time " + ReportFormat.Percent(statistics.CompilerOverhead);
}
