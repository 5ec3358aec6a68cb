using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>
/// 3. The consumer's full compile (`dotnet build --no-restore -t:Rebuild`) with FregGen's analyzers on (default) and off
/// (-p:RunAnalyzers=false, which skips analyzers but still runs the generator), interleaved in alternating order after
/// warm-up builds, so the compiler server is warm and drift from other load on the machine hits both modes alike.
/// </summary>
public sealed record AnalyzerOverhead(
    int FileCount,
    int BuildsPerMode,
    IReadOnlyList<ConsumerBuild> Builds,
    bool UsageReportChecked,
    string SetupBuildSeconds,
    string Command)
{
    public IReadOnlyList<ConsumerBuild> On => Builds.Where(b => b.AnalyzersOn).ToList();

    public IReadOnlyList<ConsumerBuild> Off => Builds.Where(b => !b.AnalyzersOn).ToList();

    public static AnalyzerOverhead Measure(SuiteMode mode, Action<string> log)
    {
        using var consumer = ConsumerProject.Create(mode.ConsumerFileCount);
        log("Consumer with " + consumer.FileCount + " files in " + consumer.Directory);

        // Restores, builds the generator and analyzers (Release) if needed, and warms the compiler server with both loaded.
        var setup = Dotnet(consumer, "build", consumer.ProjectFile, "-c", "Release", "-nodeReuse:false").EnsureSuccess("The consumer's first build");
        log("Setup build: " + setup.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");

        var warmUps = mode.IsQuick ? 0 : 1;
        for (var i = 0; i < warmUps; i++)
        {
            TimedBuild(consumer, analyzersOn: false, round: -1);
            TimedBuild(consumer, analyzersOn: true, round: -1);
        }

        var builds = new List<ConsumerBuild>();
        for (var round = 0; round < mode.AnalyzerBuildsPerMode; round++)
        {
            var order = round % 2 == 0 ? new[] { false, true } : new[] { true, false };
            foreach (var analyzersOn in order)
            {
                var build = TimedBuild(consumer, analyzersOn, round);
                builds.Add(build);
                log("Round " + (round + 1) + ", analyzers " + (analyzersOn ? "on " : "off") + ": " + Seconds(build.Wall) + " s wall, Csc " + (build.Compiler is { } csc ? Seconds(csc) + " s" : "?"));
            }
        }

        return new AnalyzerOverhead(consumer.FileCount, mode.AnalyzerBuildsPerMode, builds, UsageReportChecked: true, Seconds(setup.Elapsed), string.Join(" ", BuildArguments("BenchConsumer.csproj", analyzersOn: true)));
    }

    private static ConsumerBuild TimedBuild(ConsumerProject consumer, bool analyzersOn, int round)
    {
        if (File.Exists(consumer.UsageReport))
        {
            File.Delete(consumer.UsageReport);
        }

        var result = Dotnet(consumer, BuildArguments(consumer.ProjectFile, analyzersOn)).EnsureSuccess("Consumer rebuild (analyzers " + (analyzersOn ? "on" : "off") + ")");
        if (analyzersOn != File.Exists(consumer.UsageReport))
        {
            throw new InvalidOperationException(analyzersOn
                ? "The build with analyzers on wrote no freg-usage.txt: FregGen's analyzers did not run."
                : "The build with analyzers off wrote freg-usage.txt: the analyzers still ran.");
        }

        return ConsumerBuild.FromOutput(analyzersOn, round, result.Elapsed, result.Output);
    }

    /// <summary>A full compile of the consumer only: Rebuild without building (or cleaning) the referenced generator and analyzer projects.</summary>
    private static string[] BuildArguments(string projectFile, bool analyzersOn)
    {
        var arguments = new List<string> { "build", projectFile, "-c", "Release", "--no-restore", "-t:Rebuild", "-p:BuildProjectReferences=false", "-nodeReuse:false", "-clp:PerformanceSummary" };
        if (!analyzersOn)
        {
            arguments.Add("-p:RunAnalyzers=false");
        }

        return arguments.ToArray();
    }

    private static ProcessResult Dotnet(ConsumerProject consumer, params string[] arguments)
        => ProcessRunner.Run("dotnet", arguments, consumer.Directory, timeout: TimeSpan.FromMinutes(10));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
}
