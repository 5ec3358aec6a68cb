using System;
using System.Collections.Generic;
using FregGen.Catalogue;
using Microsoft.Extensions.Primitives;

namespace FregGen.Simulator.Rights;

/// <summary>
/// Resolves the <c>part</c> query values of a request for a package with the shared catalogue code: no part means
/// person-basis, <c>historikk</c> adds earlier entries, aliases expand per package, the properties Freg returns whatever
/// part says are always there, and a value the package does not accept is an error.
/// </summary>
internal static class PartSelectionParser
{
    public static PartSelection? TryParse(StringValues values, RightsPackage package, SimulatorCatalogue catalogue, out string? invalidPart)
    {
        invalidPart = null;
        var properties = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var includeHistory = false;
        var selectsProperties = false;
        foreach (var raw in values)
        {
            foreach (var part in (raw ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var resolution = package.ResolvePart(part, catalogue.Catalogue, catalogue.SpecPersonProperties);
                if (resolution is null)
                {
                    invalidPart = part;
                    return null;
                }

                if (resolution.IsHistoryModifier)
                {
                    includeHistory = true;
                    continue;
                }

                selectsProperties = true;
                foreach (var property in resolution.Properties)
                {
                    properties.Add(property);
                }
            }
        }

        if (!selectsProperties)
        {
            foreach (var property in package.PersonBasisProperties())
            {
                properties.Add(property);
            }
        }

        foreach (var property in package.AlwaysReturnedProperties())
        {
            properties.Add(property);
        }

        return new PartSelection(properties, includeHistory);
    }
}
