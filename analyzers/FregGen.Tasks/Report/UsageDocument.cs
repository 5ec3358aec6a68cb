using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FregGen.Tasks.Report;

/// <summary>
/// The usage report as FREG107 carries it (FregGen.Analyzers' UsageReportJson): what the code uses from Freg and how
/// every rights package measures up to it.
/// </summary>
internal sealed class UsageDocument
{
    public const int SupportedFormatVersion = 1;

    public string? RightsPackageId { get; private set; }

    public string? RightsPackageName { get; private set; }

    public List<UsedItem> Fields { get; } = new();

    public List<UsedItem> Parts { get; } = new();

    public List<UsedItem> Operations { get; } = new();

    /// <summary>Every package, narrowest (fewest grants) first.</summary>
    public List<PackageVerdict> Packages { get; } = new();

    public PackageVerdict? ProjectPackage => Packages.Find(p => p.Id == RightsPackageId);

    /// <summary>Reads the FREG107 payload. Throws <see cref="FormatException"/> when it is not a report this task understands.</summary>
    public static UsageDocument Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var version = root.GetProperty("formatVersion").GetInt32();
            if (version != SupportedFormatVersion)
            {
                throw new FormatException("the report has format version " + version + "; this FregGen build task reads version " + SupportedFormatVersion + " (are the analyzers and the build task from different FregGen versions?)");
            }

            var report = new UsageDocument();
            var package = root.GetProperty("rightsPackage");
            report.RightsPackageId = OptionalString(package, "id");
            report.RightsPackageName = OptionalString(package, "name");
            foreach (var field in root.GetProperty("fields").EnumerateArray())
            {
                report.Fields.Add(UsedItem.Read(field, field.GetProperty("name").GetString()!));
            }

            foreach (var part in root.GetProperty("parts").EnumerateArray())
            {
                report.Parts.Add(UsedItem.Read(part, part.GetProperty("value").GetString()!));
            }

            foreach (var operation in root.GetProperty("operations").EnumerateArray())
            {
                var item = UsedItem.Read(operation, operation.GetProperty("method").GetString() + " " + operation.GetProperty("path").GetString());
                item.Method = operation.GetProperty("method").GetString();
                item.Path = operation.GetProperty("path").GetString();
                report.Operations.Add(item);
            }

            foreach (var verdict in root.GetProperty("packages").EnumerateArray())
            {
                report.Packages.Add(new PackageVerdict(
                    verdict.GetProperty("id").GetString()!,
                    verdict.GetProperty("name").GetString() ?? string.Empty,
                    verdict.GetProperty("grantsAll").GetBoolean(),
                    Strings(verdict.GetProperty("fieldsNotGranted")),
                    Strings(verdict.GetProperty("partsNotAccepted")),
                    Strings(verdict.GetProperty("operationsNotOffered"))));
            }

            return report;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("the report in the FREG107 diagnostic is not valid: " + exception.Message, exception);
        }
    }

    private static string? OptionalString(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement array)
    {
        var values = new List<string>();
        foreach (var value in array.EnumerateArray())
        {
            values.Add(value.GetString()!);
        }

        return values;
    }
}

/// <summary>A field, part or operation the code uses: how often, and where first.</summary>
internal sealed class UsedItem
{
    private UsedItem(string name, int uses, string file, int line, int column)
    {
        Name = name;
        Uses = uses;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The field name, part value, or "METHOD /path".</summary>
    public string Name { get; }

    public string? Method { get; set; }

    public string? Path { get; set; }

    public int Uses { get; }

    /// <summary>The file of the first use, as the compiler saw it; <see cref="UsageReportWriter"/> makes it relative to the project.</summary>
    public string File { get; set; }

    public int Line { get; }

    public int Column { get; }

    /// <summary><c>Program.cs(10,16)</c>, as compilers write locations.</summary>
    public string FirstUse => File + "(" + Line + "," + Column + ")";

    public static UsedItem Read(JsonElement item, string name)
    {
        var first = item.GetProperty("firstUse");
        return new UsedItem(name, item.GetProperty("uses").GetInt32(), first.GetProperty("file").GetString()!, first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32());
    }
}

/// <summary>How one rights package measures up: whether it grants all of it, and if not, what it lacks.</summary>
internal sealed record PackageVerdict(string Id, string Name, bool GrantsAll, List<string> FieldsNotGranted, List<string> PartsNotAccepted, List<string> OperationsNotOffered);
