using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
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
    EquatableArray<string> InvalidParts,
    EquatableArray<OperationFacts> Operations,
    EquatableArray<PackageEntry> Packages);

/// <summary>A package as written in a file: complete, or a change to <see cref="BasedOn"/>.</summary>
internal sealed record PackageEntry(
    string Id,
    string? BasedOn,
    string? Name,
    string? UrlPathSegment,
    EquatableArray<string>? Scopes,
    bool? GrantsEntireSpec,
    EquatableArray<EntryChange<OperationGrant>> Operations,
    EquatableArray<EntryChange<PropertyGrant>> Properties,
    EquatableArray<EntryChange<FieldExclusion>> ExcludedFields,
    EquatableArray<EntryChange<PartAlias>> PartAliases,
    bool? GeneralisedEventTypes,
    int Line,
    int Column);

/// <summary>An entry of a package list; <see cref="Granted"/> = false removes an inherited entry.</summary>
internal sealed record EntryChange<T>(T Entry, bool Granted)
    where T : IEquatable<T>;

/// <summary>
/// Reads catalogue files (JSON, or the same structure in YAML) with SharpYaml, the YAML parser that already travels
/// with the generator for Microsoft.OpenApi.Readers, so the generator and analyzers need no JSON library of their own.
/// </summary>
internal static class CatalogueReader
{
    public static CatalogueFile? Read(string text, List<CatalogueError> errors)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new CatalogueError("A catalogue file must hold one JSON object.", 0, 0));
                return null;
            }

            root = mapping;
        }
        catch (YamlException exception)
        {
            errors.Add(new CatalogueError("The catalogue file is not valid JSON or YAML: " + FirstLine(exception.Message), exception.Start.Line, exception.Start.Column));
            return null;
        }

        var reader = new NodeReader(errors);
        var formatVersion = reader.OptionalInt(root, "formatVersion");
        if (formatVersion is not null and not 1)
        {
            reader.Error(root, "formatVersion " + formatVersion.Value.ToString(CultureInfo.InvariantCulture) + " is not supported; this FregGen reads formatVersion 1.");
            return null;
        }

        return new CatalogueFile(
            reader.OptionalString(root, "personSchema"),
            reader.OptionalString(root, "partParameterName"),
            reader.List(root, "environments", node => reader.Required(node, "name") is { } name && reader.Required(node, "baseUrl") is { } baseUrl
                ? new FregEnvironmentInfo(name, baseUrl.TrimEnd('/'), reader.OptionalString(node, "purpose") ?? string.Empty)
                : null),
            reader.List(root, "schemaSections", node => reader.Required(node, "keyPrefix") is { } prefix && reader.Required(node, "section") is { } section
                ? new SchemaSection(prefix, section)
                : null),
            reader.List(root, "invalidParts", node => reader.Required(node, "value")),
            reader.List(root, "operations", node => ReadOperationFacts(reader, node)),
            reader.List(root, "packages", node => ReadPackage(reader, node)));
    }

    private static OperationFacts? ReadOperationFacts(NodeReader reader, YamlMappingNode node)
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
            reader.OptionalString(node, "methodName"));
    }

    private static PackageEntry? ReadPackage(NodeReader reader, YamlMappingNode node)
    {
        if (reader.Required(node, "id") is not { } id)
        {
            return null;
        }

        return new PackageEntry(
            id,
            reader.OptionalString(node, "basedOn"),
            reader.OptionalString(node, "name"),
            reader.OptionalString(node, "urlPathSegment")?.Trim('/'),
            reader.StringList(node, "scopes"),
            reader.OptionalBool(node, "grantsEntireSpec"),
            reader.List(node, "operations", entry => reader.Required(entry, "method") is { } method && reader.Required(entry, "path") is { } path
                ? new EntryChange<OperationGrant>(
                    new OperationGrant(method, path, reader.StringList(entry, "excludedParameters") ?? EquatableArray<string>.Empty, Confidence(reader, entry)),
                    reader.OptionalBool(entry, "granted") ?? true)
                : null),
            reader.List(node, "properties", entry => reader.Required(entry, "name") is { } name
                ? new EntryChange<PropertyGrant>(
                    new PropertyGrant(
                        name,
                        reader.OptionalBool(entry, "personBasis") ?? false,
                        reader.OptionalBool(entry, "explicitPart") ?? false,
                        reader.OptionalBool(entry, "history") ?? false,
                        Confidence(reader, entry),
                        reader.OptionalString(entry, "note")),
                    reader.OptionalBool(entry, "granted") ?? true)
                : null),
            reader.List(node, "excludedFields", entry => reader.Required(entry, "path") is { } path
                ? new EntryChange<FieldExclusion>(
                    new FieldExclusion(path, Confidence(reader, entry), reader.OptionalString(entry, "note")),
                    !(reader.OptionalBool(entry, "granted") ?? false))
                : null),
            reader.List(node, "partAliases", entry => reader.Required(entry, "value") is { } value
                ? new EntryChange<PartAlias>(
                    new PartAlias(value, reader.StringList(entry, "expandsTo") ?? EquatableArray<string>.Empty),
                    reader.OptionalBool(entry, "granted") ?? true)
                : null),
            reader.OptionalBool(node, "generalisedEventTypes"),
            node.Start.Line,
            node.Start.Column);
    }

    private static string Confidence(NodeReader reader, YamlMappingNode node)
        => reader.OptionalString(node, "confidence") ?? "documented";

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim();
    }

    private sealed class NodeReader
    {
        private readonly List<CatalogueError> _errors;

        public NodeReader(List<CatalogueError> errors) => _errors = errors;

        public void Error(YamlNode node, string message) => _errors.Add(new CatalogueError(message, node.Start.Line, node.Start.Column));

        public string? Required(YamlMappingNode node, string key)
        {
            var value = OptionalString(node, key);
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(node, "The entry has no '" + key + "'.");
                return null;
            }

            return value;
        }

        public string? OptionalString(YamlMappingNode node, string key)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                return null;
            }

            if (value is YamlScalarNode scalar)
            {
                return scalar.Value;
            }

            Error(value, "'" + key + "' must be a string.");
            return null;
        }

        public int? OptionalInt(YamlMappingNode node, string key)
        {
            var text = OptionalString(node, key);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Error(node.Children[new YamlScalarNode(key)], "'" + key + "' must be a whole number.");
            return null;
        }

        public bool? OptionalBool(YamlMappingNode node, string key)
        {
            var text = OptionalString(node, key);
            if (text is null)
            {
                return null;
            }

            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            Error(node.Children[new YamlScalarNode(key)], "'" + key + "' must be true or false.");
            return null;
        }

        public EquatableArray<string>? StringList(YamlMappingNode node, string key)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                return null;
            }

            if (value is not YamlSequenceNode sequence)
            {
                Error(value, "'" + key + "' must be a list of strings.");
                return null;
            }

            var items = new List<string>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { } text })
                {
                    items.Add(text);
                }
                else
                {
                    Error(item, "'" + key + "' must be a list of strings.");
                }
            }

            return items.ToEquatableArray();
        }

        public EquatableArray<T> List<T>(YamlMappingNode node, string key, Func<YamlMappingNode, T?> readItem)
            where T : class, IEquatable<T>
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                return EquatableArray<T>.Empty;
            }

            if (value is not YamlSequenceNode sequence)
            {
                Error(value, "'" + key + "' must be a list.");
                return EquatableArray<T>.Empty;
            }

            var items = new List<T>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlMappingNode mapping)
                {
                    if (readItem(mapping) is { } read)
                    {
                        items.Add(read);
                    }
                }
                else if (typeof(T) == typeof(string) && item is YamlScalarNode { Value: { } text })
                {
                    items.Add((T)(object)text);
                }
                else
                {
                    Error(item, "Each item of '" + key + "' must be an object.");
                }
            }

            return items.ToEquatableArray();
        }
    }
}
