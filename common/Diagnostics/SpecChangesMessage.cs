using System;
using System.Collections.Generic;

namespace FregGen.Diagnostics;

/// <summary>
/// How FREG012 carries the spec upgrade report to the build: generators may not write files, so the message holds the
/// whole report on one line, <c>Freg spec changes | line | line | ...</c>, and FregGen's build task turns it back into
/// the lines of <see cref="FileName"/>. The generator composes it, the task parses it; both use this class. No report
/// line contains <see cref="Separator"/>.
/// </summary>
internal static class SpecChangesMessage
{
    /// <summary>The file the build writes the report to, next to freg-usage.txt.</summary>
    public const string FileName = "freg-spec-changes.txt";

    /// <summary>What separates the report's lines in the message.</summary>
    public const string Separator = " | ";

    /// <summary>What the message starts with (the fixed part of FREG012's message format).</summary>
    public const string Prefix = "Freg spec changes" + Separator;

    /// <summary>The report's lines from a FREG012 message; empty when the text is not one.</summary>
    public static IReadOnlyList<string> Parse(string message)
    {
        var start = message.IndexOf(Prefix, StringComparison.Ordinal);
        return start < 0 ? Array.Empty<string>() : message.Substring(start + Prefix.Length).Split(new[] { Separator }, StringSplitOptions.None);
    }

    /// <summary>The text of <see cref="FileName"/>: the lines, each ended by a line feed.</summary>
    public static string FileText(IEnumerable<string> lines) => string.Concat(Concat(lines));

    private static IEnumerable<string> Concat(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            yield return line + "\n";
        }
    }
}
