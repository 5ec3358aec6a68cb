using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.Reporting;

/// <summary>
/// The report of a run of some run-time sections (<c>--only</c>): the same tables as docs/benchmarks.md for the sections
/// that ran, and the targets they decide. Written to artifacts/benchmarks/partial-report.md; docs/benchmarks.md is left alone.
/// </summary>
public static class PartialReport
{
    public static string File { get; } = Path.Combine(BenchmarkPaths.ArtifactsDirectory, "partial-report.md");

    public static string Render(PartialResults results)
    {
        var output = new StringBuilder();
        output.Append("# FregGen benchmarks, sections ").Append(string.Join(", ", results.Sections.Keys)).Append("\n\n");
        output.Append("A **").Append(results.Mode.Name).Append("** run of `dotnet run -c Release --project tests/FregGen.Benchmarks -- --only ")
            .Append(string.Join(",", results.Sections.Keys)).Append(results.Mode.IsQuick ? " --quick" : string.Empty).Append("` on ")
            .Append(results.Started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC (").Append(ReportFormat.Duration(results.Duration))
            .Append("), commit ").Append(results.Machine.Commit).Append(" plus the working tree; ").Append(results.Machine.Cpu).Append(" (").Append(results.Machine.LogicalCores)
            .Append(" logical cores), ").Append(results.Machine.Runtime).Append("; load average before ").Append(results.LoadBefore).Append(", after ").Append(results.LoadAfter)
            .Append(". ").Append(BenchmarkConfigs.Describe(results.Mode)).Append(".\n\n");

        var targets = Targets(results);
        if (targets.Count > 0)
        {
            var table = new MarkdownTable("Target", "Limit", "Measured", "Verdict") { TextColumns = 4 };
            foreach (var target in targets)
            {
                table.Row(target.Target, target.LimitText, target.Measured, target.Verdict);
            }

            table.WriteTo(output);
        }

        var payloads = results.Payloads;
        foreach (var (section, suite) in results.Sections)
        {
            switch (section.ToLowerInvariant())
            {
                case "1a": RunTimeSection.WriteDeserialisation(output, RunTimeSection.BulkTitle, payloads.BulkResponse, suite); break;
                case "1b": RunTimeSection.WriteDeserialisation(output, RunTimeSection.FeedTitle, payloads.FeedPage, suite); break;
                case "1c": RunTimeSection.WriteSerialisation(output, suite); break;
                case "1d": RunTimeSection.WriteDeserialisation(output, RunTimeSection.SecondBulkTitle, payloads.SecondBulkResponse, suite); break;
                case "1e": RunTimeSection.WriteUnknownProperties(output, payloads, suite); break;
            }
        }

        RunTimeSection.WritePairedRatios(output, results.PairedRatios);

        return output.ToString();
    }

    public static void Write(PartialResults results)
    {
        Directory.CreateDirectory(BenchmarkPaths.ArtifactsDirectory);
        System.IO.File.WriteAllText(File, Render(results));
    }

    public static IReadOnlyList<TargetResult> Targets(PartialResults results)
        => TargetEvaluation.RunTime(Find(results, "1a"), Find(results, "1d"), Find(results, "1e"), results.PairedRatios);

    private static MeasuredSuite? Find(PartialResults results, string section) => results.Sections.TryGetValue(section, out var suite) ? suite : null;
}
