using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using Microsoft.Extensions.Primitives;

namespace FregGen.Simulator.Rights;

/// <summary>
/// Reads the <c>part</c> query values of a request (repeated, or comma-separated) and resolves them for the package with
/// the shared catalogue code (<see cref="RightsPackage.SelectParts"/>); a value the package does not accept is an error.
/// </summary>
internal static class PartSelectionParser
{
    public static PartSelection? TryParse(StringValues values, RightsPackage package, SimulatorCatalogue catalogue, out string? invalidPart)
    {
        var parts = values.SelectMany(raw => (raw ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var outcome = package.SelectParts(parts, catalogue.Catalogue, catalogue.SpecPersonProperties);
        invalidPart = outcome.InvalidParts.FirstOrDefault();
        return invalidPart is null ? new PartSelection(outcome.Properties, outcome.IncludeHistory) : null;
    }
}
