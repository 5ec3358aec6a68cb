using System;
using System.Collections.Generic;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>
/// One rights package (rettighetspakke): its URL, scopes, operations, person properties, parts, the per-person screening
/// rules Freg applies for it and its feed. <see cref="GeneralisedEventTypes"/>: the package's feed shows generalised event
/// types (endringIPerson). A package read from the catalogue holds every dated fact; <see cref="AsOf"/> gives the package
/// as it is on one day, which is what the generator, analyzers and simulator use.
/// </summary>
internal sealed partial record RightsPackage(
    string Id,
    string Name,
    string UrlPathSegment,
    EquatableArray<string> Scopes,
    bool GrantsEntireSpec,
    EquatableArray<OperationGrant> Operations,
    EquatableArray<PropertyGrant> Properties,
    EquatableArray<FieldExclusion> ExcludedFields,
    EquatableArray<PartAlias> PartAliases,
    bool GeneralisedEventTypes = false)
{
    public const string PersonBasisPart = "person-basis";
    public const string HistoryPart = "historikk";
    public const string GeneralisedEventType = "endringIPerson";

    /// <summary>When the package exists (the uten-folkeregisteridentifikator packages from 2022-10-24).</summary>
    public Validity Validity { get; init; }

    /// <summary>The id of the published specification that documents the package (catalogue <c>specifications</c>).</summary>
    public string? Specification { get; init; }

    public EquatableArray<ScreeningReference> Screening { get; init; }

    public FeedRules Feed { get; init; } = FeedRules.Default;

    public string PrimaryScope => Scopes.Count > 0 ? Scopes[0] : string.Empty;

    public OperationGrant? FindOperation(string method, string pathTemplate)
    {
        var key = OperationKey.Create(method, pathTemplate);
        foreach (var operation in Operations)
        {
            if (operation.Key == key)
            {
                return operation;
            }
        }

        return null;
    }

    public OperationGrant? FindOperationForConcretePath(string method, string concretePath)
    {
        foreach (var operation in Operations)
        {
            if (operation.Key.MatchesConcretePath(method, concretePath))
            {
                return operation;
            }
        }

        return null;
    }

    public bool GrantsOperation(string method, string pathTemplate)
        => GrantsEntireSpec || FindOperation(method, pathTemplate) is not null;

    public PropertyGrant? FindProperty(string name) => FindProperty(name, name.Length);

    /// <summary>Whether a top-level person property is granted (deny-by-default unless the package grants the entire spec).</summary>
    public bool GrantsProperty(string name) => GrantsEntireSpec || FindProperty(name) is not null;

    /// <summary>Whether a dotted field path (<c>navn</c>, <c>kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer</c>) is granted.</summary>
    /// <remarks>The analyzers ask this for every property they see, so it compares in place instead of cutting strings.</remarks>
    public bool GrantsField(string path)
    {
        var dot = path.IndexOf('.');
        if (!GrantsEntireSpec && FindProperty(path, dot < 0 ? path.Length : dot) is null)
        {
            return false;
        }

        foreach (var excluded in ExcludedFields)
        {
            var length = excluded.Path.Length;
            if ((path.Length == length || (path.Length > length && path[length] == '.'))
                && string.Compare(path, 0, excluded.Path, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The granted property named by the first <paramref name="length"/> characters of <paramref name="path"/>.</summary>
    private PropertyGrant? FindProperty(string path, int length)
    {
        foreach (var property in Properties)
        {
            if (property.Name.Length == length && string.Compare(path, 0, property.Name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return property;
            }
        }

        return null;
    }

    public PartAlias? FindAlias(string value)
    {
        foreach (var alias in PartAliases)
        {
            if (string.Equals(alias.Value, value, StringComparison.OrdinalIgnoreCase))
            {
                return alias;
            }
        }

        return null;
    }

    /// <summary>The properties Freg returns whatever <c>part</c> says.</summary>
    public IEnumerable<string> AlwaysReturnedProperties()
    {
        foreach (var property in Properties)
        {
            if (property.AlwaysReturned is not null)
            {
                yield return property.Name;
            }
        }
    }

    /// <summary>The screening rules the package applies to a property, with the package's reference to each.</summary>
    public IEnumerable<(ScreeningRule Rule, ScreeningReference Reference)> ScreeningFor(string property, RightsCatalogue catalogue)
    {
        foreach (var reference in Screening)
        {
            if (catalogue.FindScreeningRule(reference.Rule) is { } rule && rule.Covers(property))
            {
                yield return (rule, reference);
            }
        }
    }

    /// <summary>
    /// The type under which the package's feed carries an event of <paramref name="hendelsestype"/>, or null when the package
    /// does not get it: withheld for the package, or about properties the package is not granted; generalised to
    /// <see cref="GeneralisedEventType"/> where the package sees generalised types.
    /// </summary>
    public string? VisibleEventType(string hendelsestype, RightsCatalogue catalogue)
    {
        foreach (var withheld in Feed.WithheldEventTypes)
        {
            if (string.Equals(withheld.Type, hendelsestype, StringComparison.Ordinal))
            {
                return null;
            }
        }

        var facts = catalogue.FindEventType(hendelsestype);
        if (facts is { Properties.IsEmpty: false } && !GrantsAny(facts.Properties))
        {
            return null;
        }

        return GeneralisedEventTypes && facts?.KeptWhenGeneralised != true ? GeneralisedEventType : hendelsestype;
    }

    /// <summary>Whether the feed entries carry the person's identifier: the shape has it and the package is granted identifikasjonsnummer.</summary>
    public bool FeedCarriesIdentifier => Feed.Carries(FeedRules.Folkeregisteridentifikator) && GrantsProperty("identifikasjonsnummer");

    private bool GrantsAny(EquatableArray<string> properties)
    {
        foreach (var property in properties)
        {
            if (GrantsProperty(property))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The properties a request without <c>part</c> (or with <c>part=person-basis</c>) returns.</summary>
    public IEnumerable<string> PersonBasisProperties()
    {
        foreach (var property in Properties)
        {
            if (property.PersonBasis)
            {
                yield return property.Name;
            }
        }
    }

    /// <summary>
    /// Resolves one <c>part</c> value: the properties it selects, <c>historikk</c> as a modifier, or <c>null</c> when the
    /// package does not know the value. <paramref name="specProperties"/> lets a package that grants the entire spec accept
    /// every property of the spec's person document.
    /// </summary>
    public PartResolution? ResolvePart(string value, RightsCatalogue catalogue, IEnumerable<string>? specProperties = null)
    {
        if (string.IsNullOrWhiteSpace(value) || catalogue.IsInvalidPart(value))
        {
            return null;
        }

        if (string.Equals(value, HistoryPart, StringComparison.OrdinalIgnoreCase))
        {
            return new PartResolution(HistoryPart, EquatableArray<string>.Empty, IsHistoryModifier: true);
        }

        if (string.Equals(value, PersonBasisPart, StringComparison.OrdinalIgnoreCase))
        {
            return new PartResolution(PersonBasisPart, PersonBasisProperties().ToEquatableArray(), IsHistoryModifier: false);
        }

        if (FindAlias(value) is { } alias)
        {
            return new PartResolution(alias.Value, alias.ExpandsTo, IsHistoryModifier: false);
        }

        if (FindProperty(value) is { } property)
        {
            return new PartResolution(property.Name, new EquatableArray<string>(new[] { property.Name }), IsHistoryModifier: false);
        }

        if (GrantsEntireSpec && specProperties is not null)
        {
            foreach (var specProperty in specProperties)
            {
                if (string.Equals(specProperty, value, StringComparison.OrdinalIgnoreCase))
                {
                    return new PartResolution(specProperty, new EquatableArray<string>(new[] { specProperty }), IsHistoryModifier: false);
                }
            }
        }

        return null;
    }

    /// <summary>Every part value this package accepts, in a stable order: person-basis, historikk, aliases, then properties.</summary>
    public IEnumerable<string> PartValues(RightsCatalogue catalogue, IEnumerable<string>? specProperties = null)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fixedPart in new[] { PersonBasisPart, HistoryPart })
        {
            seen.Add(fixedPart);
            yield return fixedPart;
        }

        foreach (var alias in PartAliases)
        {
            if (seen.Add(alias.Value))
            {
                yield return alias.Value;
            }
        }

        foreach (var property in Properties)
        {
            if (!catalogue.IsInvalidPart(property.Name) && seen.Add(property.Name))
            {
                yield return property.Name;
            }
        }

        if (GrantsEntireSpec && specProperties is not null)
        {
            foreach (var specProperty in specProperties)
            {
                if (!catalogue.IsInvalidPart(specProperty) && seen.Add(specProperty))
                {
                    yield return specProperty;
                }
            }
        }
    }
}

internal sealed record PartResolution(string CanonicalValue, EquatableArray<string> Properties, bool IsHistoryModifier);
