using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using FregGen.Simulator.Freg;

namespace FregGen.Simulator.Endpoints;

/// <summary>The answers the Freg endpoints give.</summary>
internal static class FregResults
{
    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK, params (string Name, string Value)[] headers) => new JsonNodeResult(body, status, headers);

    /// <summary>A generated model, written with its generated converter.</summary>
    public static IResult Model<T>(T model, int status = StatusCodes.Status200OK)
        => new JsonNodeResult(JsonSerializer.SerializeToNode(model, (JsonTypeInfo<T>)FregJsonContext.Options.GetTypeInfo(typeof(T))), status);

    public static IResult Error(HttpContext http, int status, string message, params (string Name, string Value)[] headers)
        => new JsonNodeResult(ErrorBodies.FolkeregisterFeilmelding(status, message, http.TraceIdentifier), status, headers);

    public static IResult BadRequest(HttpContext http, string message) => Error(http, StatusCodes.Status400BadRequest, message);

    public static IResult NotFound(HttpContext http, string message) => Error(http, StatusCodes.Status404NotFound, message);

    public static IResult Text(string body, string contentType, int status = StatusCodes.Status200OK) => Results.Text(body, contentType, System.Text.Encoding.UTF8, status);
}
