using System;
using FregGen.Catalogue;
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

    /// <summary>A <c>yyyy-MM-dd</c> day; null when the value is not set; <paramref name="invalid"/> when it is set but is no such day.</summary>
    public static CatalogueDate? Date(string? text, out bool invalid)
    {
        invalid = false;
        if (text is null)
        {
            return null;
        }

        if (CatalogueDate.TryParse(text, out var date))
        {
            return date;
        }

        invalid = true;
        return null;
    }
}
