using System;
using System.Collections.Generic;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>
/// What an answer carries for a request's <c>part</c> values: the selected properties (person-basis when no value selects
/// any), those Freg returns whatever part says, whether history was asked for, and the values the package does not accept.
/// </summary>
internal sealed record PartSelectionOutcome(HashSet<string> Properties, bool IncludeHistory, EquatableArray<string> InvalidParts);

internal sealed partial record RightsPackage
{
    /// <summary>
    /// The one reading of a <c>part</c> selection, shared by the simulator (what it serves) and the analyzers (what a
    /// lookup returns, FREG104). <paramref name="specProperties"/> lets a package that grants the entire spec accept every
    /// property of the spec's person document.
    /// </summary>
    public PartSelectionOutcome SelectParts(IEnumerable<string> values, RightsCatalogue catalogue, IEnumerable<string>? specProperties = null)
    {
        var properties = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var invalid = new List<string>();
        var includeHistory = false;
        var selectsProperties = false;
        foreach (var value in values)
        {
            if (ResolvePart(value, catalogue, specProperties) is not { } resolution)
            {
                invalid.Add(value);
            }
            else if (resolution.IsHistoryModifier)
            {
                includeHistory = true;
            }
            else
            {
                selectsProperties = true;
                properties.UnionWith(resolution.Properties);
            }
        }

        if (!selectsProperties)
        {
            properties.UnionWith(PersonBasisProperties());
        }

        properties.UnionWith(AlwaysReturnedProperties());
        return new PartSelectionOutcome(properties, includeHistory, invalid.ToEquatableArray());
    }
}
