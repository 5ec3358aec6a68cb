using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FregGen.Diagnostics;

namespace FregGen.Tasks.Report;

/// <summary>
/// Finds FREG012's spec upgrade report in a compiler SARIF log. Its message carries the report (see
/// <see cref="SpecChangesMessage"/>): SARIF 2.1 keeps it in the result's <c>message.text</c>, SARIF 1.0 in <c>message</c>.
/// </summary>
internal static class SpecChangesInLog
{
    public const string RuleId = "FREG012";

    /// <summary>The report's lines, or null when the log has no FREG012 result. Throws <see cref="FormatException"/> for a log that is not SARIF.</summary>
    public static IReadOnlyList<string>? Find(Stream sarif)
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
                        && Message(result) is { } message
                        && SpecChangesMessage.Parse(message) is { Count: > 0 } lines)
                    {
                        return lines;
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

    private static string? Message(JsonElement result)
    {
        if (!result.TryGetProperty("message", out var message))
        {
            return null;
        }

        if (message.ValueKind == JsonValueKind.String)
        {
            return message.GetString();
        }

        return message.ValueKind == JsonValueKind.Object && message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
    }
}
