using System;
using System.IO;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>
/// BenchmarkDotNet refuses an assembly whose path starts with the system temp folder ("is located in temp ... not
/// supported by design"): its ShadowCopyValidator takes it for a test runner's shadow copy. A clone under the temp
/// folder is not one. For such a clone the suite gives this process, and the builds it starts, a temp folder of its own
/// under artifacts/benchmarks/tmp, which the assembly is not under, before BenchmarkDotNet runs.
/// </summary>
public static class TempFolder
{
    private static readonly string[] Variables = { "TMPDIR", "TMP", "TEMP" };

    /// <summary>The temp folder this run moved to, or null when the clone is not under the system temp folder.</summary>
    /// <exception cref="InvalidOperationException">When no temp folder outside the assembly's path can be set.</exception>
    public static string? KeepAssemblyOutOfTemp()
    {
        var assembly = typeof(TempFolder).Assembly.Location;
        if (!IsUnder(assembly, Path.GetTempPath()))
        {
            return null;
        }

        var own = Path.Combine(BenchmarkPaths.ArtifactsDirectory, "tmp");
        Directory.CreateDirectory(own);
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, own);
        }

        if (IsUnder(assembly, Path.GetTempPath()))
        {
            throw new InvalidOperationException(
                "The benchmark assembly " + assembly + " is under the system temp folder " + Path.GetTempPath()
                + ", which BenchmarkDotNet does not run. Clone FregGen outside the temp folder, or set TMPDIR to a folder that does not contain the clone.");
        }

        return own;
    }

    /// <summary>BenchmarkDotNet's own test: the assembly path starts with the temp path.</summary>
    private static bool IsUnder(string path, string folder) => path.StartsWith(folder, StringComparison.Ordinal);
}
