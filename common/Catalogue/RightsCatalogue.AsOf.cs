using System.Linq;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

internal sealed partial record RightsCatalogue
{
    /// <summary>The day the catalogue was resolved on; null for the catalogue as read.</summary>
    public CatalogueDate? ResolvedOn { get; init; }

    /// <summary>The catalogue as read, with every dated fact; null when this is it.</summary>
    public RightsCatalogue? Definition { get; init; }

    /// <summary>Packages that exist in the catalogue but not on <see cref="ResolvedOn"/> (not yet, or no longer).</summary>
    public EquatableArray<RightsPackage> UnavailablePackages { get; init; }

    /// <summary>
    /// The catalogue on <paramref name="date"/>: every available package resolved on that day (<see cref="RightsPackage.AsOf"/>),
    /// the others in <see cref="UnavailablePackages"/>, and the part values invalid that day.
    /// </summary>
    public RightsCatalogue AsOf(CatalogueDate date)
    {
        var definition = Definition ?? this;
        var all = definition.Packages;
        return definition with
        {
            InvalidParts = InvalidPartFacts.Where(part => part.Validity.IsValidOn(date)).Select(part => part.Value).ToEquatableArray(),
            Packages = all.Where(package => package.IsAvailableOn(date)).Select(package => package.AsOf(date)).ToEquatableArray(),
            UnavailablePackages = all.Where(package => !package.IsAvailableOn(date)).ToEquatableArray(),
            ResolvedOn = date,
            Definition = definition,
        };
    }

    public RightsPackage? FindUnavailablePackage(string id)
        => UnavailablePackages.FirstOrDefault(package => string.Equals(package.Id, id, System.StringComparison.Ordinal));
}
