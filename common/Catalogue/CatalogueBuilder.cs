using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>
/// Builds the effective <see cref="RightsCatalogue"/>: the embedded file first, then each project catalogue file in
/// order. A project file may add packages, replace a package by id, or derive one with <c>basedOn</c> (its lists then
/// add to or, with <c>"granted": false</c>, remove from the base package's lists). Top-level entries with an id
/// (specifications, screening rules, event types) replace the entry of the same id.
/// </summary>
internal static class CatalogueBuilder
{
    public const string DefaultPartParameterName = "part";

    public static RightsCatalogue Build(CatalogueFile embedded, IEnumerable<(CatalogueFile File, string Path)> overlays, List<(CatalogueError Error, string Path)> errors)
    {
        var files = new List<(CatalogueFile File, string Path)> { (embedded, "embedded catalogue") };
        files.AddRange(overlays);

        string? personSchema = null;
        string? partParameter = null;
        CatalogueDate? asOf = null;
        var environments = new List<FregEnvironmentInfo>();
        var sections = new List<SchemaSection>();
        var invalidParts = new List<InvalidPart>();
        var facts = new List<OperationFacts>();
        var specifications = new List<PublishedSpecification>();
        var rules = new List<ScreeningRule>();
        var eventTypes = new List<EventTypeFacts>();
        var valueChanges = new List<ValueChange>();
        var notExpressed = new List<NotExpressedRule>();
        var packages = new List<RightsPackage>();
        foreach (var (file, path) in files)
        {
            personSchema = file.PersonSchema ?? personSchema;
            partParameter = file.PartParameterName ?? partParameter;
            asOf = file.AsOf ?? asOf;
            ReplaceById(environments, file.Environments, environment => environment.Name.ToUpperInvariant());
            sections.InsertRange(0, file.SchemaSections);
            invalidParts.AddRange(file.InvalidParts.Where(part => !invalidParts.Contains(part)));
            ReplaceById(facts, file.Operations, fact => fact.Key.Value);
            ReplaceById(specifications, file.Specifications, specification => specification.Id);
            ReplaceById(rules, file.ScreeningRules, rule => rule.Id);
            ReplaceById(eventTypes, file.EventTypes, type => type.Type);
            valueChanges.AddRange(file.ValueChanges);
            notExpressed.AddRange(file.NotExpressed);
            foreach (var entry in file.Packages)
            {
                var localErrors = new List<CatalogueError>();
                if (Resolve(entry, packages, specifications, rules, localErrors) is { } package)
                {
                    Upsert(packages, package);
                }

                errors.AddRange(localErrors.Select(error => (error, path)));
            }
        }

        return new RightsCatalogue(
            personSchema ?? "Folkeregisterperson",
            partParameter ?? DefaultPartParameterName,
            environments.ToEquatableArray(),
            sections.ToEquatableArray(),
            invalidParts.Select(part => part.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToEquatableArray(),
            facts.ToEquatableArray(),
            packages.ToEquatableArray())
        {
            DefaultDate = asOf,
            InvalidPartFacts = invalidParts.ToEquatableArray(),
            Specifications = specifications.ToEquatableArray(),
            ScreeningRules = rules.ToEquatableArray(),
            EventTypes = eventTypes.ToEquatableArray(),
            ValueChanges = valueChanges.ToEquatableArray(),
            NotExpressed = notExpressed.ToEquatableArray(),
        };
    }

    private static void ReplaceById<T>(List<T> items, EquatableArray<T> replacements, Func<T, string> keyOf)
        where T : IEquatable<T>
    {
        foreach (var replacement in replacements)
        {
            var key = keyOf(replacement);
            items.RemoveAll(existing => string.Equals(keyOf(existing), key, StringComparison.Ordinal));
            items.Add(replacement);
        }
    }

    private static void Upsert(List<RightsPackage> packages, RightsPackage package)
    {
        var index = packages.FindIndex(existing => string.Equals(existing.Id, package.Id, StringComparison.Ordinal));
        if (index >= 0)
        {
            packages[index] = package;
        }
        else
        {
            packages.Add(package);
        }
    }

    private static RightsPackage? Resolve(PackageEntry entry, List<RightsPackage> known, List<PublishedSpecification> specifications, List<ScreeningRule> rules, List<CatalogueError> errors)
    {
        RightsPackage? basePackage = null;
        if (entry.BasedOn is { } baseId)
        {
            basePackage = known.FirstOrDefault(package => string.Equals(package.Id, baseId, StringComparison.Ordinal));
            if (basePackage is null)
            {
                errors.Add(new CatalogueError(
                    "Package '" + entry.Id + "' is based on '" + baseId + "', which is not defined before it. Known packages: " + string.Join(", ", known.Select(p => p.Id)) + ".",
                    entry.Line,
                    entry.Column));
                return null;
            }
        }

        var name = entry.Name ?? basePackage?.Name;
        var segment = entry.UrlPathSegment ?? basePackage?.UrlPathSegment;
        var scopes = entry.Scopes ?? basePackage?.Scopes;
        if (name is null || segment is null || scopes is null || scopes.Value.IsEmpty)
        {
            errors.Add(new CatalogueError(
                "Package '" + entry.Id + "' needs 'name', 'urlPathSegment' and 'scopes' (or 'basedOn' an existing package).",
                entry.Line,
                entry.Column));
            return null;
        }

        if (entry.Specification is { } specification && !specifications.Any(s => s.Id == specification))
        {
            errors.Add(new CatalogueError(
                "Package '" + entry.Id + "' names the specification '" + specification + "', which no 'specifications' entry defines. Known: " + string.Join(", ", specifications.Select(s => s.Id)) + ".",
                entry.Line,
                entry.Column));
        }

        foreach (var unknown in entry.Screening.Where(change => change.Granted && !rules.Any(rule => rule.Id == change.Entry.Rule)))
        {
            errors.Add(new CatalogueError(
                "Package '" + entry.Id + "' applies the screening rule '" + unknown.Entry.Rule + "', which no 'screeningRules' entry defines. Known: " + string.Join(", ", rules.Select(r => r.Id)) + ".",
                entry.Line,
                entry.Column));
        }

        var baseFeed = basePackage?.Feed ?? FeedRules.Default;
        var feed = new FeedRules(
            entry.FeedShape?.Shape ?? baseFeed.Shape,
            entry.FeedShape?.Source.Source ?? baseFeed.Source,
            entry.FeedShape?.Source.Confidence ?? baseFeed.Confidence,
            Merge(basePackage?.Feed.WithheldEventTypes, entry.WithheldEventTypes, withheld => withheld.Type));
        return new RightsPackage(
            entry.Id,
            name,
            segment,
            scopes.Value,
            entry.GrantsEntireSpec ?? basePackage?.GrantsEntireSpec ?? false,
            Merge(basePackage?.Operations, entry.Operations, grant => grant.Key.Value),
            Merge(basePackage?.Properties, entry.Properties, grant => grant.Name.ToUpperInvariant()),
            Merge(basePackage?.ExcludedFields, entry.ExcludedFields, exclusion => exclusion.Path.ToUpperInvariant()),
            Merge(basePackage?.PartAliases, entry.PartAliases, alias => alias.Value.ToUpperInvariant()),
            entry.GeneralisedEventTypes ?? basePackage?.GeneralisedEventTypes ?? false)
        {
            Validity = entry.Validity ?? basePackage?.Validity ?? default,
            Specification = entry.Specification ?? basePackage?.Specification,
            Screening = Merge(basePackage?.Screening, entry.Screening, reference => reference.Rule),
            Feed = feed,
        };
    }

    /// <summary>
    /// The inherited entries without those the change list names (by key), then every granted entry of the change list in
    /// order: so a file may give one property several dated grants, and still replace or remove an inherited one.
    /// </summary>
    private static EquatableArray<T> Merge<T>(EquatableArray<T>? inherited, EquatableArray<EntryChange<T>> changes, Func<T, string> keyOf)
        where T : IEquatable<T>
    {
        var named = new HashSet<string>(changes.Select(change => keyOf(change.Entry)), StringComparer.Ordinal);
        var result = (inherited?.ToList() ?? new List<T>()).Where(existing => !named.Contains(keyOf(existing))).ToList();
        result.AddRange(changes.Where(change => change.Granted).Select(change => change.Entry));
        return result.ToEquatableArray();
    }
}
