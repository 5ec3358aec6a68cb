using System.Collections.Generic;
using System.Text.Json.Nodes;
using FregGen.Catalogue;
using Microsoft.OpenApi.Models;

namespace FregGen.Simulator.Shapes;

/// <summary>A looked-up document id and what was found: the document, or why there is none.</summary>
internal sealed record BulkResult(string Id, JsonObject? Document, string? Error);

/// <summary>
/// The archive and event bulk answers in the shape the served spec declares: the wrapper OMH 1.6.2 declares
/// (<c>{ oppslag: [ { dokumentidentifikator, feilmelding | document } ] }</c>, property names from the catalogue's
/// <c>responseWrapper</c>), or, for a spec that declares a single object, one document per found id (the catalogue's
/// <c>responseIsList</c>).
/// </summary>
internal static class BulkAnswers
{
    public static JsonNode Render(ServedSpec spec, RightsCatalogue catalogue, string path, IEnumerable<BulkResult> results)
    {
        var wrapper = catalogue.FindOperationFacts("POST", path)?.Wrapper;
        if (wrapper is not null && spec.DeclaresWrapper(OperationType.Post, path, wrapper.ListProperty))
        {
            var lookups = new JsonArray();
            foreach (var result in results)
            {
                var lookup = new JsonObject { [wrapper.IdProperty] = result.Id };
                if (result.Document is { } document)
                {
                    lookup[wrapper.DocumentProperty] = document;
                }
                else
                {
                    lookup[wrapper.ErrorProperty] = new JsonObject { ["feilmelding"] = result.Error ?? "Ukjent dokumentid." };
                }

                lookups.Add(lookup);
            }

            return new JsonObject { [wrapper.ListProperty] = lookups };
        }

        var documents = new JsonArray();
        foreach (var result in results)
        {
            if (result.Document is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }
}
