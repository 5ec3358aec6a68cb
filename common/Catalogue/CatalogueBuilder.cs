using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>
/// Builds the effective <see cref="RightsCatalogue"/>: the embedded file first, then each project catalogue file in
/// order. A project file may add packages, replace a package by id, or derive one with <c>basedOn</c> (its lists then
/// add to or, with <c>"granted": false</c>, remove from the base package's lists).
/// </summary>
internal static class CatalogueBuilder
{
    public const string DefaultPartParameterName = "part";

    public static RightsCatalogue Build(CatalogueFile embedded, IEnumerable<(CatalogueFile File, string Path)> overlays, List<(CatalogueError Error, string Path)> errors)
    {
        var personSchema = embedded.PersonSchema ?? "Folkeregisterperson";
        var partParameter = embedded.PartParameterName ?? DefaultPartParameterName;
        var environments = embedded.Environments.ToList();
        var sections = embedded.SchemaSections.ToList();
        var invalidParts = embedded.InvalidParts.ToList();
        var facts = embedded.Operations.ToList();
        var packages = new List<RightsPackage>();
        foreach (var entry in embedded.Packages)
        {
            var localErrors = new List<CatalogueError>();
            if (Resolve(entry, packages, localErrors) is { } package)
            {
                Upsert(packages, package);
            }

            errors.AddRange(localErrors.Select(error => (error, "embedded catalogue")));
        }

        foreach (var (file, path) in overlays)
        {
            personSchema = file.PersonSchema ?? personSchema;
            partParameter = file.PartParameterName ?? partParameter;
            foreach (var environment in file.Environments)
            {
                environments.RemoveAll(existing => string.Equals(existing.Name, environment.Name, StringComparison.OrdinalIgnoreCase));
                environments.Add(environment);
            }

            sections.InsertRange(0, file.SchemaSections);
            invalidParts.AddRange(file.InvalidParts.Where(part => !invalidParts.Contains(part, StringComparer.OrdinalIgnoreCase)));
            foreach (var fact in file.Operations)
            {
                facts.RemoveAll(existing => existing.Key == fact.Key);
                facts.Add(fact);
            }

            foreach (var entry in file.Packages)
            {
                var localErrors = new List<CatalogueError>();
                if (Resolve(entry, packages, localErrors) is { } package)
                {
                    Upsert(packages, package);
                }

                errors.AddRange(localErrors.Select(error => (error, path)));
            }
        }

        return new RightsCatalogue(
            personSchema,
            partParameter,
            environments.ToEquatableArray(),
            sections.ToEquatableArray(),
            invalidParts.ToEquatableArray(),
            facts.ToEquatableArray(),
            packages.ToEquatableArray());
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

    private static RightsPackage? Resolve(PackageEntry entry, List<RightsPackage> known, List<CatalogueError> errors)
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
            entry.GeneralisedEventTypes ?? basePackage?.GeneralisedEventTypes ?? false);
    }

    private static EquatableArray<T> Merge<T>(EquatableArray<T>? inherited, EquatableArray<EntryChange<T>> changes, Func<T, string> keyOf)
        where T : IEquatable<T>
    {
        var result = inherited?.ToList() ?? new List<T>();
        foreach (var change in changes)
        {
            var key = keyOf(change.Entry);
            result.RemoveAll(existing => string.Equals(keyOf(existing), key, StringComparison.Ordinal));
            if (change.Granted)
            {
                result.Add(change.Entry);
            }
        }

        return result.ToEquatableArray();
    }
}
