using FregGen.Simulator.Rights;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>Reads the request's <c>part</c> values for its package; an unknown value gives 406 where the served spec declares it (1.6.2), else 400.</summary>
internal static class PartsReader
{
    public static PartSelection? Read(HttpContext http, PackageRequest request, out IResult? error)
    {
        var selection = PartSelectionParser.TryParse(http.Request.Query["part"], request.Package, request.State.Catalogue, out var invalid);
        error = selection is null
            ? FregResults.Error(http, request.State.Spec.InvalidPartStatus(OperationTypeOf(request.Operation.Method), request.Operation.PathTemplate), "Ugyldig part '" + invalid + "' for rettighetspakken " + request.Package.Id + ".")
            : null;
        return selection;
    }

    private static Microsoft.OpenApi.Models.OperationType OperationTypeOf(string method)
        => method == "POST" ? Microsoft.OpenApi.Models.OperationType.Post : Microsoft.OpenApi.Models.OperationType.Get;
}
