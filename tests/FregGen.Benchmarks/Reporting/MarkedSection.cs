using System;
using System.IO;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.Reporting;

/// <summary>
/// A section of docs/benchmarks.md between two HTML comments (<c>&lt;!-- name:start --&gt;</c> … <c>:end</c>) that a
/// benchmark run on its own (--ide, --consumer-build) rewrites, and that a full run carries over untouched.
/// </summary>
public static class MarkedSection
{
    public static string Start(string name) => "<!-- " + name + ":start -->";

    public static string End(string name) => "<!-- " + name + ":end -->";

    /// <summary>Writes or replaces the section (rendered with its markers) in the report file.</summary>
    public static void Write(string name, string section)
    {
        var file = BenchmarkPaths.ReportFile;
        var report = File.Exists(file) ? File.ReadAllText(file) : "# FregGen benchmarks\n\n";
        var start = report.IndexOf(Start(name), StringComparison.Ordinal);
        var end = report.IndexOf(End(name), StringComparison.Ordinal);
        report = start >= 0 && end > start
            ? report.Substring(0, start) + section + report.Substring(end + End(name).Length)
            : report.TrimEnd('\n') + "\n\n" + section + "\n";
        File.WriteAllText(file, report);
    }

    /// <summary>The section of an earlier report, to carry into a freshly written one (empty when there is none).</summary>
    public static string Preserved(string name, string? previousReport)
    {
        if (previousReport is null)
        {
            return string.Empty;
        }

        var start = previousReport.IndexOf(Start(name), StringComparison.Ordinal);
        var end = previousReport.IndexOf(End(name), StringComparison.Ordinal);
        return start < 0 || end < start ? string.Empty : "\n" + previousReport.Substring(start, end + End(name).Length - start) + "\n";
    }
}
