using System;
using FregGen.Infrastructure;
using FregGen.Catalogue.Nodes;

namespace FregGen.Catalogue;

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
    int Column)
{
    public Validity? Validity { get; init; }

    public string? Specification { get; init; }

    public EquatableArray<EntryChange<ScreeningReference>> Screening { get; init; }

    /// <summary>The feed's shape and its source, when the entry sets it.</summary>
    public (FeedShape Shape, FactSource Source)? FeedShape { get; init; }

    public EquatableArray<EntryChange<WithheldEventType>> WithheldEventTypes { get; init; }
}

/// <summary>An entry of a package list; <see cref="Granted"/> = false removes an inherited entry.</summary>
internal sealed record EntryChange<T>(T Entry, bool Granted)
    where T : IEquatable<T>;

internal static partial class CatalogueReader
{
    private static PackageEntry? ReadPackage(CatalogueNodeReader reader, CatalogueMapping node)
    {
        if (reader.Required(node, "id") is not { } id)
        {
            return null;
        }

        var feed = reader.OptionalMapping2(node, "feed");
        return new PackageEntry(
            id,
            reader.OptionalString(node, "basedOn"),
            reader.OptionalString(node, "name"),
            reader.OptionalString(node, "urlPathSegment")?.Trim('/'),
            reader.StringList(node, "scopes"),
            reader.OptionalBool(node, "grantsEntireSpec"),
            reader.List(node, "operations", entry => reader.Required(entry, "method") is { } method && reader.Required(entry, "path") is { } path
                ? Change(reader, entry, new OperationGrant(method, path, reader.StringList(entry, "excludedParameters") ?? EquatableArray<string>.Empty, reader.Confidence(entry), reader.Validity(entry), reader.OptionalString(entry, "source")))
                : null),
            reader.List(node, "properties", entry => reader.Required(entry, "name") is { } name
                ? Change(reader, entry, new PropertyGrant(
                    name,
                    reader.OptionalBool(entry, "personBasis") ?? false,
                    reader.OptionalBool(entry, "explicitPart") ?? false,
                    reader.OptionalBool(entry, "history") ?? false,
                    reader.Confidence(entry),
                    reader.OptionalString(entry, "note"),
                    reader.OptionalString(entry, "source"),
                    reader.Validity(entry),
                    reader.Has2(entry, "alwaysReturned") && reader.OptionalBool(entry, "alwaysReturned") == true ? reader.Fact(entry, "alwaysReturnedSource", "alwaysReturnedConfidence") : null))
                : null),
            reader.List(node, "excludedFields", entry => reader.Required(entry, "path") is { } path
                ? new EntryChange<FieldExclusion>(
                    new FieldExclusion(path, reader.Confidence(entry), reader.OptionalString(entry, "note"), reader.OptionalString(entry, "source"), reader.Validity(entry)),
                    !(reader.OptionalBool(entry, "granted") ?? false))
                : null),
            reader.List(node, "partAliases", entry => reader.Required(entry, "value") is { } value
                ? Change(reader, entry, new PartAlias(value, reader.StringList(entry, "expandsTo") ?? EquatableArray<string>.Empty, reader.Validity(entry)))
                : null),
            reader.OptionalBool(node, "generalisedEventTypes"),
            node.Line,
            node.Column)
        {
            Validity = reader.Has2(node, "from") || reader.Has2(node, "until") ? reader.Validity(node) : null,
            Specification = reader.Has2(node, "specification") ? reader.OptionalString(node, "specification") : null,
            Screening = reader.List2(node, "screening", entry => reader.Required(entry, "rule") is { } rule
                ? Change(reader, entry, new ScreeningReference(rule, reader.Validity(entry), reader.OptionalString(entry, "source") ?? string.Empty, reader.Confidence(entry), reader.OptionalString(entry, "note")))
                : null),
            FeedShape = feed is null ? null : ReadFeedShape(reader, feed),
            WithheldEventTypes = feed is null ? EquatableArray<EntryChange<WithheldEventType>>.Empty : reader.List(feed, "withheldEventTypes", entry => reader.Required(entry, "type") is { } type
                ? Change(reader, entry, new WithheldEventType(type, reader.Validity(entry), reader.OptionalString(entry, "source") ?? string.Empty, reader.Confidence(entry), reader.OptionalString(entry, "note")))
                : null),
        };
    }

    private static EntryChange<T> Change<T>(CatalogueNodeReader reader, CatalogueMapping entry, T value)
        where T : IEquatable<T>
        => new(value, reader.OptionalBool(entry, "granted") ?? true);

    private static (FeedShape, FactSource)? ReadFeedShape(CatalogueNodeReader reader, CatalogueMapping feed)
    {
        if (reader.OptionalString(feed, "shape") is not { } text)
        {
            return null;
        }

        if (!FeedRules.TryParseShape(text, out var shape))
        {
            reader.Error(feed["shape"], "'shape' must be 'full', 'thin' or 'identifierOnly', not '" + text + "'.");
            return null;
        }

        return (shape, reader.Fact(feed));
    }
}
