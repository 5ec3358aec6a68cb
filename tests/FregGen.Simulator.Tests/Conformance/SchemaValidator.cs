using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace FregGen.Simulator.Tests.Conformance;

/// <summary>
/// Validates JSON against an OpenAPI 3.0 schema model: type, format (date, date-time, int32, int64), enum, required, and —
/// stricter than OpenAPI's default — no properties the schema does not declare (unless it has additionalProperties).
/// </summary>
public sealed class SchemaValidator
{
    private const int MaxErrors = 50;

    public HashSet<string> SchemasValidated { get; } = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = new();

    public long ValuesValidated { get; private set; }

    public void Validate(JsonElement value, OpenApiSchema schema, string path)
    {
        ValuesValidated++;
        if (schema.Reference?.Id is { } id)
        {
            SchemasValidated.Add(id);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!schema.Nullable)
            {
                Error(path, "is null, which the schema does not allow");
            }

            return;
        }

        var type = schema.Type ?? (schema.Properties.Count > 0 ? "object" : null);
        switch (type)
        {
            case "object":
                ValidateObject(value, schema, path);
                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    Error(path, "should be an array, is " + value.ValueKind);
                    return;
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Validate(item, schema.Items, path + "[" + index++.ToString(CultureInfo.InvariantCulture) + "]");
                }

                break;
            case "string":
                ValidateString(value, schema, path);
                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number
                    || (schema.Format == "int32" ? !value.TryGetInt32(out _) : !value.TryGetInt64(out _)))
                {
                    Error(path, "should be an integer (" + (schema.Format ?? "int64") + "), is " + value.GetRawText());
                }

                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    Error(path, "should be a number, is " + value.ValueKind);
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Error(path, "should be a boolean, is " + value.ValueKind);
                }

                break;
        }
    }

    private void ValidateObject(JsonElement value, OpenApiSchema schema, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(path, "should be an object, is " + value.ValueKind);
            return;
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            present.Add(property.Name);
            if (schema.Properties.TryGetValue(property.Name, out var propertySchema))
            {
                Validate(property.Value, propertySchema, path + "." + property.Name);
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Validate(property.Value, additional, path + "." + property.Name);
            }
            else
            {
                Error(path, "has the property '" + property.Name + "', which " + (schema.Reference?.Id ?? "the schema") + " does not declare");
            }
        }

        foreach (var required in schema.Required.Where(r => !present.Contains(r)))
        {
            Error(path, "lacks the required property '" + required + "' of " + (schema.Reference?.Id ?? "the schema"));
        }
    }

    private void ValidateString(JsonElement value, OpenApiSchema schema, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, "should be a string, is " + value.ValueKind);
            return;
        }

        var text = value.GetString()!;
        switch (schema.Format)
        {
            case "date" when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                Error(path, "should be a date (yyyy-MM-dd), is '" + text + "'");
                break;
            case "date-time" when !IsRfc3339(text):
                Error(path, "should be a date-time (RFC 3339), is '" + text + "'");
                break;
        }

        if (schema.Enum.Count > 0 && !schema.Enum.OfType<OpenApiString>().Any(allowed => allowed.Value == text))
        {
            Error(path, "has '" + text + "', not one of " + string.Join(", ", schema.Enum.OfType<OpenApiString>().Select(e => e.Value)));
        }
    }

    private static bool IsRfc3339(string text)
        => text.Length >= 20 && text[10] == 'T' && (text.EndsWith('Z') || text[^6] is '+' or '-')
           && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private void Error(string path, string message)
    {
        if (Errors.Count < MaxErrors)
        {
            Errors.Add(path + " " + message);
        }
    }
}
