using System;
using System.Collections.Generic;
using System.IO;
using FregGen.Diagnostics;
using FregGen.Tasks.Report;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FregGen.Tasks;

/// <summary>
/// After the compiler has run: reads FREG012, the spec upgrade report, from its SARIF log and writes it to
/// freg-spec-changes.txt (next to freg-usage.txt). Removes the file when the build no longer reports spec changes, and
/// leaves it untouched when its content has not changed. A log it cannot read is a warning (FREG012), never a failed build.
/// </summary>
public sealed class WriteFregSpecChangesReport : Task
{
    private const string HelpLink = "https://github.com/freggen/freggen/blob/main/docs/diagnostics/FREG012.md";

    /// <summary>The project's ErrorLog value (<c>path[,version=2.1]</c>), relative to <see cref="ProjectDirectory"/> or absolute.</summary>
    [Required]
    public string ErrorLog { get; set; } = string.Empty;

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string ReportPath { get; set; } = string.Empty;

    public override bool Execute()
    {
        var sarif = SarifLog.PathOf(ErrorLog, ProjectDirectory);
        if (!File.Exists(sarif))
        {
            Log.LogMessage(MessageImportance.Low, "FregGen: no compiler log at '{0}'; the spec upgrade report is not written.", sarif);
            return true;
        }

        if (ReportFile.IsNewerThan(ReportPath, sarif))
        {
            return true;
        }

        try
        {
            IReadOnlyList<string>? lines;
            using (var stream = File.OpenRead(sarif))
            {
                lines = SpecChangesInLog.Find(stream);
            }

            if (lines is null)
            {
                ReportFile.Delete(ReportPath);
                return true;
            }

            ReportFile.WriteIfChanged(ReportPath, SpecChangesMessage.FileText(lines));
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
        {
            Log.LogWarning(null, SpecChangesInLog.RuleId, null, HelpLink, sarif, 0, 0, 0, 0, "The Freg spec upgrade report was not written to '{0}': {1}", ReportPath, exception.Message);
            return true;
        }

        Log.LogMessage(MessageImportance.Normal, "FregGen: Freg spec upgrade report written to {0}", ReportPath);
        return true;
    }
}
