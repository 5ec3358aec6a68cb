using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Benchmarks.Peers;

namespace FregGen.Benchmarks.ConsumerBuild;

/// <summary>Cold: every csc is a new process (UseSharedCompilation=false). Warm: a compiler server of this run's own, started beforehand.</summary>
public enum CompilerMode
{
    Cold,
    Warm,
}

/// <summary>Rebuild: everything the consumer compiles (<c>-t:Rebuild</c>). Edit: one line of the consumer's own code changed, then <c>dotnet build</c>, what a developer does all day.</summary>
public enum BuildKind
{
    Rebuild,
    Edit,
}

/// <summary>One timed build: wall time of `dotnet build`, CPU time (the build's process tree, plus the compiler server's share when warm), the Csc tasks.</summary>
public sealed record TimedConsumerBuild(CompilerMode Mode, BuildKind Kind, string Consumer, int Round, TimeSpan Wall, TimeSpan Cpu, TimeSpan? Compiler);

public sealed record ConsumerBuildResults(DateTime Started, TimeSpan Duration, int Rounds, IReadOnlyList<TimedConsumerBuild> Builds, int NSwagLines, string LoadBefore, string LoadAfter);

/// <summary>
/// Build cost of a small consumer (<c>-- --consumer-build</c>): FregGen against NSwag's pre-generated whole-spec client
/// (see <see cref="ConsumerBuildProjects"/>). Both are restored and built once; then each mode runs one warm-up build of
/// each consumer and <c>rounds</c> paired rounds in alternating order (FregGen first in odd rounds, NSwag first in even).
/// Every build is <c>dotnet build --no-restore -t:Rebuild -p:BuildProjectReferences=false -nodeReuse:false</c>, so it
/// compiles the consumer and nothing of the repository.
/// </summary>
public static class ConsumerBuildBenchmark
{
    public const string FregGen = "FregGen";

    public const string NSwag = "NSwag";

    private static readonly Regex CscTask = new(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls?", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex CpuLine = new(@"^FREGBENCH-CPU (?<user>[\d.]+) (?<system>[\d.]+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static async Task<ConsumerBuildResults> RunAsync(int rounds, Action<string> log)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        log("NSwag: generating the whole-spec client from " + BenchmarkPaths.Relative(BenchmarkPaths.PublishedSpec) + ".");
        var nswag = (await NSwagGeneration.ParseAndGenerateAsync(await File.ReadAllTextAsync(BenchmarkPaths.PublishedSpec))).Replace(NSwagGeneration.Namespace, "NSwagConsumer.Freg", StringComparison.Ordinal);
        using var projects = ConsumerBuildProjects.Create(nswag);
        using var server = new CompilerServer();
        var consumers = new Dictionary<string, string> { [FregGen] = projects.FregGenProject, [NSwag] = projects.NSwagProject };
        ConsumerBuildProjects.BuildPackageAnalyzers(message => log("Consumer build: " + message));

        foreach (var (name, project) in consumers)
        {
            log("Consumer build: restoring and building " + name + " once (" + project + ").");
            ProcessRunner.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v:q", .. server.BuildSwitches(warm: true)], Path.GetDirectoryName(project)!)
                .EnsureSuccess("Building the " + name + " consumer");
        }

        var builds = new List<TimedConsumerBuild>();
        var edits = 0;
        foreach (var (mode, kind) in Cases)
        {
            for (var round = 0; round <= rounds; round++)
            {
                var order = round % 2 == 1 ? new[] { FregGen, NSwag } : new[] { NSwag, FregGen };
                foreach (var name in order)
                {
                    if (kind == BuildKind.Edit)
                    {
                        File.AppendAllText(Path.Combine(Path.GetDirectoryName(consumers[name])!, "Lookups.cs"), "// edit " + (++edits).ToString(CultureInfo.InvariantCulture) + "\n");
                    }

                    var build = Build(mode, kind, name, consumers[name], round, server);
                    if (name == FregGen && !File.Exists(projects.UsageReport))
                    {
                        throw new InvalidOperationException("The FregGen consumer's build did not write " + projects.UsageReport + ": the usage report must be part of what is measured.");
                    }

                    if (round > 0)
                    {
                        builds.Add(build);
                    }
                }

                if (round > 0)
                {
                    log("Consumer build, " + mode.ToString().ToLowerInvariant() + " " + kind.ToString().ToLowerInvariant() + " round " + round + "/" + rounds + ": "
                        + string.Join(", ", builds.Where(b => b.Mode == mode && b.Kind == kind && b.Round == round).Select(b => b.Consumer + " " + Seconds(b.Wall) + " (CPU " + Seconds(b.Cpu) + ")")));
                }
            }
        }

        return new ConsumerBuildResults(started, clock.Elapsed, rounds, builds, nswag.Split('\n').Length, loadBefore, MachineInfo.LoadAverage());
    }

    /// <summary>The measured cases, in the order they run.</summary>
    public static IReadOnlyList<(CompilerMode Mode, BuildKind Kind)> Cases { get; } = new[]
    {
        (CompilerMode.Cold, BuildKind.Rebuild),
        (CompilerMode.Warm, BuildKind.Rebuild),
        (CompilerMode.Cold, BuildKind.Edit),
        (CompilerMode.Warm, BuildKind.Edit),
    };

    private static TimedConsumerBuild Build(CompilerMode mode, BuildKind kind, string name, string project, int round, CompilerServer server)
    {
        var arguments = new List<string>
        {
            "-f", "FREGBENCH-CPU %U %S", "dotnet", "build", project, "-c", "Release", "--no-restore", "-p:BuildProjectReferences=false",
            "-nodeReuse:false", "-nologo", "-clp:PerformanceSummary",
        };
        if (kind == BuildKind.Rebuild)
        {
            arguments.Add("-t:Rebuild");
        }

        arguments.AddRange(server.BuildSwitches(warm: mode == CompilerMode.Warm));

        var serverBefore = mode == CompilerMode.Warm ? server.Cpu() : TimeSpan.Zero;
        var result = ProcessRunner.Run("/usr/bin/time", arguments, Path.GetDirectoryName(project)!).EnsureSuccess("Building the " + name + " consumer");
        var serverAfter = mode == CompilerMode.Warm ? server.Cpu() : TimeSpan.Zero;
        if (mode == CompilerMode.Warm)
        {
            server.EnsureUsedBy(result, "the " + name + " consumer");
        }
        var cpu = CpuLine.Match(result.Output);
        var csc = CscTask.Match(result.Output);
        var treeCpu = cpu.Success
            ? TimeSpan.FromSeconds(double.Parse(cpu.Groups["user"].Value, CultureInfo.InvariantCulture) + double.Parse(cpu.Groups["system"].Value, CultureInfo.InvariantCulture))
            : throw new InvalidOperationException("/usr/bin/time printed no CPU line:\n" + result.Output);
        return new TimedConsumerBuild(
            mode,
            kind,
            name,
            round,
            result.Elapsed,
            treeCpu + (serverAfter - serverBefore),
            csc.Success ? TimeSpan.FromMilliseconds(double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture)) : null);
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
