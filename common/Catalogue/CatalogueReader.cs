using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using FregGen.Catalogue.Nodes;
using FregGen.Infrastructure;
using SharpYaml;
using SharpYaml.Serialization;

namespace FregGen.Catalogue;

/// <summary>A problem in a catalogue file, with its 0-based line and column.</summary>
internal sealed record CatalogueError(string Message, int Line, int Column);

/// <summary>The raw content of one catalogue file, before it is merged into the embedded catalogue.</summary>
internal sealed record CatalogueFile(
    string? PersonSchema,
    string? PartParameterName,
    EquatableArray<FregEnvironmentInfo> Environments,
    EquatableArray<SchemaSection> SchemaSections,
    EquatableArray<InvalidPart> InvalidParts,
    EquatableArray<OperationFacts> Operations,
    EquatableArray<PackageEntry> Packages)
{
    public int FormatVersion { get; init; } = CatalogueReader.NewestFormat;

    public CatalogueDate? AsOf { get; init; }

    public EquatableArray<PublishedSpecification> Specifications { get; init; }

    public EquatableArray<ScreeningRule> ScreeningRules { get; init; }

    public EquatableArray<EventTypeFacts> EventTypes { get; init; }

    public EquatableArray<ValueChange> ValueChanges { get; init; }

    public EquatableArray<NotExpressedRule> NotExpressed { get; init; }
}

/// <summary>
/// Reads catalogue files into <see cref="CatalogueFile"/>s. Project files (JSON, or the same structure in YAML) are parsed
/// with SharpYaml, the YAML parser that already travels with the generator for Microsoft.OpenApi.Readers; the embedded
/// catalogue, which is JSON, with FregGen's own <see cref="CatalogueJson"/>, so that a build without catalogue files never
/// loads SharpYaml. Both give the same nodes, read by one reader. Format 1 files are read as they always were; format 2
/// adds dated facts, screening rules, feeds and specifications.
/// </summary>
internal static partial class CatalogueReader
{
    public const int NewestFormat = 2;

    private const string OneObject = "A catalogue file must hold one JSON object.";

    /// <summary>Reads a project catalogue file (JSON or YAML).</summary>
    public static CatalogueFile? Read(string text, List<CatalogueError> errors)
    {
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                errors.Add(new CatalogueError(OneObject, 0, 0));
                return null;
            }

