using System;
using System.IO;
using System.Text.Json;

namespace FregGen.Tasks.Report;

/// <summary>Finds FREG107's report in a compiler SARIF log (version 1.0 or 2.1: both keep it in the result's customProperties).</summary>
internal static class SarifLog
{
    public const string RuleId = "FREG107";
    public const string UsageProperty = "FregUsage";

    /// <summary>The report JSON, or null when the log has no FREG107 result (the code uses nothing from Freg). Throws <see cref="FormatException"/> for a log that is not SARIF.</summary>
    public static string? FindUsage(Stream sarif)
    {
        try
        {
            using var document = JsonDocument.Parse(sarif, new JsonDocumentOptions { AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("it has no 'runs'");
            }

            foreach (var run in runs.EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    if (result.TryGetProperty("ruleId", out var ruleId) && ruleId.ValueEquals(RuleId)
                        && result.TryGetProperty("properties", out var properties)
                        && properties.TryGetProperty("customProperties", out var custom)
                        && custom.TryGetProperty(UsageProperty, out var usage)
                        && usage.ValueKind == JsonValueKind.String)
                    {
                        return usage.GetString();
                    }
                }
            }

            return null;
        }
        catch (JsonException exception)
        {
            throw new FormatException("it is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <summary>The log's file from the ErrorLog value (<c>obj/x.sarif,version=2.1</c> → <c>obj/x.sarif</c>), relative to the project directory.</summary>
    public static string PathOf(string errorLog, string projectDirectory)
    {
        var path = errorLog.Trim();
        var version = path.LastIndexOf(",version=", StringComparison.OrdinalIgnoreCase);
        if (version >= 0)
        {
            path = path.Substring(0, version);
        }

        return Path.IsPathRooted(path) ? path : Path.Combine(projectDirectory, path);
    }
}
