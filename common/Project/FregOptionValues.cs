using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Project;

/// <summary>How every FregGen MSBuild property and AdditionalFiles metadata value is read: one parser for all of them.</summary>
internal static class FregOptionValues
{
    /// <summary>The trimmed value, or null when it is absent or blank.</summary>
    public static string? Text(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary><c>true</c>/<c>false</c> (any case); <paramref name="absent"/> when the value is not set; null when it is not a boolean.</summary>
    public static bool? Boolean(string? text, bool absent)
        => text is null ? absent
            : string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? true
            : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
}