            root = stream.Documents[0].RootNode;
        }
        catch (YamlException exception)
        {
            errors.Add(new CatalogueError("The catalogue file is not valid JSON or YAML: " + FirstLine(exception.Message), exception.Start.Line, exception.Start.Column));
            return null;
        }

        return Read(YamlCatalogueNodes.From(root), errors);
    }

    /// <summary>Reads a catalogue written in JSON (the embedded catalogue) without SharpYaml.</summary>
    public static CatalogueFile? ReadJson(string text, List<CatalogueError> errors)
    {
        CatalogueNode root;
        try
        {
            root = CatalogueJson.Parse(text);
        }
        catch (CatalogueJsonException exception)
        {
            errors.Add(new CatalogueError("The catalogue file is not valid JSON: " + exception.Message, exception.Line, exception.Column));
            return null;
        }

        return Read(root, errors);
    }

    private static CatalogueFile? Read(CatalogueNode document, List<CatalogueError> errors)
    {
        if (document is not CatalogueMapping root)
        {
            errors.Add(new CatalogueError(OneObject, 0, 0));
            return null;
        }

        var versionReader = new CatalogueNodeReader(errors, NewestFormat);
        var formatVersion = versionReader.OptionalInt(root, "formatVersion") ?? NewestFormat;
        if (formatVersion is < 1 or > NewestFormat)
        {
            versionReader.Error(root["formatVersion"], "formatVersion " + formatVersion.ToString(CultureInfo.InvariantCulture) + " is not supported; this FregGen reads formatVersion 1 and 2.");
            return null;
        }

        var reader = new CatalogueNodeReader(errors, formatVersion);
        return new CatalogueFile(
            reader.OptionalString(root, "personSchema"),
            reader.OptionalString(root, "partParameterName"),
            reader.List(root, "environments", node => reader.Required(node, "name") is { } name && reader.Required(node, "baseUrl") is { } baseUrl
                ? new FregEnvironmentInfo(name, baseUrl.TrimEnd('/'), reader.OptionalString(node, "purpose") ?? string.Empty)
                : null),
            reader.List(root, "schemaSections", node => reader.Required(node, "keyPrefix") is { } prefix && reader.Required(node, "section") is { } section
                ? new SchemaSection(prefix, section)
                : null),
            reader.List(root, "invalidParts", node => reader.Required(node, "value") is { } value ? new InvalidPart(value, reader.Validity(node)) : null, value => new InvalidPart(value, default)),
            reader.List(root, "operations", node => ReadOperationFacts(reader, node)),
            reader.List(root, "packages", node => ReadPackage(reader, node)))
        {
            FormatVersion = formatVersion,
            AsOf = reader.OptionalDate2(root, "asOf"),
            Specifications = reader.List2(root, "specifications", node => ReadSpecification(reader, node)),
            ScreeningRules = reader.List2(root, "screeningRules", node => ReadScreeningRule(reader, node)),
            EventTypes = reader.List2(root, "eventTypes", node => ReadEventType(reader, node)),
            ValueChanges = reader.List2(root, "valueChanges", node => ReadValueChange(reader, node)),
            NotExpressed = reader.List2(root, "notExpressed", node => reader.Required(node, "rule") is { } rule && reader.Required(node, "reason") is { } reason
                ? new NotExpressedRule(rule, reason, reader.OptionalString(node, "source") ?? string.Empty, reader.StringList(node, "packages") ?? EquatableArray<string>.Empty)
                : null),
        };
    }

    private static OperationFacts? ReadOperationFacts(CatalogueNodeReader reader, CatalogueMapping node)
    {
        if (reader.Required(node, "method") is not { } method || reader.Required(node, "path") is not { } path)
        {
            return null;
        }

        return new OperationFacts(
            method,
            path,
            reader.OptionalInt(node, "maxItemsPerRequest"),
            reader.OptionalBool(node, "responseIsList") ?? false,
            reader.List(node, "parameterLimits", limit => reader.Required(limit, "name") is { } name && reader.OptionalInt(limit, "maximum") is { } maximum
                ? new ParameterLimit(name, maximum)
                : null),
            reader.OptionalString(node, "feedSequenceProperty"),
            reader.OptionalString(node, "methodName"))
        {
            Wrapper = reader.OptionalMapping2(node, "responseWrapper") is { } wrapper ? ReadWrapper(reader, wrapper) : null,
            Statuses = reader.List2(node, "statuses", status => reader.OptionalInt(status, "status") is { } code && reader.Required(status, "meaning") is { } meaning
                ? new DeclaredStatus(code, meaning, reader.OptionalString(status, "source") ?? string.Empty, reader.Confidence(status))
                : null),
        };
    }

    private static ResponseWrapper? ReadWrapper(CatalogueNodeReader reader, CatalogueMapping node)
        => reader.Required(node, "listProperty") is { } list && reader.Required(node, "idProperty") is { } id
            && reader.Required(node, "documentProperty") is { } document && reader.Required(node, "errorProperty") is { } error
            ? new ResponseWrapper(list, id, document, error, reader.OptionalString(node, "source") ?? string.Empty, reader.Confidence(node))
            : null;

    private static PublishedSpecification? ReadSpecification(CatalogueNodeReader reader, CatalogueMapping node)
        => reader.Required(node, "id") is { } id && reader.Required(node, "title") is { } title
            ? new PublishedSpecification(id, title, reader.OptionalString(node, "url"), reader.OptionalString(node, "source") ?? string.Empty, reader.Confidence(node), reader.OptionalString(node, "note"))
            : null;

    private static EventTypeFacts? ReadEventType(CatalogueNodeReader reader, CatalogueMapping node)
        => reader.Required(node, "type") is { } type
            ? new EventTypeFacts(
                type,
                reader.StringList(node, "properties") ?? EquatableArray<string>.Empty,
                reader.OptionalBool(node, "keptWhenGeneralised") ?? false,
                reader.OptionalString(node, "source") ?? string.Empty,
                reader.Confidence(node))
            : null;

    private static ValueChange? ReadValueChange(CatalogueNodeReader reader, CatalogueMapping node)
        => reader.Required(node, "field") is { } field && reader.Required(node, "value") is { } value
            ? new ValueChange(field, value, reader.Validity(node), reader.OptionalString(node, "text") ?? string.Empty, reader.OptionalString(node, "source") ?? string.Empty, reader.Confidence(node))
            : null;

    private static ScreeningRule? ReadScreeningRule(CatalogueNodeReader reader, CatalogueMapping node)
    {
        var errorsBefore = reader.ErrorCount;
        var id = reader.Required(node, "id");
        var text = reader.Required(node, "text");
        var properties = reader.StringList(node, "properties") ?? EquatableArray<string>.Empty;
        if (properties.IsEmpty)
        {
            reader.Error(node, "The screening rule '" + id + "' names no 'properties'.");
        }

        var when = node.TryGetValue("when", out var whenNode) && whenNode is CatalogueMapping whenMapping
            ? ReadCondition(reader, whenMapping)
            : new ScreeningCondition(EquatableArray<string>.Empty, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null);
        var withhold = reader.StringList(node, "withhold") ?? EquatableArray<string>.Empty;
        var replace = new List<FieldValue>();
        if (node.TryGetValue("replace", out var replaceNode))
        {
            if (replaceNode is CatalogueMapping replacements)
            {
                foreach (var pair in replacements.Entries)
                {
                    if (pair.Key is CatalogueScalar { Value: { } field } && pair.Value is CatalogueScalar { Value: { } value })
                    {
                        replace.Add(new FieldValue(field, value));
                    }
                    else
                    {
                        reader.Error(pair.Value, "'replace' maps a field name to the value delivered instead.");
                    }
                }
            }
            else
            {
                reader.Error(replaceNode, "'replace' must be an object: { \"field\": \"value delivered instead\" }.");
            }
        }

        if (withhold.IsEmpty && replace.Count == 0 && reader.OptionalString(node, "delivered") is null)
        {
            reader.Error(node, "The screening rule '" + id + "' neither withholds nor replaces anything ('withhold', 'replace' or 'delivered').");
        }

        if (id is null || text is null || reader.ErrorCount > errorsBefore)
        {
            return null;
        }

        return new ScreeningRule(
            id,
            text,
            properties,
            when,
            withhold,
            replace.ToEquatableArray(),
            reader.OptionalString(node, "delivered"),
            reader.OptionalString(node, "source") ?? string.Empty,
            reader.Confidence(node),
            reader.OptionalString(node, "note"));
    }

    private static ScreeningCondition ReadCondition(CatalogueNodeReader reader, CatalogueMapping node)
    {
        var field = reader.OptionalString(node, "field");
        var valuesIn = reader.StringList(node, "in") ?? EquatableArray<string>.Empty;
        var valuesNotIn = reader.StringList(node, "notIn") ?? EquatableArray<string>.Empty;
        if (field is null && (!valuesIn.IsEmpty || !valuesNotIn.IsEmpty))
        {
            reader.Error(node, "'in' and 'notIn' need the 'field' they test.");
        }

        if (field is not null && valuesIn.IsEmpty && valuesNotIn.IsEmpty)
        {
            reader.Error(node, "'field' needs 'in' or 'notIn'.");
        }

        return new ScreeningCondition(
            reader.StringList(node, "adressebeskyttelse") ?? EquatableArray<string>.Empty,
            field,
            valuesIn,
            valuesNotIn,
            reader.OptionalDate2(node, "registeredBefore"));
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim();
    }
}
