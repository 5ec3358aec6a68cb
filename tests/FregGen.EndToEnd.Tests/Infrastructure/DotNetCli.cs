using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace FregGen.EndToEnd.Tests.Infrastructure;

[AttributeUsage(AttributeTargets.Assembly)]
public sealed class RepositoryAttribute : Attribute
{
    public RepositoryAttribute(string root, string publishedSpec, string olderSpec)
    {
        Root = root;
        PublishedSpec = publishedSpec;
        OlderSpec = olderSpec;
    }

    public string Root { get; }

    /// <summary>The newest published OMH spec in ../shared (1.6.2), read by tests; never copied into the repository.</summary>
    public string PublishedSpec { get; }

    /// <summary>The previous published OMH spec in ../shared (1.5).</summary>
    public string OlderSpec { get; }
}

public sealed record CliResult(int ExitCode, string Output)
{
    public void AssertSuccess(string what)
        => Assert.True(ExitCode == 0, what + " failed with exit code " + ExitCode + ":\n" + Tail(Output));

    private static string Tail(string text) => text.Length <= 12000 ? text : "…" + text.Substring(text.Length - 12000);
}

/// <summary>Runs the dotnet CLI in a clean environment (no MSBuild state inherited from the test host).</summary>
public static class DotNetCli
{
    public static string RepositoryRoot { get; } = typeof(DotNetCli).Assembly.GetCustomAttribute<RepositoryAttribute>()!.Root;

    public static CliResult Run(string workingDirectory, string arguments, string? packagesDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(IsMSBuildState).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (packagesDirectory is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesDirectory;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(5)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            return new CliResult(-1, output + "\n(timed out)");
        }

        process.WaitForExit();
        lock (output)
        {
            return new CliResult(process.ExitCode, output.ToString());
        }
    }

    private static bool IsMSBuildState(string key)
        => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("MSBuild", StringComparison.Ordinal)
            || key is "DOTNET_HOST_PATH" or "VSTEST_HOST_DEBUG" or "TESTINGPLATFORM_DOTNET_HOST_PATH";
}
