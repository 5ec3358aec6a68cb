using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>What the report says about the machine and the tools; read from /proc, the runtime and the loaded assemblies.</summary>
public sealed record MachineInfo(
    string Cpu,
    int LogicalCores,
    string Memory,
    string OperatingSystem,
    string Runtime,
    string Sdk,
    string BenchmarkDotNet,
    string Roslyn,
    string NSwag,
    string Commit)
{
    public static MachineInfo Read() => new(
        ProcFileValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        MemoryTotal(),
        (OsRelease() ?? RuntimeInformation.OSDescription) + ", kernel " + (FirstLine("/proc/sys/kernel/osrelease") ?? "?") + ", " + RuntimeInformation.OSArchitecture,
        RuntimeInformation.FrameworkDescription + " (" + RuntimeInformation.RuntimeIdentifier + ")",
        ToolOutput("dotnet", "--version"),
        InformationalVersion(typeof(BenchmarkRunner).Assembly),
        InformationalVersion(typeof(CSharpCompilation).Assembly),
        InformationalVersion(typeof(CSharpClientGenerator).Assembly),
        ToolOutput("git", "rev-parse", "--short", "HEAD"));

    /// <summary>The 1-, 5- and 15-minute load averages: on this 2-core machine, anything above ~1 means other work competed with the benchmark.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string? ProcFileValue(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }

    private static string MemoryTotal()
    {
        var value = ProcFileValue("/proc/meminfo", "MemTotal");
        if (value is null || !long.TryParse(value.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes))
        {
            return "n/a";
        }

        return (kilobytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " GiB";
    }

    private static string? FirstLine(string path) => File.Exists(path) ? File.ReadLines(path).FirstOrDefault()?.Trim() : null;

    private static string? OsRelease()
    {
        const string path = "/etc/os-release";
        return File.Exists(path)
            ? File.ReadLines(path).Where(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)).Select(line => line.Substring(12).Trim('"')).FirstOrDefault()
            : null;
    }

    private static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "?";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }

    private static string ToolOutput(string tool, params string[] arguments)
    {
        try
        {
            var result = ProcessRunner.Run(tool, arguments, BenchmarkPaths.RepositoryRoot, timeout: TimeSpan.FromMinutes(1));
            return result.ExitCode == 0 ? result.Output.Trim() : "n/a";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "n/a";
        }
    }
}
