using System.Linq;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

internal sealed partial record RightsPackage
{
    /// <summary>The day the package was resolved on (<see cref="AsOf"/>); null for the package as read, with every dated fact.</summary>
    public CatalogueDate? ResolvedOn { get; init; }

    /// <summary>The package as read, with every dated fact (for docs and messages that name the dates a grant starts or ends).</summary>
    public RightsPackage? Definition { get; init; }

    public bool IsAvailableOn(CatalogueDate date) => Validity.IsValidOn(date);

    /// <summary>
    /// The package on <paramref name="date"/>: only the facts that hold that day (a grant that ended before it is gone,
    /// one that starts after it is not there yet). The single place where a package is resolved in time.
    /// </summary>
    public RightsPackage AsOf(CatalogueDate date)
    {
        var definition = Definition ?? this;
        return definition with
        {
            Operations = definition.Operations.Where(fact => fact.Validity.IsValidOn(date)).ToEquatableArray(),
            Properties = definition.Properties.Where(fact => fact.Validity.IsValidOn(date)).ToEquatableArray(),
            ExcludedFields = definition.ExcludedFields.Where(fact => fact.Validity.IsValidOn(date)).ToEquatableArray(),
            PartAliases = definition.PartAliases.Where(fact => fact.Validity.IsValidOn(date)).ToEquatableArray(),
            Screening = definition.Screening.Where(fact => fact.Validity.IsValidOn(date)).ToEquatableArray(),
            Feed = definition.Feed with { WithheldEventTypes = definition.Feed.WithheldEventTypes.Where(fact => fact.Validity.IsValidOn(date)).ToEquatableArray() },
            ResolvedOn = date,
            Definition = definition,
        };
    }
}
