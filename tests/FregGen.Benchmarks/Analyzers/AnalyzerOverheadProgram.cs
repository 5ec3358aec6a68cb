using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Benchmarks.Reporting;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>
/// <c>-- --analyzers [--rounds N] [--cold] [--keep]</c>: runs only section 3 (the analyzer overhead, all three scenarios),
/// writes it to artifacts/benchmarks/analyzer-report.md and into its own marked section of docs/benchmarks.md (one per
/// compiler mode), which the next full run replaces with its section 3.
/// </summary>
public static class AnalyzerOverheadProgram
{
    public const string Usage = "  --analyzers [--rounds N] [--cold] [--keep]  only section 3 (analyzer overhead), N builds per mode (default 8), with a warm compiler server of its own (--cold: none); writes artifacts/benchmarks/analyzer-report.md and its own section of docs/benchmarks.md; --keep leaves the consumer folders in place";

    public static string SectionName(bool warm) => warm ? "analyzer-benchmark-warm" : "analyzer-benchmark-cold";

    public static string ReportFile { get; } = Path.Combine(BenchmarkPaths.ArtifactsDirectory, "analyzer-report.md");

    public static int Run(string[] args)
    {
        var value = args.SkipWhile(arg => arg != "--rounds").Skip(1).FirstOrDefault();
        if (!int.TryParse(value ?? "8", NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) || rounds < 1)
        {
            Console.Error.WriteLine("--rounds takes a whole number of at least 1.");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var keep = args.Contains("--keep");
        var warm = !args.Contains("--cold");
        var mode = SuiteMode.Full with { Name = "analyzers only", AnalyzerBuildsPerMode = rounds };
        var started = DateTimeOffset.Now;
        var fregGen = AnalyzerOverhead.Measure(mode, AnalyzerScenario.FregGenAlone, BenchmarkSuite.Log, keep, warm);
        var empty = AnalyzerOverhead.Measure(mode, AnalyzerScenario.EmptyAnalyzerAlone, BenchmarkSuite.Log, keep, warm);
        var inDefaultProject = AnalyzerOverhead.Measure(mode, AnalyzerScenario.DefaultProject, BenchmarkSuite.Log, keep, warm);

        var output = new StringBuilder();
        output.Append(MarkedSection.Start(SectionName(warm))).Append('\n')
            .Append("## Analyzer overhead re-measured on its own, ").Append(warm ? "warm compiler server" : "no compiler server").Append(" (`--analyzers").Append(warm ? string.Empty : " --cold").Append("`)\n\n")
            .Append("Section 3 alone, run ").Append(started.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))
            .Append(", ").Append(rounds.ToString(CultureInfo.InvariantCulture)).Append(" builds per mode, ").Append(warm ? "warm compiler server" : "no compiler server (cold)").Append(", load average at the end: ").Append(MachineInfo.LoadAverage()).Append(".\n\n");
        var section = new StringBuilder();
        AnalyzerSection.Write(section, fregGen, empty, inDefaultProject);
        output.Append(section.ToString().Replace("## 3. Analyzers\n\n", string.Empty, StringComparison.Ordinal).Replace("### 3", "### " + (warm ? "W" : "C") + "3", StringComparison.Ordinal))
            .Append(MarkedSection.End(SectionName(warm))).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(ReportFile)!);
        File.WriteAllText(ReportFile, output.ToString());
        MarkedSection.Write(SectionName(warm), output.ToString());
        BenchmarkSuite.Log("Wrote " + BenchmarkPaths.Relative(ReportFile) + " and its section of " + BenchmarkPaths.Relative(BenchmarkPaths.ReportFile) + ".");
        foreach (var (name, measurement) in new[] { ("3a", fregGen), ("3b", empty), ("3c", inDefaultProject) })
        {
            var statistics = AnalyzerStatistics.Of(measurement);
            BenchmarkSuite.Log(name + " " + measurement.Scenario.Name + ": " + ReportFormat.Percent(statistics.PairedWallOverhead) + " paired wall overhead (interquartile "
                + ReportFormat.Percent(statistics.PairedLowerQuartile) + " to " + ReportFormat.Percent(statistics.PairedUpperQuartile) + "), compiler " + ReportFormat.Percent(statistics.CompilerOverhead));
        }

        return 0;
    }
}
