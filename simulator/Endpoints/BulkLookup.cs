using System.Text.Json.Nodes;

namespace FregGen.Simulator.Endpoints;

/// <summary>One entry of the archive and event bulk answers (OMH 1.6.2 <c>oppslag</c>): the document id with its document, or with a feilmelding.</summary>
internal static class BulkLookup
{
    public static JsonObject Found(string documentId, string documentProperty, JsonNode document)
        => new() { ["dokumentidentifikator"] = documentId, [documentProperty] = document };

    public static JsonObject Failure(string documentId, string message)
        => new() { ["dokumentidentifikator"] = documentId, ["feilmelding"] = new JsonObject { ["feilmelding"] = message } };
}
