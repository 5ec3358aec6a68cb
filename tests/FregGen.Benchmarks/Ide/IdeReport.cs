using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FregGen.Benchmarks.Reporting;

namespace FregGen.Benchmarks.Ide;

/// <summary>The IDE latency section of docs/benchmarks.md (between ide-benchmark markers; only an --ide run rewrites it).</summary>
public static class IdeReport
{
    /// <summary>The target: fresh diagnostics at most half a second after a one-line edit, with analyzers on, generator in the same project.</summary>
    public const double TargetSeconds = 0.5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(IdeBenchmarkResults results)
        => MarkedSection.Write(BenchmarkReport.IdeReportName, Render(results));

    public static IEnumerable<string> Verdicts(IdeBenchmarkResults results)
    {
        foreach (var scenario in results.Scenarios)
        {
            var latency = Latency(results, scenario);
            yield return scenario.Name + ": median " + Seconds(latency.Median) + " (quartiles " + Seconds(latency.Lower) + " – " + Seconds(latency.Upper) + ")"
                + (scenario == results.Scenarios[0] ? ", target ≤ " + Seconds(TargetSeconds) + ": " + (latency.Median <= TargetSeconds ? "met" : "not met") : string.Empty);
        }
    }

    private static Quartiles Latency(IdeBenchmarkResults results, IdeScenario scenario)
        => Quartiles.Of(results.Measured.Where(m => m.Scenario == scenario.Name).Select(m => m.Latency.TotalSeconds));

    private static string Render(IdeBenchmarkResults results)
    {
        var output = new StringBuilder();
        output.Append(MarkedSection.Start(BenchmarkReport.IdeReportName)).Append('\n');
        output.Append("## 6. IDE latency (csharp-ls)\n\n");
        output.Append("Written by `dotnet run -c Release --project tests/FregGen.Benchmarks -- --ide")
            .Append(results.Edits == 20 ? string.Empty : " --edits " + results.Edits.ToString(Invariant))
            .Append(results.WarmUpEdits == 3 ? string.Empty : " --warmup " + results.WarmUpEdits.ToString(Invariant))
            .Append("` on ").Append(results.Started.ToString("yyyy-MM-dd HH:mm", Invariant)).Append(" UTC; it took ")
            .Append(ReportFormat.Duration(results.Duration)).Append(". Only this section is rewritten by an --ide run.\n\n");
        output.Append("csharp-ls ").Append(results.ServerVersion).Append(" (a dotnet tool, installed into `artifacts/benchmarks/tools/`) over stdio, one server per scenario, all open at once, ")
            .Append("on a privat consumer (a lookup with a part selection and field reads, the feed; FregGen as its package delivers it: the DLLs the package puts under analyzers/dotnet/cs, from the repository's Release builds, as Analyzer items, FregGen.props/.targets imported as the package does). ")
            .Append("In the first scenario, FregGen's default setup, the generated client is compiled into an assembly of its own (`FregClientAssembly`) that the project references, and the generator in the project's compilation only reports its diagnostics; the second sets `FregClientAssembly` to false, so the generated code is part of the project's compilation. ")
            .Append("Each edit replaces one line of the open file (`textDocument/didChange`, full text) and pulls its diagnostics (`textDocument/diagnostic`); latency is from the change to the answer, CPU is the server process's user + system time meanwhile. ")
            .Append("An answer counts only if it names the edited line's new local (CS0219), so it is fresh, and has FREG104 exactly when analyzers are on; once loaded, the hover on `person.Navn` must show the generated documentation wherever the generator is in the project. ")
            .Append("With `analyzersEnabled`, csharp-ls runs every analyzer of the project over the whole compilation (`CompilationWithAnalyzers.GetAllDiagnosticsAsync`) on every pull; without it, only the document's semantic diagnostics. ")
            .Append(results.WarmUpEdits.ToString(Invariant)).Append(" warm-up edit(s) per scenario, then ").Append(results.Edits.ToString(Invariant))
            .Append(" measured rounds; each round edits every scenario once, in rotating order. Load average before ").Append(results.LoadBefore).Append(", after ").Append(results.LoadAfter).Append(".\n\n");

        output.Append("| Scenario | Edits | Median latency | Quartiles | Min | Max | Median server CPU | Project loaded after |\n");
        output.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var scenario in results.Scenarios)
        {
            var latency = Latency(results, scenario);
            var cpu = Quartiles.Of(results.Measured.Where(m => m.Scenario == scenario.Name).Select(m => m.Cpu.TotalSeconds));
            output.Append("| ").Append(scenario.Name).Append(" | ").Append(latency.Count.ToString(Invariant))
                .Append(" | ").Append(Seconds(latency.Median)).Append(" | ").Append(Seconds(latency.Lower)).Append(" – ").Append(Seconds(latency.Upper))
                .Append(" | ").Append(Seconds(latency.Min)).Append(" | ").Append(Seconds(latency.Max))
                .Append(" | ").Append(Seconds(cpu.Median))
                .Append(" | ").Append(results.LoadTimes.TryGetValue(scenario.Name, out var load) ? ReportFormat.Duration(load) : "?").Append(" |\n");
        }

        output.Append('\n');
        var first = results.Scenarios[0];
        foreach (var other in results.Scenarios.Skip(1))
        {
            var ratios = Quartiles.Of(Enumerable.Range(1, results.Edits).Select(round =>
                results.Measured.Single(m => m.Round == round && m.Scenario == first.Name).Latency.TotalSeconds
                / results.Measured.Single(m => m.Round == round && m.Scenario == other.Name).Latency.TotalSeconds));
            output.Append("- ").Append(first.Name).Append(" / ").Append(other.Name).Append(", paired rounds: median ")
                .Append(ReportFormat.Ratio(ratios.Median)).Append(" (quartiles ").Append(ReportFormat.Ratio(ratios.Lower)).Append(" – ").Append(ReportFormat.Ratio(ratios.Upper)).Append(")\n");
        }

        output.Append("- Target: ").Append(first.Name).Append(" ≤ ").Append(Seconds(TargetSeconds)).Append(" per edit (median): ")
            .Append(Latency(results, first).Median <= TargetSeconds ? "**met**" : "**not met**").Append('\n');
        output.Append(MarkedSection.End(BenchmarkReport.IdeReportName)).Append('\n');
        return output.ToString();
    }

    private static string Seconds(double seconds) => seconds.ToString(seconds < 10 ? "0.00" : "0.0", Invariant) + " s";
}
