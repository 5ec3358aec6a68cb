using System;
using System.Linq;
using FregGen.Catalogue;

namespace FregGen.Project;

/// <summary>
/// The project's <c>FregRightsPackage</c> looked up in its catalogue (already resolved on the catalogue date): the package
/// as of that day, or why there is none.
/// </summary>
internal sealed record RightsPackageResolution(string? Requested, RightsPackage? Package, string? Problem, string KnownPackageIds)
{
    public static RightsPackageResolution Resolve(string? requested, RightsCatalogue catalogue)
    {
        var known = string.Join(", ", catalogue.Packages.Select(package => package.Id));
        if (requested is null)
        {
            return new RightsPackageResolution(null, null, "No rights package is set.", known);
        }

        if (catalogue.FindPackage(requested) is { } package)
        {
            return new RightsPackageResolution(requested, package, null, known);
        }

        if (catalogue.FindUnavailablePackage(requested) is { } unavailable)
        {
            var date = catalogue.ResolvedOn?.ToString() ?? "?";
            var when = unavailable.Validity.StartsAfter(catalogue.ResolvedOn ?? default)
                ? "is a rights package only from " + unavailable.Validity.From
                : "was a rights package until " + unavailable.Validity.Until;
            return new RightsPackageResolution(requested, null, "'" + requested + "' " + when + "; this build resolves the catalogue on " + date + " (<FregCatalogueDate>).", known);
        }

        var suggestion = catalogue.Packages.FirstOrDefault(p => string.Equals(p.Id, requested.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase));
        var problem = "'" + requested + "' is not a rights package FregGen knows." + (suggestion is null ? string.Empty : " Did you mean '" + suggestion.Id + "'?");
        return new RightsPackageResolution(requested, null, problem, known);
    }
}
