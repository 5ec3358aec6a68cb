using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// The XML doc remarks of a person property: what the rights package gets of it on the catalogue date — which
/// <c>part</c> returns it, whether it has history, when Freg withholds or replaces it and for whom, the dates its grant
/// starts or ends, and the source. Pure: the same inputs give the same lines.
/// </summary>
internal static class PersonPropertyDocs
{
    /// <param name="package">The package resolved on <paramref name="date"/> (<see cref="RightsPackage.AsOf"/>).</param>
    /// <param name="catalogue">The catalogue the package comes from (screening rules, value changes).</param>
    /// <param name="property">The top-level property's JSON name.</param>
    /// <param name="date">The catalogue date the package was resolved on.</param>
    public static EquatableArray<string> Remarks(RightsPackage package, RightsCatalogue catalogue, string property, CatalogueDate date)
    {
        var remarks = new List<string>();
        var grant = package.FindProperty(property);
        var definition = package.Definition ?? package;
        remarks.Add(PartLine(package, grant, property));
        if (grant is not null)
        {
            remarks.Add(grant.History
                ? "Has history: add part 'historikk' to get earlier values."
                : "No history in this package: only current values are returned.");
            if (grant.Validity.From is { } from)
            {
                remarks.Add("Granted to this package from " + from + ".");
            }

            if (grant.Validity.Until is { } until)
            {
                remarks.Add("Granted until " + until + ": a build whose <FregCatalogueDate> is on or after that day does not generate it.");
            }
        }

        foreach (var (rule, reference) in package.ScreeningFor(property, catalogue))
        {
            remarks.Add("Freg screens it per person: " + rule.Text + Dated(reference.Validity) + Sentence(reference.Note) + Cited(rule.Source, Weakest(rule.Confidence, reference.Confidence)));
        }

        foreach (var reference in definition.Screening.Where(reference => reference.Validity.StartsAfter(date)))
        {
            if (catalogue.FindScreeningRule(reference.Rule) is { } rule && rule.Covers(property))
            {
                remarks.Add("From " + reference.Validity.From + " Freg also screens it: " + rule.Text + Cited(rule.Source, reference.Confidence));
            }
        }

        var prefix = property + ".";
        foreach (var exclusion in definition.ExcludedFields.Where(exclusion => exclusion.Path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            if (exclusion.Validity.IsValidOn(date))
            {
                remarks.Add("Not delivered to this package, so not generated: '" + exclusion.Path + "'" + Dated(exclusion.Validity) + "." + Sentence(exclusion.Note) + Cited(exclusion.Source, exclusion.Confidence));
            }
            else if (exclusion.Validity.HasEndedBy(date))
            {
                remarks.Add("'" + exclusion.Path + "' is delivered to this package since " + exclusion.Validity.Until + " (withheld before)." + Sentence(exclusion.Note) + Cited(exclusion.Source, exclusion.Confidence));
            }
            else
            {
                remarks.Add("'" + exclusion.Path + "' is withheld from this package from " + exclusion.Validity.From + "." + Sentence(exclusion.Note) + Cited(exclusion.Source, exclusion.Confidence));
            }
        }

        foreach (var change in catalogue.ValueChanges.Where(change => change.Field.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            var when = change.Validity.StartsAfter(date) ? "From " + change.Validity.From + " '" : "'";
            var since = change.Validity.StartsAfter(date) || change.Validity.From is null ? string.Empty : " (since " + change.Validity.From + ")";
            remarks.Add(when + change.Field + "' may be '" + change.Value + "'" + since + ": " + change.Text + Cited(change.Source, change.Confidence));
        }

        if (grant is null)
        {
            return remarks.ToEquatableArray();
        }

        if (grant.Confidence != CatalogueNodeReader.Documented)
        {
            remarks.Add("The grant is " + grant.Confidence + " from Skatteetaten's documentation; verify it against your agreement.");
        }

        if (grant.Source is { Length: > 0 } source)
        {
            remarks.Add("Source: " + source + ".");
        }

        if (grant.Note is { } note)
        {
            remarks.Add(note);
        }

        return remarks.ToEquatableArray();
    }

    private static string PartLine(RightsPackage package, PropertyGrant? grant, string property)
    {
        if (grant is null)
        {
            return "Granted because the package '" + package.Id + "' grants the entire specification; returned when part includes '" + property + "'.";
        }

        if (grant.AlwaysReturned is { } always)
        {
            return "Returned whatever part says: Freg adds it to every answer in this package." + Cited(always.Source, always.Confidence);
        }

        return grant.PersonBasis
            ? "Part of person-basis: returned when no part is given."
            : "Returned only when part includes '" + grant.Name + "'" + AliasesCovering(package, grant.Name) + ".";
    }

    private static string AliasesCovering(RightsPackage package, string property)
    {
        var aliases = package.PartAliases.Where(alias => alias.ExpandsTo.Any(p => string.Equals(p, property, StringComparison.OrdinalIgnoreCase))).Select(alias => "'" + alias.Value + "'").ToList();
        return aliases.Count == 0 ? string.Empty : " or " + string.Join(" or ", aliases);
    }

    private static string Dated(Validity validity) => validity.IsDated ? " (" + validity.Describe() + ")" : string.Empty;

    private static string Sentence(string? note) => note is { Length: > 0 } ? " " + note : string.Empty;

    private static string Cited(string? source, string confidence)
        => source is { Length: > 0 } ? " [" + source + (confidence == CatalogueNodeReader.Documented ? string.Empty : "; " + confidence) + "]" : string.Empty;

    private static string Weakest(string first, string second)
        => first == CatalogueNodeReader.Documented ? second : first;
}
