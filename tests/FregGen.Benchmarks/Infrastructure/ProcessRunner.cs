using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>The outcome of a child process: exit code, interleaved output and wall-clock time.</summary>
public sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    public ProcessResult EnsureSuccess(string what)
        => ExitCode == 0 ? this : throw new InvalidOperationException(what + " failed with exit code " + ExitCode + ":\n" + Tail(Output));

    private static string Tail(string text) => text.Length <= 6000 ? text : "…" + text.Substring(text.Length - 6000);
}

/// <summary>Runs a child process without the MSBuild state `dotnet run` leaves in the environment, so nested builds behave as from a shell.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(IsInheritedBuildState).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(10)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(-1, Read(output) + "\n(timed out)", stopwatch.Elapsed);
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, Read(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static bool IsInheritedBuildState(string key)
        => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
            || key is "DOTNET_HOST_PATH" or "DOTNET_LAUNCH_PROFILE" or "DOTNET_RUNNING_IN_CONTAINER_BUILD";
}
