using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// The remarks on a person property's doc comment: how to get it (person-basis, or which part), whether it has history,
/// how sure the catalogue is, and the catalogue's note. In: the package and the property's JSON name. Out: the lines.
/// </summary>
internal static class PersonPropertyRemarks
{
    public static EquatableArray<string> For(RightsPackage package, string property)
    {
        var remarks = new List<string>();
        var grant = package.FindProperty(property);
        if (grant is null)
        {
            remarks.Add("Granted because the package '" + package.Id + "' grants the entire specification.");
            return remarks.ToEquatableArray();
        }

        remarks.Add(grant.PersonBasis
            ? "Part of person-basis: returned when no part is given."
            : "Returned only when part includes '" + grant.Name + "'" + AliasesCovering(package, grant.Name) + ".");
        if (grant.History)
        {
            remarks.Add("Has history: add part 'historikk' to get earlier values.");
        }

        if (grant.Confidence != "documented")
        {
            remarks.Add("The grant is " + grant.Confidence + " from Skatteetaten's documentation; verify it against your agreement.");
        }

        if (grant.Note is { } note)
        {
            remarks.Add(note);
        }

        return remarks.ToEquatableArray();
    }

    private static string AliasesCovering(RightsPackage package, string property)
    {
        var aliases = package.PartAliases.Where(alias => alias.ExpandsTo.Any(p => string.Equals(p, property, StringComparison.OrdinalIgnoreCase))).Select(alias => "'" + alias.Value + "'").ToList();
        return aliases.Count == 0 ? string.Empty : " or " + string.Join(" or ", aliases);
    }
}
