using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FregGen.Benchmarks.Reporting;

namespace FregGen.Benchmarks.ConsumerBuild;

/// <summary>The consumer build section of docs/benchmarks.md (between consumer-build-benchmark markers; only a --consumer-build run rewrites it).</summary>
public static class ConsumerBuildReport
{
    /// <summary>The target: building the FregGen consumer costs at most 5 % more than building the NSwag one.</summary>
    public const double Target = 1.05;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(ConsumerBuildResults results)
        => MarkedSection.Write(BenchmarkReport.ConsumerBuildReportName, Render(results));

    public static IEnumerable<string> Verdicts(ConsumerBuildResults results)
    {
        foreach (var (mode, kind) in ConsumerBuildBenchmark.Cases)
        {
            var wall = Paired(results, mode, kind, b => b.Wall.TotalSeconds);
            var cpu = Paired(results, mode, kind, b => b.Cpu.TotalSeconds);
            yield return "FregGen / NSwag consumer build, " + Name(mode, kind) + ": wall " + ReportFormat.Ratio(wall.Median) + ", CPU " + ReportFormat.Ratio(cpu.Median)
                + " (target ≤ " + ReportFormat.Ratio(Target) + "): " + Verdict(wall.Median, cpu.Median);
        }
    }

    private static string Verdict(double wall, double cpu)
        => wall <= Target && cpu <= Target ? "met" : wall <= Target || cpu <= Target ? "met by one measure only" : "not met";

    private static Quartiles Paired(ConsumerBuildResults results, CompilerMode mode, BuildKind kind, Func<TimedConsumerBuild, double> measure)
        => Quartiles.Of(Enumerable.Range(1, results.Rounds).Select(round =>
            measure(results.Builds.Single(b => b.Mode == mode && b.Kind == kind && b.Round == round && b.Consumer == ConsumerBuildBenchmark.FregGen))
            / measure(results.Builds.Single(b => b.Mode == mode && b.Kind == kind && b.Round == round && b.Consumer == ConsumerBuildBenchmark.NSwag))));

    private static string Name(CompilerMode mode, BuildKind kind)
        => (kind == BuildKind.Rebuild ? "rebuild" : "after a one-line edit") + ", " + (mode == CompilerMode.Cold ? "cold compiler" : "warm compiler server");

