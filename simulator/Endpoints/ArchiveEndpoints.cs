using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FregGen.Simulator.Freg.Person;
using FregGen.Simulator.State;
using FregGen.Simulator.Population;
using FregGen.Simulator.Rights;
using FregGen.Simulator.Shapes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FregGen.Simulator.Endpoints;

/// <summary>Archived person documents: the persondokument ids of the feed and of uttrekk/komplett.</summary>
internal static class ArchiveEndpoints
{
    public static IResult HentArkivperson(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var documentId = (string)http.GetRouteValue("dokumentidentifikator")!;
        if (PartsReader.Read(http, request, out var partError) is not { } parts)
        {
            return partError!;
        }

        lock (request.State.Sync)
        {
            var version = request.State.Registry.FindVersion(documentId);
            if (version is null)
            {
                return FregResults.NotFound(http, "Ukjent dokumentid.");
            }

            if (IsDeleted(request.State, version))
            {
                return FregResults.BadRequest(http, "Dokumentet er erstattet og slettet etter lagringstiden.");
            }

            return FregResults.Json(PersonDocumentRenderer.Archived(version, request.Package, parts));
        }
    }

    public static async Task<IResult> HentArkivpersoner(HttpContext http)
    {
        var request = PackageRequest.From(http);
        if (PartsReader.Read(http, request, out var partError) is not { } parts)
        {
            return partError!;
        }

        var (ids, idsError) = await RequestBodyReader.ReadDocumentIdsAsync<ArkivDokumentBulkoppslagRequest>(http, body => body.Dokumentidentifikator).ConfigureAwait(false);
        if (ids is null)
        {
            return idsError!;
        }

        var results = new List<BulkResult>();
        lock (request.State.Sync)
        {
            foreach (var id in ids)
            {
                var version = request.State.Registry.FindVersion(id);
                results.Add(version is not null && !IsDeleted(request.State, version)
                    ? new BulkResult(id, PersonDocumentRenderer.Archived(version, request.Package, parts), null)
                    : new BulkResult(id, null, version is null ? "Ukjent dokumentid." : "Dokumentet er erstattet og slettet etter lagringstiden."));
            }
        }

        return FregResults.Json(BulkAnswers.Render(request.State.Spec, request.State.Catalogue.Catalogue, request.Operation.PathTemplate, results));
    }

    private static bool IsDeleted(SimulatorState state, PersonDocumentVersion version)
        => version.SupersededAt is { } superseded && state.Log.IsDeleted(superseded);
}
