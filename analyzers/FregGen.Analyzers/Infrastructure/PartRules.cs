using System.Linq;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>Whether a part value is accepted by the project's package, and if not, why and what to use instead.</summary>
internal static class PartRules
{
    public sealed record Problem(string Reason, string? Suggestion, string Detail);

    public static Problem? Check(string value, ProjectRights rights)
    {
        var package = rights.Package!;
        var catalogue = rights.Catalogue;
        if (package.ResolvePart(value, catalogue) is not null)
        {
            return null;
        }

        var suggestion = Suggestions.Nearest(value, package.PartValues(catalogue));
        if (catalogue.IsInvalidPart(value))
        {
            return new Problem("is no longer valid", suggestion, Hint(suggestion, "Skatteetaten made it invalid in every package"));
        }

        var granting = catalogue.Packages.Where(p => p.ResolvePart(value, catalogue) is not null).Select(p => p.Id).ToList();
        return granting.Count == 0
            ? new Problem("does not exist", suggestion, Hint(suggestion, null))
            : new Problem("is not granted", suggestion, Hint(suggestion, "it is granted by " + string.Join(", ", granting)));
    }

    private static string Hint(string? suggestion, string? why)
        => (why is null ? string.Empty : "; " + why) + (suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?");
}
