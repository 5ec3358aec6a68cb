using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FregGen.Analyzers.Usage;

/// <summary>
/// Writes a <see cref="UsageReport"/> as the compact JSON that travels in FREG107's <c>FregUsage</c> property through the
/// compiler's SARIF log to FregGen's build task, which writes freg-usage.json and freg-usage.txt from it. The layout is
/// the JSON twin's (docs/diagnostics/FREG107.md) without the project name and with absolute file paths.
/// </summary>
internal static class UsageReportJson
{
    public static string Write(UsageReport report)
    {
        var json = new StringBuilder(1024);
        json.Append("{\"formatVersion\":").Append(UsageReport.FormatVersion.ToString(CultureInfo.InvariantCulture));
        json.Append(",\"rightsPackage\":{\"id\":");
        String(json, report.RightsPackageId);
        json.Append(",\"name\":");
        String(json, report.RightsPackageName);
        json.Append('}');
        Items(json, "fields", "name", report.Fields);
        Items(json, "parts", "value", report.Parts);
        Operations(json, report.Operations);
        json.Append(",\"packages\":[");
        for (var i = 0; i < report.Packages.Count; i++)
        {
            var package = report.Packages[i];
            json.Append(i == 0 ? "{" : ",{").Append("\"id\":");
            String(json, package.Id);
            json.Append(",\"name\":");
            String(json, package.Name);
            json.Append(",\"grantsAll\":").Append(package.GrantsAll ? "true" : "false");
            Strings(json, "fieldsNotGranted", package.FieldsNotGranted);
            Strings(json, "partsNotAccepted", package.PartsNotAccepted);
            Strings(json, "operationsNotOffered", package.OperationsNotOffered);
            json.Append('}');
        }

        return json.Append("]}").ToString();
    }

    private static void Items(StringBuilder json, string name, string keyName, IReadOnlyList<UsageItem> items)
    {
        json.Append(",\"").Append(name).Append("\":[");
        for (var i = 0; i < items.Count; i++)
        {
            json.Append(i == 0 ? "{\"" : ",{\"").Append(keyName).Append("\":");
            String(json, items[i].Key);
            Use(json, items[i]);
            json.Append('}');
        }

        json.Append(']');
    }

    private static void Operations(StringBuilder json, IReadOnlyList<UsageItem> operations)
    {
        json.Append(",\"operations\":[");
        for (var i = 0; i < operations.Count; i++)
        {
            var key = operations[i].Key;
            var space = key.IndexOf(' ');
            json.Append(i == 0 ? "{" : ",{").Append("\"method\":");
            String(json, key.Substring(0, space));
            json.Append(",\"path\":");
            String(json, key.Substring(space + 1));
            Use(json, operations[i]);
            json.Append('}');
        }

        json.Append(']');
    }

    private static void Use(StringBuilder json, UsageItem item)
    {
        var (path, line, column) = item.FirstUse;
        json.Append(",\"uses\":").Append(item.Uses.ToString(CultureInfo.InvariantCulture)).Append(",\"firstUse\":{\"file\":");
        String(json, path);
        json.Append(",\"line\":").Append(line.ToString(CultureInfo.InvariantCulture));
        json.Append(",\"column\":").Append(column.ToString(CultureInfo.InvariantCulture)).Append('}');
    }

    private static void Strings(StringBuilder json, string name, IReadOnlyList<string> values)
    {
        json.Append(",\"").Append(name).Append("\":[");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            String(json, values[i]);
        }

        json.Append(']');
    }

    /// <summary>A JSON string (RFC 8259 escapes), or null.</summary>
    private static void String(StringBuilder json, string? value)
    {
        if (value is null)
        {
            json.Append("null");
            return;
        }

        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}
