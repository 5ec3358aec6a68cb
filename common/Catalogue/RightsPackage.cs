using System;
using System.Collections.Generic;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>
/// One rights package (rettighetspakke): its URL, scopes, operations, person properties and parts.
/// <see cref="GeneralisedEventTypes"/>: the package's feed shows generalised event types (endringIPerson).
/// </summary>
internal sealed record RightsPackage(
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
