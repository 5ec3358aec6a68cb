using System.Linq;
using System.Text;
using FregGen.Benchmarks.Analyzers;

namespace FregGen.Benchmarks.Reporting;

/// <summary>Section 3 of the report: the consumer's build with FregGen's analyzers on and off.</summary>
public static class AnalyzerSection
{
    public static void Write(StringBuilder output, SuiteResults results)
    {
        var measurement = results.Analyzers;
        var statistics = AnalyzerStatistics.Of(measurement);
        output.Append("## 3. Analyzers\n\n");
        output.Append("A consumer with ").Append(measurement.FileCount).Append(" source files (lookups with parts and many field reads, bulk lookups with loops, feed loops; rights package `")
            .Append(ConsumerProject.RightsPackage).Append("`) in a temporary folder, referencing `generator/FregGen.Generator.csproj` and `analyzers/FregGen.Analyzers/FregGen.Analyzers.csproj` as Analyzer ProjectReferences with absolute paths and importing `generator/build/FregGen.props`/`.targets` as the package does. ")
            .Append("The SDK's own .NET analyzers are off, so \"on\" means FregGen's analyzers. A first build restores and builds the generator and analyzers and warms the compiler server (")
            .Append(measurement.SetupBuildSeconds).Append(" s); then each mode is built ").Append(measurement.BuildsPerMode).Append(" time(s), interleaved in alternating order, with\n\n");
        output.Append("`dotnet ").Append(measurement.Command).Append("` (and `-p:RunAnalyzers=false` for \"off\", which skips analyzers but still runs the generator).\n\n");
        output.Append("The usage report `freg-usage.txt` (written from FREG107) was checked after every \"on\" build and absent after every \"off\" build: ").Append(measurement.UsageReportChecked ? "yes" : "no").Append(". Wall time is the `dotnet build` process; compiler time is MSBuild's `Csc` task from `-clp:PerformanceSummary`.\n\n");

        var summary = new MarkdownTable("Analyzers", "Builds", "Median wall", "Min wall", "Max wall", "Median compiler (Csc)", "Min Csc", "Max Csc");
        summary.Row("off", statistics.OffWall.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportFormat.Time(statistics.OffWall.Median), ReportFormat.Time(statistics.OffWall.Min), ReportFormat.Time(statistics.OffWall.Max), ReportFormat.Time(statistics.OffCompiler.Median), ReportFormat.Time(statistics.OffCompiler.Min), ReportFormat.Time(statistics.OffCompiler.Max));
        summary.Row("on", statistics.OnWall.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportFormat.Time(statistics.OnWall.Median), ReportFormat.Time(statistics.OnWall.Min), ReportFormat.Time(statistics.OnWall.Max), ReportFormat.Time(statistics.OnCompiler.Median), ReportFormat.Time(statistics.OnCompiler.Min), ReportFormat.Time(statistics.OnCompiler.Max));
        summary.WriteTo(output);

        output.Append("Overhead of the analyzers: ").Append(ReportFormat.Percent(statistics.WallOverhead)).Append(" of the median wall time (ratio ")
            .Append(ReportFormat.Ratio(statistics.OnWall.Median / statistics.OffWall.Median)).Append("), ")
            .Append(ReportFormat.Percent(statistics.CompilerOverhead)).Append(" of the median compiler time, ")
            .Append(ReportFormat.Percent(statistics.PairedWallOverhead)).Append(" as the median of the rounds' paired differences.\n\n");

        var rounds = new MarkdownTable("Round", "Analyzers", "Wall", "Compiler (Csc)", "Warnings") { TextColumns = 2 };
        foreach (var build in measurement.Builds)
        {
            rounds.Row(
                (build.Round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                build.AnalyzersOn ? "on" : "off",
                ReportFormat.Time(build.Wall),
                build.Compiler is { } compiler ? ReportFormat.Time(compiler) : "n/a",
                build.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        rounds.WriteTo(output);
        if (measurement.Builds.Any(build => build.Warnings > 0))
        {
            output.Append("Warnings are the analyzers' own findings on the generated consumer code (e.g. FREG104/FREG105), not build problems.\n\n");
        }
    }
}
