using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FregGen.Benchmarks.Infrastructure;
using PackageAnalyzers = FregGen.Benchmarks.ConsumerBuild.ConsumerBuildProjects;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>
/// 3. The consumer's full compile (`dotnet build --no-restore -t:Rebuild`) with FregGen's analyzers on (default) and off
/// (as the <see cref="AnalyzerScenario"/> says), interleaved in alternating order after warm-up builds, so the compiler
/// server is warm and drift from other load on the machine hits both modes alike.
/// </summary>
public sealed record AnalyzerOverhead(
    AnalyzerScenario Scenario,
    int FileCount,
    int BuildsPerMode,
    IReadOnlyList<ConsumerBuild> Builds,
    bool UsageReportChecked,
    string SetupBuildSeconds,
    string Command,
    bool WarmCompilerServer = true)
{
    public IReadOnlyList<ConsumerBuild> On => Builds.Where(b => b.AnalyzersOn).ToList();

    public IReadOnlyList<ConsumerBuild> Off => Builds.Where(b => !b.AnalyzersOn).ToList();

    /// <param name="keepConsumer">Leaves the consumer's folder in place afterwards (for a closer look, e.g. `-p:ReportAnalyzer=true`).</param>
    /// <param name="warm">
    /// Every build goes to a compiler server of this run's own, warmed by the first build, as `dotnet build` does by
    /// default; otherwise every build starts a new compiler process (JIT and the analyzers' first catalogue read included).
    /// </param>
    public static AnalyzerOverhead Measure(SuiteMode mode, AnalyzerScenario scenario, Action<string> log, bool keepConsumer = false, bool warm = true)
    {
        PackageAnalyzers.BuildPackageAnalyzers(message => log(scenario.Name + ": " + message));
        using var consumer = ConsumerProject.Create(mode.ConsumerFileCount, scenario, keepConsumer);
        using var server = new CompilerServer();
        log(scenario.Name + ": consumer with " + consumer.FileCount + " files in " + consumer.Directory + (warm ? ", compiler server " + server.Id : ", no compiler server"));

        // Restores, and warms the compiler server with the generator and analyzers loaded.
        var setup = Dotnet(consumer, ["build", consumer.ProjectFile, "-c", "Release", "-nodeReuse:false", .. server.BuildSwitches(warm)]).EnsureSuccess("The consumer's first build");
        log("Setup build: " + setup.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");

        var warmUps = mode.IsQuick ? 0 : 1;
        for (var i = 0; i < warmUps; i++)
        {
            TimedBuild(consumer, scenario, server, warm, analyzersOn: false, round: -1);
            TimedBuild(consumer, scenario, server, warm, analyzersOn: true, round: -1);
        }

        var builds = new List<ConsumerBuild>();
        for (var round = 0; round < mode.AnalyzerBuildsPerMode; round++)
        {
            var order = round % 2 == 0 ? new[] { false, true } : new[] { true, false };
            foreach (var analyzersOn in order)
            {
                var build = TimedBuild(consumer, scenario, server, warm, analyzersOn, round);
                builds.Add(build);
                log(scenario.Name + ", round " + (round + 1) + ", analyzers " + (analyzersOn ? "on " : "off") + ": " + Seconds(build.Wall) + " s wall, Csc " + (build.Compiler is { } csc ? Seconds(csc) + " s" : "?"));
            }
        }

        return new AnalyzerOverhead(scenario, consumer.FileCount, mode.AnalyzerBuildsPerMode, builds, UsageReportChecked: true, Seconds(setup.Elapsed), string.Join(" ", BuildArguments("BenchConsumer.csproj", scenario, new[] { "-p:UseSharedCompilation=" + (warm ? "true" : "false") }, analyzersOn: true)), warm);
    }

    private static ConsumerBuild TimedBuild(ConsumerProject consumer, AnalyzerScenario scenario, CompilerServer server, bool warm, bool analyzersOn, int round)
    {
        if (File.Exists(consumer.UsageReport))
        {
            File.Delete(consumer.UsageReport);
        }

        var result = Dotnet(consumer, BuildArguments(consumer.ProjectFile, scenario, server.BuildSwitches(warm), analyzersOn)).EnsureSuccess("Consumer rebuild (analyzers " + (analyzersOn ? "on" : "off") + ")");
        if (warm)
        {
            server.EnsureUsedBy(result, "the analyzer benchmark's consumer");
        }

        var fregGenAnalyzersRan = analyzersOn && !scenario.EmptyAnalyzer;
        if (fregGenAnalyzersRan != File.Exists(consumer.UsageReport))
        {
            throw new InvalidOperationException(fregGenAnalyzersRan
                ? "The build with FregGen's analyzers on wrote no freg-usage.txt: they did not run."
                : "A build without FregGen's analyzers wrote freg-usage.txt: they still ran.");
        }

        return ConsumerBuild.FromOutput(analyzersOn, round, result.Elapsed, result.Output);
    }

    /// <summary>A full compile of the consumer only: Rebuild without building (or cleaning) the referenced generator and analyzer projects.</summary>
    private static string[] BuildArguments(string projectFile, AnalyzerScenario scenario, IEnumerable<string> compilerSwitches, bool analyzersOn)
    {
        var arguments = new List<string> { "build", projectFile, "-c", "Release", "--no-restore", "-t:Rebuild", "-p:BuildProjectReferences=false", "-nodeReuse:false", "-clp:PerformanceSummary" };
        arguments.AddRange(compilerSwitches);
        if (!analyzersOn)
        {
            arguments.Add(scenario.OffArgument);
        }

        return arguments.ToArray();
    }

    private static ProcessResult Dotnet(ConsumerProject consumer, params string[] arguments)
        => ProcessRunner.Run("dotnet", arguments, consumer.Directory, timeout: TimeSpan.FromMinutes(10));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
}
