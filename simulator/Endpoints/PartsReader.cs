using FregGen.Simulator.Rights;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>Reads the request's <c>part</c> values for its package; an unknown value gives 400.</summary>
internal static class PartsReader
{
    public static PartSelection? Read(HttpContext http, PackageRequest request, out IResult? error)
    {
        var selection = PartSelectionParser.TryParse(http.Request.Query["part"], request.Package, request.State.Catalogue, out var invalid);
        error = selection is null
            ? FregResults.BadRequest(http, "Ugyldig part '" + invalid + "' for rettighetspakken " + request.Package.Id + ".")
            : null;
        return selection;
    }
}
