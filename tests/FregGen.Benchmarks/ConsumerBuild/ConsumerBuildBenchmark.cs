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

/// <summary>One timed build: wall time of `dotnet build`, CPU time (the build's process tree, plus the compiler server's share when warm), the Csc task.</summary>
public sealed record TimedConsumerBuild(CompilerMode Mode, string Consumer, int Round, TimeSpan Wall, TimeSpan Cpu, TimeSpan? Compiler);

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

    private static readonly Regex CscTask = new(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex CpuLine = new(@"^FREGBENCH-CPU (?<user>[\d.]+) (?<system>[\d.]+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static async Task<ConsumerBuildResults> RunAsync(int rounds, Action<string> log)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        log("NSwag: generating the whole-spec client from " + BenchmarkPaths.Relative(BenchmarkPaths.PublishedSpec) + ".");
        var nswag = (await NSwagGeneration.ParseAndGenerateAsync(await File.ReadAllTextAsync(BenchmarkPaths.PublishedSpec))).Replace(NSwagGeneration.Namespace, "NSwagConsumer.Freg", StringComparison.Ordinal);
        using var projects = ConsumerBuildProjects.Create(nswag);
        var serverId = "freggen-bench-" + Guid.NewGuid().ToString("N").Substring(0, 12);
        var consumers = new Dictionary<string, string> { [FregGen] = projects.FregGenProject, [NSwag] = projects.NSwagProject };
        try
        {
            foreach (var component in new[] { BenchmarkPaths.AnalyzersProject, Path.Combine(BenchmarkPaths.RepositoryRoot, "analyzers", "FregGen.CodeFixes", "FregGen.CodeFixes.csproj"), BenchmarkPaths.GeneratorProject })
            {
                log("Consumer build: building " + BenchmarkPaths.Relative(component) + " (Release), whose DLL the package ships.");
                ProcessRunner.Run("dotnet", new[] { "build", component, "-c", "Release", "-nologo", "-v:q" }, BenchmarkPaths.RepositoryRoot).EnsureSuccess("Building " + component);
            }

            foreach (var missing in ConsumerBuildProjects.PackageAnalyzers.Where(dll => !File.Exists(dll)))
            {
                throw new InvalidOperationException("The package's analyzer DLL " + missing + " is missing.");
            }

            foreach (var (name, project) in consumers)
            {
                log("Consumer build: restoring and building " + name + " once (" + project + ").");
                ProcessRunner.Run("dotnet", new[] { "build", project, "-c", "Release", "-nologo", "-v:q", "-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + serverId }, Path.GetDirectoryName(project)!)
                    .EnsureSuccess("Building the " + name + " consumer");
            }

            var builds = new List<TimedConsumerBuild>();
            foreach (var mode in new[] { CompilerMode.Cold, CompilerMode.Warm })
            {
                for (var round = 0; round <= rounds; round++)
                {
                    var order = round % 2 == 1 ? new[] { FregGen, NSwag } : new[] { NSwag, FregGen };
                    foreach (var name in order)
                    {
                        var build = Build(mode, name, consumers[name], round, serverId);
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
                        log("Consumer build, " + mode.ToString().ToLowerInvariant() + " round " + round + "/" + rounds + ": "
                            + string.Join(", ", builds.Where(b => b.Mode == mode && b.Round == round).Select(b => b.Consumer + " " + Seconds(b.Wall) + " (CPU " + Seconds(b.Cpu) + ")")));
                    }
                }
            }

            return new ConsumerBuildResults(started, clock.Elapsed, rounds, builds, nswag.Split('\n').Length, loadBefore, MachineInfo.LoadAverage());
        }
        finally
        {
            StopServer(serverId);
        }
    }

    private static TimedConsumerBuild Build(CompilerMode mode, string name, string project, int round, string serverId)
    {
        var arguments = new List<string>
        {
            "-f", "FREGBENCH-CPU %U %S", "dotnet", "build", project, "-c", "Release", "--no-restore", "-t:Rebuild", "-p:BuildProjectReferences=false",
            "-nodeReuse:false", "-nologo", "-clp:PerformanceSummary", "-p:SharedCompilationId=" + serverId,
        };
        // Explicit in both modes: an environment variable UseSharedCompilation=false (set on some CI machines, and on
        // this team's) would otherwise turn the warm mode into a cold one without a word.
        arguments.Add("-p:UseSharedCompilation=" + (mode == CompilerMode.Cold ? "false" : "true"));

        var serverBefore = mode == CompilerMode.Warm ? ServerCpu(serverId) : TimeSpan.Zero;
        var result = ProcessRunner.Run("/usr/bin/time", arguments, Path.GetDirectoryName(project)!).EnsureSuccess("Building the " + name + " consumer");
        var serverAfter = mode == CompilerMode.Warm ? ServerCpu(serverId) : TimeSpan.Zero;
        if (mode == CompilerMode.Warm && (result.Output.Contains("using command line tool", StringComparison.Ordinal) || !ServerProcesses(serverId).Any()))
        {
            throw new InvalidOperationException("A warm build of the " + name + " consumer did not use the compiler server " + serverId + ":\n" + result.Output);
        }
        var cpu = CpuLine.Match(result.Output);
        var csc = CscTask.Match(result.Output);
        var treeCpu = cpu.Success
            ? TimeSpan.FromSeconds(double.Parse(cpu.Groups["user"].Value, CultureInfo.InvariantCulture) + double.Parse(cpu.Groups["system"].Value, CultureInfo.InvariantCulture))
            : throw new InvalidOperationException("/usr/bin/time printed no CPU line:\n" + result.Output);
        return new TimedConsumerBuild(
            mode,
            name,
            round,
            result.Elapsed,
            treeCpu + (serverAfter - serverBefore),
            csc.Success ? TimeSpan.FromMilliseconds(double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture)) : null);
    }

    /// <summary>User + system time of this run's compiler server (VBCSCompiler with our pipe name), from /proc; zero when it is not running.</summary>
    private static TimeSpan ServerCpu(string serverId)
    {
        foreach (var pid in ServerProcesses(serverId))
        {
            try
            {
                var text = File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
                var fields = text.Substring(text.LastIndexOf(')') + 2).Split(' ');
                return TimeSpan.FromSeconds(Enumerable.Range(11, 4).Sum(index => long.Parse(fields[index], CultureInfo.InvariantCulture)) / 100.0);
            }
            catch (Exception exception) when (exception is IOException or FormatException or IndexOutOfRangeException)
            {
            }
        }

        return TimeSpan.Zero;
    }

    private static IEnumerable<int> ServerProcesses(string serverId)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (commandLine.Contains("VBCSCompiler", StringComparison.Ordinal) && commandLine.Contains(serverId, StringComparison.Ordinal))
            {
                yield return pid;
            }
        }
    }

    /// <summary>Ends this run's own compiler server (found by its pipe name, so no one else's server is touched).</summary>
    private static void StopServer(string serverId)
    {
        foreach (var pid in ServerProcesses(serverId).ToList())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
            }
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
