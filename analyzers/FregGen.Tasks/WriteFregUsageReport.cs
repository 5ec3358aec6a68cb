using System;
using System.IO;
using FregGen.Tasks.Report;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FregGen.Tasks;

/// <summary>
/// After the compiler has run: reads FREG107 from its SARIF log (a JSON parser, not text matching) and writes
/// freg-usage.txt and freg-usage.json. Removes both when the code no longer uses Freg, and leaves them untouched when
/// their content has not changed. A log it cannot read is a warning (FREG107), never a failed build.
/// </summary>
public sealed class WriteFregUsageReport : Task
{
    private const string HelpLink = "https://github.com/freggen/freggen/blob/main/docs/diagnostics/FREG107.md";

    /// <summary>The project's ErrorLog value (<c>path[,version=2.1]</c>), relative to <see cref="ProjectDirectory"/> or absolute.</summary>
    [Required]
    public string ErrorLog { get; set; } = string.Empty;

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The name the report gives the project (its assembly name).</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    [Required]
    public string TextReportPath { get; set; } = string.Empty;

    [Required]
    public string JsonReportPath { get; set; } = string.Empty;

    public override bool Execute()
    {
        var sarif = SarifLog.PathOf(ErrorLog, ProjectDirectory);
        if (!File.Exists(sarif))
        {
            Log.LogMessage(MessageImportance.Low, "FregGen: no compiler log at '{0}'; the usage report is not written.", sarif);
            return true;
        }

        if (IsUpToDate(sarif))
        {
            return true;
        }

        string? usage;
        UsageDocument? report = null;
        try
        {
            using (var stream = File.OpenRead(sarif))
            {
                usage = SarifLog.FindUsage(stream);
            }

            if (usage is not null)
            {
                report = UsageDocument.Parse(usage);
            }
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
        {
            Log.LogWarning(null, SarifLog.RuleId, null, HelpLink, sarif, 0, 0, 0, 0, "The Freg usage report was not written: the compiler log '{0}' cannot be read: {1}", sarif, exception.Message);
            return true;
        }

        if (report is null)
        {
            ReportFile.Delete(TextReportPath);
            ReportFile.Delete(JsonReportPath);
            return true;
        }

        UsageReportWriter.RelativiseFiles(report, ProjectDirectory);
        try
        {
            ReportFile.WriteIfChanged(TextReportPath, UsageReportWriter.Text(report, ProjectName));
            ReportFile.WriteIfChanged(JsonReportPath, UsageReportWriter.Json(report, ProjectName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogWarning(null, SarifLog.RuleId, null, HelpLink, TextReportPath, 0, 0, 0, 0, "The Freg usage report was not written: {0}", exception.Message);
            return true;
        }

        Log.LogMessage(MessageImportance.Normal, "FregGen: Freg usage report written to {0} and {1}", TextReportPath, JsonReportPath);
        return true;
    }

    /// <summary>Both reports were written from this log (an incremental build that did not compile).</summary>
    private bool IsUpToDate(string sarif) => ReportFile.IsNewerThan(TextReportPath, sarif) && ReportFile.IsNewerThan(JsonReportPath, sarif);
}
