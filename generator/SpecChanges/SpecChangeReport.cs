using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Diagnostics;

namespace FregGen.Generator.SpecChanges;

/// <summary>
/// The spec upgrade report as text: a header, then operations, person fields, enum values, and what the project's package
/// gains and loses, one item per line (<c>+</c> added, <c>-</c> removed, <c>~</c> changed), so that the file diffs well.
/// Pure: the same change set always gives the same lines. Lines never contain <c>|</c>, <c>;</c> or a line break, so the
/// FREG012 message can carry them joined by <see cref="Separator"/> (see <see cref="Payload"/>).
/// </summary>
internal static class SpecChangeReport
{
    /// <summary>The file the build writes the report to, next to freg-usage.txt.</summary>
    public const string FileName = SpecChangesMessage.FileName;

    /// <summary>What separates the report's lines in the FREG012 message: <c>Freg spec changes | line | line | ...</c>.</summary>
    public const string Separator = SpecChangesMessage.Separator;

    public static IReadOnlyList<string> Lines(SpecChangeSet changes)
    {
        var lines = new List<string>
        {
            "Freg spec changes for the rights package '" + changes.PackageId + "': from " + Name(changes.From) + " to " + Name(changes.To),
            "Operations: " + changes.OperationsAdded.Count + " added, " + changes.OperationsRemoved.Count + " removed, " + changes.OperationsChanged.Count + " changed",
        };
        lines.AddRange(changes.OperationsAdded.Select(operation => "+ " + operation));
        lines.AddRange(changes.OperationsRemoved.Select(operation => "- " + operation));
        lines.AddRange(changes.OperationsChanged.SelectMany(operation => operation.Changes.Select(change => "~ " + operation.Operation + ": " + change)));

        lines.Add("Person fields: " + changes.FieldsAdded.Count + " added, " + changes.FieldsRemoved.Count + " removed, " + changes.FieldsChanged.Count + " changed");
        lines.AddRange(changes.FieldsAdded.Select(field => "+ " + field.Path + ": " + field.Type));
        lines.AddRange(changes.FieldsRemoved.Select(field => "- " + field.Path + ": " + field.Type));
        lines.AddRange(changes.FieldsChanged.Select(field => "~ " + field.Path + ": " + field.From + " -> " + field.To));

        lines.Add("Enum values: " + changes.EnumValuesAdded.Count + " added, " + changes.EnumValuesRemoved.Count + " removed");
        lines.AddRange(changes.EnumValuesAdded.Select(value => "+ " + value.Enum + ": " + value.Value));
        lines.AddRange(changes.EnumValuesRemoved.Select(value => "- " + value.Enum + ": " + value.Value));

        var package = "The rights package '" + changes.PackageId + "'";
        lines.Add(package + " gains " + Delta(changes.Gains));
        lines.AddRange(changes.Gains.Operations.Select(operation => "+ operation " + operation));
        lines.AddRange(changes.Gains.Fields.Select(field => "+ field " + field));
        lines.Add(package + " loses " + Delta(changes.Loses));
        lines.AddRange(changes.Loses.Operations.Select(operation => "- operation " + operation));
        lines.AddRange(changes.Loses.Fields.Select(field => "- field " + field));
        if (!changes.Loses.IsEmpty)
        {
            lines.Add("Code that uses what the package loses no longer compiles (CS1061 or CS0117): FregGen generates only what the spec declares and the package grants, so the method or property is gone. Change that code, or keep the old spec until it no longer needs them.");
        }

        if (changes.GrantedAnswersChanged.Count > 0)
        {
            lines.Add("Code that uses the answer of " + string.Join(", ", changes.GrantedAnswersChanged) + " no longer compiles until it uses the new answer type: the generated method returns what the new spec declares.");
        }

        return lines.Select(Clean).ToList();
    }

    /// <summary>The report as the text of freg-spec-changes.txt: the lines, each ended by a line break.</summary>
    public static string Text(SpecChangeSet changes) => SpecChangesMessage.FileText(Lines(changes));

    /// <summary>The argument of the FREG012 message: the lines joined by <see cref="Separator"/>.</summary>
    public static string Payload(SpecChangeSet changes) => string.Join(Separator, Lines(changes));

    /// <summary>The report's lines back from a FREG012 message (what the build step that writes the file does).</summary>
    public static IReadOnlyList<string> ParseMessage(string message) => SpecChangesMessage.Parse(message);

    private static string Name(SpecIdentity spec) => "'" + spec.Title + "' " + spec.Version + " (" + spec.SourceName + ")";

    private static string Delta(PackageDelta delta)
        => delta.IsEmpty
            ? "nothing"
            : SpecComparison.Count(delta.Operations.Count, "operation", "operations") + " and " + SpecComparison.Count(delta.Fields.Count, "person field", "person fields");

    private static string Clean(string line)
        => line.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Replace('|', '/').Replace(';', ',');
}
