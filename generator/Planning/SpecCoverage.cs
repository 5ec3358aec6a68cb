using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Whether the spec holds what the package grants, so that a wrong or outdated file never gives a silently empty client:
/// FREG010 (warning) lists the granted operations and person properties the spec lacks, located at its <c>paths</c> and
/// at its person document; FREG011 (error) when the package gets no operation at all from the spec (the wrong file, or
/// paths FregGen does not recognise), naming the package, the spec and what was expected. In: the spec, its person
/// schema, the granted spec, the catalogue and the package. Out: the diagnostics.
/// </summary>
internal static class SpecCoverage
{
    private const int ListedPaths = 5;

    public static EquatableArray<DiagnosticInfo> Check(SpecDocument spec, SchemaSpec? personSchema, GrantedSpec granted, RightsCatalogue catalogue, RightsPackage package, LocationInfo? fallbackLocation)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var offered = package.Operations.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
        var pathsLocation = spec.PathsLocation ?? fallbackLocation;
        if (granted.Operations.Count == 0 && (offered.Count > 0 || package.GrantsEntireSpec))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NoOperationForPackage.Id,
                pathsLocation,
                package.Id,
                spec.Title,
                spec.Version,
                offered.Count == 0 ? "every operation of the spec" : string.Join(", ", offered.Select(o => Describe(o, catalogue))),
                Declared(spec)));
        }
        else
        {
            var declared = new HashSet<OperationKey>(spec.Operations.Select(o => OperationKey.Create(o.Method, OperationPaths.BelowPackage(spec.ServerPath, o.Path))));
            var missing = offered.Where(o => !declared.Contains(o.Key)).Select(o => Describe(o, catalogue)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecLacksGrantedItems.Id, pathsLocation, spec.Title, spec.Version, "operations", package.Id, string.Join(", ", missing)));
            }
        }

        if (package.Properties.Count > 0)
        {
            var inSpec = new HashSet<string>(personSchema?.Properties.Select(p => p.JsonName) ?? Enumerable.Empty<string>(), StringComparer.OrdinalIgnoreCase);
            var missing = package.Properties.Select(p => p.Name).Where(name => !inSpec.Contains(name)).ToList();
            if (missing.Count > 0)
            {
                var list = string.Join(", ", missing) + (personSchema is null ? " (the spec has no person document '" + catalogue.PersonSchema + "')" : string.Empty);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SpecLacksGrantedItems.Id, personSchema?.Location ?? fallbackLocation, spec.Title, spec.Version, "person fields", package.Id, list));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static string Describe(OperationGrant operation, RightsCatalogue catalogue)
        => operation.Method.ToUpperInvariant() + " " + operation.Path
            + (catalogue.FindOperationFacts(operation.Method, operation.Path)?.MethodName is { } name ? " (" + name + ")" : string.Empty);

    private static string Declared(SpecDocument spec)
    {
        var paths = spec.Operations.Select(o => o.Method + " " + o.Path).ToList();
        return paths.Count <= ListedPaths
            ? string.Join(", ", paths)
            : string.Join(", ", paths.Take(ListedPaths)) + " and " + (paths.Count - ListedPaths).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more";
    }
}