    private static string Render(ConsumerBuildResults results)
    {
        var output = new StringBuilder();
        output.Append(MarkedSection.Start(BenchmarkReport.ConsumerBuildReportName)).Append('\n');
        output.Append("## 5. Consumer build: FregGen against NSwag's pre-generated client\n\n");
        output.Append("Written by `dotnet run -c Release --project tests/FregGen.Benchmarks -- --consumer-build")
            .Append(results.Rounds == 10 ? string.Empty : " --rounds " + results.Rounds.ToString(Invariant))
            .Append("` on ").Append(results.Started.ToString("yyyy-MM-dd HH:mm", Invariant)).Append(" UTC; it took ")
            .Append(ReportFormat.Duration(results.Duration)).Append(". Only this section is rewritten by a --consumer-build run.\n\n");
        output.Append("The same small privat consumer (a lookup with a part selection and field reads, a feed page, the last sequence number) built twice: ")
            .Append("with **FregGen** as its package delivers it — the DLLs the package puts under `analyzers/dotnet/cs` (generator, analyzers, code fixes, Microsoft.OpenApi.Readers, Microsoft.OpenApi, SharpYaml; the repository's Release builds) as `Analyzer` items, the usage-report task, FregGen.props/.targets imported as the package does, ")
            .Append("the usage report on (every build must write `freg-usage.txt`), the SDK's defaults otherwise (.NET analyzers on) — ")
            .Append("and with **NSwag**'s C# client for the whole spec (").Append(ReportFormat.Count(results.NSwagLines)).Append(" lines, generated during the run by NSwag 14.8.0 in-process, never committed) as a source file. ")
            .Append("**Rebuild**: `dotnet build --no-restore -t:Rebuild -p:BuildProjectReferences=false -nodeReuse:false -clp:PerformanceSummary` under `/usr/bin/time`, which compiles everything (for FregGen: the client assembly and the project). ")
            .Append("**After a one-line edit**: a comment line appended to the consumer's Lookups.cs, then the same command without `-t:Rebuild`, what a developer runs all day (FregGen's client assembly is up to date then; NSwag's client is part of the project and compiles again). ")
            .Append("**Cold**: `-p:UseSharedCompilation=false` (a new csc process, JIT included). **Warm**: a compiler server of the run's own (`-p:SharedCompilationId=…`), already warm. ")
            .Append("CPU is user + system time of the build's process tree, plus the compiler server's when warm (from /proc), so other work on the machine weighs less than in wall time. ")
            .Append("After one warm-up build of each, ").Append(results.Rounds.ToString(Invariant)).Append(" paired rounds per mode in alternating order. ")
            .Append("Load average before ").Append(results.LoadBefore).Append(", after ").Append(results.LoadAfter).Append(".\n\n");
        output.Append("| Build | Consumer | Builds | Median wall | Wall quartiles | Median CPU | CPU quartiles | Median Csc tasks |\n");
        output.Append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var (mode, kind) in ConsumerBuildBenchmark.Cases)
        {
            foreach (var consumer in new[] { ConsumerBuildBenchmark.FregGen, ConsumerBuildBenchmark.NSwag })
            {
                var builds = results.Builds.Where(b => b.Mode == mode && b.Kind == kind && b.Consumer == consumer).ToList();
                var wall = Quartiles.Of(builds.Select(b => b.Wall.TotalSeconds));
                var cpu = Quartiles.Of(builds.Select(b => b.Cpu.TotalSeconds));
                var csc = Quartiles.Of(builds.Where(b => b.Compiler is not null).Select(b => b.Compiler!.Value.TotalSeconds));
                output.Append("| ").Append(Name(mode, kind)).Append(" | ").Append(consumer).Append(" | ").Append(builds.Count.ToString(Invariant))
                    .Append(" | ").Append(Seconds(wall.Median)).Append(" | ").Append(Seconds(wall.Lower)).Append(" – ").Append(Seconds(wall.Upper))
                    .Append(" | ").Append(Seconds(cpu.Median)).Append(" | ").Append(Seconds(cpu.Lower)).Append(" – ").Append(Seconds(cpu.Upper))
                    .Append(" | ").Append(csc.Count == 0 ? "?" : Seconds(csc.Median)).Append(" |\n");
            }
        }

        output.Append('\n');
        foreach (var (mode, kind) in ConsumerBuildBenchmark.Cases)
        {
            var wall = Paired(results, mode, kind, b => b.Wall.TotalSeconds);
            var cpu = Paired(results, mode, kind, b => b.Cpu.TotalSeconds);
            output.Append("- FregGen / NSwag, ").Append(Name(mode, kind)).Append(", paired rounds: wall ").Append(ReportFormat.Ratio(wall.Median))
                .Append(" (quartiles ").Append(ReportFormat.Ratio(wall.Lower)).Append(" – ").Append(ReportFormat.Ratio(wall.Upper)).Append("), CPU ")
                .Append(ReportFormat.Ratio(cpu.Median)).Append(" (quartiles ").Append(ReportFormat.Ratio(cpu.Lower)).Append(" – ").Append(ReportFormat.Ratio(cpu.Upper))
                .Append("); target ≤ ").Append(ReportFormat.Ratio(Target)).Append(": **").Append(Verdict(wall.Median, cpu.Median)).Append("**\n");
        }

        output.Append(MarkedSection.End(BenchmarkReport.ConsumerBuildReportName)).Append('\n');
        return output.ToString();
    }

    private static string Seconds(double seconds) => seconds.ToString("0.00", Invariant) + " s";
}
