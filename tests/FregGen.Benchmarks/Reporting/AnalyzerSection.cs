using System.Globalization;
using System.Linq;
using System.Text;
using FregGen.Benchmarks.Analyzers;

namespace FregGen.Benchmarks.Reporting;

/// <summary>Section 3 of the report: the consumer's build with FregGen's analyzers on and off, alone and in a default project.</summary>
public static class AnalyzerSection
{
    public static void Write(StringBuilder output, SuiteResults results)
        => Write(output, results.Analyzers, results.EmptyAnalyzer, results.AnalyzersInDefaultProject);

    public static void Write(StringBuilder output, AnalyzerOverhead analyzers, AnalyzerOverhead emptyAnalyzer, AnalyzerOverhead analyzersInDefaultProject)
    {
        output.Append("## 3. Analyzers\n\n");
        output.Append("A consumer with ").Append(analyzers.FileCount).Append(" source files (lookups with parts and many field reads, bulk lookups with loops, feed loops; rights package `")
            .Append(ConsumerProject.RightsPackage).Append("`) in a temporary folder, with FregGen's generator and analyzers as the package delivers them (the DLLs under `analyzers/dotnet/cs`, built from the working tree, as `Analyzer` items) and `generator/build/FregGen.props`/`.targets` imported as the package does. ")
            .Append("It is measured three times: (a) with FregGen's analyzers as the only ones, the worst case; (b) the same with an analyzer that does nothing in their place, the floor any analyzer of this kind pays; (c) as a default SDK project, where the .NET analyzers run anyway. ")
            .Append("Wall time is the `dotnet build` process; compiler time is MSBuild's `Csc` task from `-clp:PerformanceSummary`. ")
            .Append("The usage report `freg-usage.txt` (written from FREG107) is checked after every build: present with FregGen's analyzers on, absent otherwise.\n\n");
        Write(output, "3a", analyzers);
        Write(output, "3b", emptyAnalyzer);
        var fregGen = AnalyzerStatistics.Of(analyzers);
        var empty = AnalyzerStatistics.Of(emptyAnalyzer);
        output.Append("FregGen's analyzers against the analyzer that does nothing, as medians of the paired rounds: ").Append(ReportFormat.Percent(fregGen.PairedWallOverhead)).Append(" against ").Append(ReportFormat.Percent(empty.PairedWallOverhead))
            .Append(" of the wall time; by the medians of each mode ").Append(ReportFormat.Percent(fregGen.WallOverhead)).Append(" against ").Append(ReportFormat.Percent(empty.WallOverhead))
            .Append(", and ").Append(ReportFormat.Percent(fregGen.CompilerOverhead)).Append(" against ").Append(ReportFormat.Percent(empty.CompilerOverhead))
            .Append(" of the compiler time. The empty analyzer's overhead is what the compiler charges for running any analyzer that reads operations (the analyzer driver, operation trees); the difference is FregGen's own work.\n\n");
        Write(output, "3c", analyzersInDefaultProject);
    }

    private static void Write(StringBuilder output, string number, AnalyzerOverhead measurement)
    {
        var scenario = measurement.Scenario;
        var statistics = AnalyzerStatistics.Of(measurement);
        output.Append("### ").Append(number).Append(". ").Append(scenario.Name).Append("\n\n");
        output.Append("SDK analyzers: ").Append(scenario.Description).Append(". A first build restores")
            .Append(measurement.WarmCompilerServer
                ? " and warms a compiler server of the run's own (every timed build must use it, `-p:SharedCompilationId=…`; the machine's environment sets `UseSharedCompilation=false`, so it is switched on explicitly) ("
                : "; no compiler server: every build starts a new compiler process, so the analyzers are loaded and JIT-compiled each time (")
            .Append(measurement.SetupBuildSeconds).Append(" s); then each mode is built ").Append(measurement.BuildsPerMode).Append(" time(s), interleaved in alternating order, with\n\n");
        output.Append("`dotnet ").Append(measurement.Command).Append("` (and `").Append(scenario.OffArgument).Append("` for \"off\", which ").Append(scenario.OffDescription).Append(").\n\n");

        var summary = new MarkdownTable(scenario.EmptyAnalyzer ? "Empty analyzer" : "FregGen's analyzers", "Builds", "Median wall", "Min wall", "Max wall", "Median compiler (Csc)", "Min Csc", "Max Csc");
        summary.Row(["off", .. Cells(statistics.OffWall, statistics.OffCompiler)]);
        summary.Row(["on", .. Cells(statistics.OnWall, statistics.OnCompiler)]);
        summary.WriteTo(output);

        output.Append(scenario.EmptyAnalyzer ? "Overhead of the empty analyzer: " : "Overhead of FregGen's analyzers: ").Append(ReportFormat.Percent(statistics.WallOverhead)).Append(" of the median wall time (ratio ")
            .Append(ReportFormat.Ratio(statistics.OnWall.Median / statistics.OffWall.Median)).Append("), ")
            .Append(ReportFormat.Percent(statistics.CompilerOverhead)).Append(" of the median compiler time, ")
            .Append(ReportFormat.Percent(statistics.PairedWallOverhead)).Append(" as the median of the rounds' paired differences (which range from ")
            .Append(ReportFormat.Percent(statistics.PairedMin)).Append(" to ").Append(ReportFormat.Percent(statistics.PairedMax)).Append(", interquartile ")
            .Append(ReportFormat.Percent(statistics.PairedLowerQuartile)).Append(" to ").Append(ReportFormat.Percent(statistics.PairedUpperQuartile)).Append(").\n\n");

        var rounds = new MarkdownTable("Round", scenario.EmptyAnalyzer ? "Empty analyzer" : "FregGen's analyzers", "Wall", "Compiler (Csc)", "Warnings") { TextColumns = 2 };
        foreach (var build in measurement.Builds)
        {
            rounds.Row(
                (build.Round + 1).ToString(CultureInfo.InvariantCulture),
                build.AnalyzersOn ? "on" : "off",
                ReportFormat.Time(build.Wall),
                build.Compiler is { } compiler ? ReportFormat.Time(compiler) : "n/a",
                build.Warnings.ToString(CultureInfo.InvariantCulture));
        }

        rounds.WriteTo(output);
        if (measurement.Builds.Any(build => build.Warnings > 0))
        {
            output.Append("Warnings are the analyzers' own findings on the generated consumer code (e.g. FREG104/FREG105, and CA rules in 3c), not build problems.\n\n");
        }
    }

    private static string[] Cells(BuildTimes wall, BuildTimes compiler) => new[]
    {
        wall.Count.ToString(CultureInfo.InvariantCulture),
        ReportFormat.Time(wall.Median),
        ReportFormat.Time(wall.Min),
        ReportFormat.Time(wall.Max),
        ReportFormat.Time(compiler.Median),
        ReportFormat.Time(compiler.Min),
        ReportFormat.Time(compiler.Max),
    };
}
