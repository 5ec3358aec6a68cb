using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>
/// A compiler server (VBCSCompiler) of one benchmark run's own, told apart from everyone else's by its pipe name
/// (<c>-p:SharedCompilationId=…</c>), so a run never shares, measures or stops another build's server.
/// </summary>
public sealed class CompilerServer : IDisposable
{
    public CompilerServer()
    {
        Id = "freggen-bench-" + Guid.NewGuid().ToString("N").Substring(0, 12);
    }

    public string Id { get; }

    /// <summary>
    /// The MSBuild switches of a build that uses this server (warm) or none (cold). Explicit in both modes: an
    /// environment variable UseSharedCompilation=false (set on some CI machines, and on this team's) would otherwise
    /// turn a warm build into a cold one without a word.
    /// </summary>
    public string[] BuildSwitches(bool warm) => new[] { "-p:SharedCompilationId=" + Id, "-p:UseSharedCompilation=" + (warm ? "true" : "false") };

    public bool IsRunning => Processes().Any();

    /// <summary>Fails when a warm build's output says it compiled without this server.</summary>
    public void EnsureUsedBy(ProcessResult build, string what)
    {
        if (build.Output.Contains("using command line tool", StringComparison.Ordinal) || !IsRunning)
        {
            throw new InvalidOperationException("A warm build of " + what + " did not use the compiler server " + Id + ":\n" + build.Output);
        }
    }

    /// <summary>User + system time of the server so far, from /proc; zero when it is not running.</summary>
    public TimeSpan Cpu()
    {
        foreach (var pid in Processes())
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

    /// <summary>Ends this server (found by its pipe name, so no one else's server is touched).</summary>
    public void Dispose()
    {
        foreach (var pid in Processes().ToList())
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

    private IEnumerable<int> Processes()
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

            if (commandLine.Contains("VBCSCompiler", StringComparison.Ordinal) && commandLine.Contains(Id, StringComparison.Ordinal))
            {
                yield return pid;
            }
        }
    }
}
