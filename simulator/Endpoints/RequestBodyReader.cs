using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Simulator.Freg;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>Reads a JSON request body into a generated model; other content types get 415, unreadable JSON 400.</summary>
internal static class RequestBodyReader
{
    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpContext http)
        where T : class
    {
        var contentType = http.Request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, FregResults.Error(http, StatusCodes.Status415UnsupportedMediaType, "Simulatoren tar bare imot JSON (Content-Type: application/json)."));
        }

        try
        {
            var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)FregJsonContext.Options.GetTypeInfo(typeof(T));
            var body = await JsonSerializer.DeserializeAsync(http.Request.Body, typeInfo, http.RequestAborted).ConfigureAwait(false);
            return body is null ? (null, FregResults.BadRequest(http, "Forespørselen mangler innhold.")) : (body, null);
        }
        catch (JsonException)
        {
            return (null, FregResults.BadRequest(http, "Forespørselen er ikke gyldig JSON for operasjonen."));
        }
    }

    /// <summary>Reads a bulk request's document identifiers; more than the bulk limit gets 400.</summary>
    public static async Task<(IReadOnlyList<string>? Ids, IResult? Error)> ReadDocumentIdsAsync<T>(HttpContext http, Func<T, IReadOnlyList<string>?> select)
        where T : class
    {
        var (body, error) = await ReadAsync<T>(http).ConfigureAwait(false);
        if (body is null)
        {
            return (null, error);
        }

        var ids = select(body) ?? Array.Empty<string>();
        return ids.Count > PersonEndpoints.MaxBulkIdentifiers
            ? (null, FregResults.BadRequest(http, "Bulkoppslag tar maks " + PersonEndpoints.MaxBulkIdentifiers + " dokumentidentifikatorer."))
            : (ids, null);
    }
}
