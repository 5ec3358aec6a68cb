using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FregGen.Tasks.Report;

/// <summary>
/// Writes the usage report as the two documents a project keeps next to its build output: freg-usage.txt, for people
/// (the access application, the DPIA, a review), and freg-usage.json, its machine-readable twin for CI gates. Both
/// list the same facts in the same order; file locations are relative to the project.
/// </summary>
internal static class UsageReportWriter
{
    public const int JsonFormatVersion = 1;

    private const string Indent = "  ";

    public static string Text(UsageDocument report, string project)
    {
        var text = new StringBuilder();
        text.Append("Freg usage report for ").Append(project).AppendLine();
        text.Append("Rights package: ").Append(PackageLine(report)).AppendLine();
        text.Append(Verdict(report)).AppendLine();

        Section(text, "Person fields", report.Fields.Select(Used).ToList());
        Section(text, "Parts", report.Parts.Select(Used).ToList());
        Section(text, "Operations", report.Operations.Select(Used).ToList());

        var granting = report.Packages.Where(p => p.GrantsAll).ToList();
        Section(text, "Rights packages that grant all of it, narrowest first", Aligned(granting.Select(p => (p.Id, p.Name)).ToList()));

        var short_ = report.Packages.Where(p => !p.GrantsAll).ToList();
        var lines = new List<string>();
        var width = short_.Count == 0 ? 0 : short_.Max(p => p.Id.Length);
        foreach (var package in short_)
        {
            lines.Add(package.Id.PadRight(width) + Indent + package.Name);
            lines.AddRange(package.FieldsNotGranted.Select(f => Indent + "field not granted: " + f));
            lines.AddRange(package.PartsNotAccepted.Select(p => Indent + "part not accepted: " + p));
            lines.AddRange(package.OperationsNotOffered.Select(o => Indent + "operation not offered: " + o));
        }

        Section(text, "Rights packages that fall short, and why", lines, short_.Count);
        return text.ToString();
    }

    public static string Json(UsageDocument report, string project)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", JsonFormatVersion);
            json.WriteString("project", project);
            json.WriteStartObject("rightsPackage");
            json.WriteString("id", report.RightsPackageId);
            json.WriteString("name", report.RightsPackageName);
            json.WriteBoolean("grantsAll", report.ProjectPackage?.GrantsAll == true);
            json.WriteEndObject();
            Items(json, "fields", "name", report.Fields);
            Items(json, "parts", "value", report.Parts);
            json.WriteStartArray("operations");
            foreach (var operation in report.Operations)
            {
                json.WriteStartObject();
                json.WriteString("method", operation.Method);
                json.WriteString("path", operation.Path);
                Use(json, operation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("packagesThatGrantAll");
            foreach (var package in report.Packages.Where(p => p.GrantsAll))
            {
                json.WriteStartObject();
                json.WriteString("id", package.Id);
                json.WriteString("name", package.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("packagesThatFallShort");
            foreach (var package in report.Packages.Where(p => !p.GrantsAll))
            {
                json.WriteStartObject();
                json.WriteString("id", package.Id);
                json.WriteString("name", package.Name);
                Strings(json, "fieldsNotGranted", package.FieldsNotGranted);
                Strings(json, "partsNotAccepted", package.PartsNotAccepted);
                Strings(json, "operationsNotOffered", package.OperationsNotOffered);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    /// <summary>Makes the first-use files relative to the project directory, with forward slashes.</summary>
    public static void RelativiseFiles(UsageDocument report, string projectDirectory)
    {
        var directory = projectDirectory.EndsWith("/", StringComparison.Ordinal) || projectDirectory.EndsWith("\\", StringComparison.Ordinal) ? projectDirectory : projectDirectory + Path.DirectorySeparatorChar;
        if (!Uri.TryCreate(directory, UriKind.Absolute, out var baseUri))
        {
            return;
        }

        foreach (var item in report.Fields.Concat(report.Parts).Concat(report.Operations))
        {
            if (Path.IsPathRooted(item.File) && Uri.TryCreate(item.File, UriKind.Absolute, out var fileUri))
            {
                item.File = Uri.UnescapeDataString(baseUri.MakeRelativeUri(fileUri).ToString());
            }
        }
    }

    private static string PackageLine(UsageDocument report)
        => report.RightsPackageId is null ? "(not set)"
            : report.RightsPackageName is null ? report.RightsPackageId + " (not a package FregGen knows)"
            : report.RightsPackageId + " (" + report.RightsPackageName + ")";

    private static string Verdict(UsageDocument report)
    {
        if (report.ProjectPackage is not { } own)
        {
            return "No rights package is checked: set <FregRightsPackage> to one of those that grant all of it, listed below.";
        }

        if (!own.GrantsAll)
        {
            return own.Id + " does not grant all of what the code uses: see what it lacks under \"fall short\" below.";
        }

        var narrower = report.Packages.TakeWhile(p => p.Id != own.Id).Where(p => p.GrantsAll).Select(p => p.Id).ToList();
        return narrower.Count == 0
            ? own.Id + " grants all of what the code uses, and no narrower package does."
            : own.Id + " grants all of what the code uses; so do these narrower packages: " + string.Join(", ", narrower) + ".";
    }

    private static string Used(UsedItem item)
        => item.Name + "\t" + "first used at " + item.FirstUse + ", " + item.Uses.ToString(CultureInfo.InvariantCulture) + (item.Uses == 1 ? " use" : " uses");

    private static List<string> Aligned(List<(string Left, string Right)> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Left.Length);
        return rows.Select(r => r.Left.PadRight(width) + Indent + r.Right).ToList();
    }

    private static void Section(StringBuilder text, string title, List<string> lines, int? count = null)
    {
        // Items written as "name<TAB>detail" are aligned on the longest name.
        var split = lines.Select(l => l.Split('\t')).ToList();
        var width = split.Where(s => s.Length == 2).Select(s => s[0].Length).DefaultIfEmpty(0).Max();
        text.AppendLine();
        text.Append(title).Append(" (").Append((count ?? lines.Count).ToString(CultureInfo.InvariantCulture)).Append(')').AppendLine();
        if (lines.Count == 0)
        {
            text.Append(Indent).Append("none").AppendLine();
        }

        foreach (var parts in split)
        {
            text.Append(Indent).Append(parts.Length == 2 ? parts[0].PadRight(width) + Indent + parts[1] : parts[0]).AppendLine();
        }
    }

    private static void Items(Utf8JsonWriter json, string name, string keyName, List<UsedItem> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString(keyName, item.Name);
            Use(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Use(Utf8JsonWriter json, UsedItem item)
    {
        json.WriteNumber("uses", item.Uses);
        json.WriteString("firstUse", item.FirstUse);
    }

    private static void Strings(Utf8JsonWriter json, string name, List<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
