using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// The <c>part</c> values of FregPart: every value the package accepts (person-basis, historikk, its aliases, its
/// properties) that still selects a granted person property, with a member name and a description. In: the package,
/// the catalogue and the granted spec. Out: the values in the package's order.
/// </summary>
internal static class PartPlanner
{
    public static EquatableArray<PartValue> Plan(RightsPackage package, RightsCatalogue catalogue, GrantedSpec granted)
    {
        if (granted.PersonSchema is null)
        {
            return EquatableArray<PartValue>.Empty;
        }

        var specPersonProperties = granted.SpecPersonProperties;
        var available = new HashSet<string>(granted.GrantedPersonProperties, StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.Ordinal) { "FregPart", "Value", "All", "Parse" };
        var parts = new List<PartValue>();
        foreach (var value in package.PartValues(catalogue, specPersonProperties))
        {
            var resolution = package.ResolvePart(value, catalogue, specPersonProperties);
            if (resolution is null)
            {
                continue;
            }

            var isField = !resolution.IsHistoryModifier && resolution.Properties.Count == 1 && string.Equals(resolution.Properties[0], value, StringComparison.OrdinalIgnoreCase);
            if (isField && !available.Contains(value))
            {
                continue;
            }

            var covered = resolution.Properties.Where(available.Contains).ToList();
            if (!resolution.IsHistoryModifier && covered.Count == 0)
            {
                continue;
            }

            var description = resolution.IsHistoryModifier
                ? "historikk: adds earlier (non-current) values of the returned properties that have history."
                : isField
                    ? value + ": the person property '" + value + "'."
                    : value + ": " + string.Join(", ", covered) + ".";
            parts.Add(new PartValue(resolution.CanonicalValue, Naming.Unique(Naming.Pascal(resolution.CanonicalValue), taken), description, isField));
        }

        return parts.ToEquatableArray();
    }
}
