using System;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>
/// The rights catalogue: what each Freg rights package (rettighetspakke) grants. Read from the embedded
/// <c>freg-rights-catalogue.json</c>, optionally overlaid by a project's own catalogue file.
/// </summary>
internal sealed partial record RightsCatalogue(
    string PersonSchema,
    string PartParameterName,
    EquatableArray<FregEnvironmentInfo> Environments,
    EquatableArray<SchemaSection> SchemaSections,
    EquatableArray<string> InvalidParts,
    EquatableArray<OperationFacts> Operations,
    EquatableArray<RightsPackage> Packages)
{
    /// <summary>The day the catalogue's facts were last checked (<c>asOf</c>): the catalogue date when a build sets none.</summary>
    public CatalogueDate? DefaultDate { get; init; }

    public EquatableArray<InvalidPart> InvalidPartFacts { get; init; }

    public EquatableArray<PublishedSpecification> Specifications { get; init; }

    public EquatableArray<ScreeningRule> ScreeningRules { get; init; }

    public EquatableArray<EventTypeFacts> EventTypes { get; init; }

    public EquatableArray<ValueChange> ValueChanges { get; init; }

    public EquatableArray<NotExpressedRule> NotExpressed { get; init; }

    public RightsPackage? FindPackage(string id)
    {
        foreach (var package in Packages)
        {
            if (string.Equals(package.Id, id, StringComparison.Ordinal))
            {
                return package;
            }
        }

        return null;
    }

    public ScreeningRule? FindScreeningRule(string id) => FindById(ScreeningRules, id, rule => rule.Id);

    public PublishedSpecification? FindSpecification(string id) => FindById(Specifications, id, specification => specification.Id);

    public EventTypeFacts? FindEventType(string type) => FindById(EventTypes, type, facts => facts.Type);

    public OperationFacts? FindOperationFacts(string method, string path)
    {
        var key = OperationKey.Create(method, path);
        foreach (var facts in Operations)
        {
            if (facts.Key == key)
            {
                return facts;
            }
        }

        return null;
    }

    public bool IsInvalidPart(string value)
    {
        foreach (var invalid in InvalidParts)
        {
            if (string.Equals(invalid, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maps a dotted schema key to its C# sub-namespace: an explicit section, else the segment before the version (<c>person.v1</c> → <c>Person</c>).</summary>
    public string SectionOf(string schemaKey)
    {
        foreach (var section in SchemaSections)
        {
            if (schemaKey.StartsWith(section.KeyPrefix, StringComparison.Ordinal))
            {
                return section.Section;
            }
        }

        var segments = schemaKey.Split('.');
        for (var i = segments.Length - 2; i > 0; i--)
        {
            if (IsVersionSegment(segments[i]))
            {
                return Pascal(segments[i - 1]);
            }
        }

        return segments.Length > 1 ? Pascal(segments[segments.Length - 2]) : "Modeller";
    }

    private static T? FindById<T>(EquatableArray<T> items, string id, Func<T, string> idOf)
        where T : class, IEquatable<T>
    {
        foreach (var item in items)
        {
            if (string.Equals(idOf(item), id, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }

    private static bool IsVersionSegment(string segment)
    {
        if (segment.Length < 2 || (segment[0] != 'v' && segment[0] != 'V'))
        {
            return false;
        }

        for (var i = 1; i < segment.Length; i++)
        {
            if (!char.IsDigit(segment[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Pascal(string segment)
        => segment.Length == 0 ? segment : char.ToUpperInvariant(segment[0]) + segment.Substring(1);
}

internal sealed record FregEnvironmentInfo(string Name, string BaseUrl, string Purpose);

internal sealed record SchemaSection(string KeyPrefix, string Section);

/// <summary>
/// Facts about an operation that the spec does not carry (limits, response-shape quirks). <see cref="MethodName"/> is
/// the client method's stable name, whatever operationId a spec file gives the operation. <see cref="ResponseIsList"/>
/// is the format-1 guess for a bulk answer whose spec declares one object; <see cref="Wrapper"/> is the shape OMH 1.6.2
/// declares, and wins wherever the spec declares it (<see cref="ExpectsList"/>).
/// </summary>
internal sealed record OperationFacts(
    string Method,
    string Path,
    int? MaxItemsPerRequest,
    bool ResponseIsList,
    EquatableArray<ParameterLimit> ParameterLimits,
    string? FeedSequenceProperty = null,
    string? MethodName = null)
{
    public OperationKey Key { get; } = OperationKey.Create(Method, Path);

    public ResponseWrapper? Wrapper { get; init; }

    public EquatableArray<DeclaredStatus> Statuses { get; init; }

    /// <summary>
    /// Whether to read the 200 answer as a list of the declared object: only when the catalogue says so and the declared
    /// schema (its top-level property names) is not the wrapper.
    /// </summary>
    public bool ExpectsList(System.Collections.Generic.IEnumerable<string> declaredProperties)
    {
        if (!ResponseIsList)
        {
            return false;
        }

        if (Wrapper is null)
        {
            return true;
        }

        foreach (var property in declaredProperties)
        {
            if (string.Equals(property, Wrapper.ListProperty, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

internal sealed record ParameterLimit(string Name, long Maximum);

internal sealed record OperationGrant(string Method, string Path, EquatableArray<string> ExcludedParameters, string Confidence, Validity Validity = default, string? Source = null)
{
    public OperationKey Key { get; } = OperationKey.Create(Method, Path);
}

/// <summary>
/// A granted top-level person property. <see cref="AlwaysReturned"/>: Freg returns it whatever <c>part</c> says
/// (<c>identifikasjonsnummer</c> outside privat and presse).
/// </summary>
internal sealed record PropertyGrant(
    string Name,
    bool PersonBasis,
    bool ExplicitPart,
    bool History,
    string Confidence,
    string? Note,
    string? Source = null,
    Validity Validity = default,
    FactSource? AlwaysReturned = null);

internal sealed record FieldExclusion(string Path, string Confidence, string? Note, string? Source = null, Validity Validity = default);

internal sealed record PartAlias(string Value, EquatableArray<string> ExpandsTo, Validity Validity = default);
