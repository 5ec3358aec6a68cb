using System.Globalization;
using System.Text.Json.Nodes;

namespace FregGen.Simulator.Endpoints;

/// <summary>Freg's error bodies. Messages name the problem, never an identity number from the request.</summary>
internal static class ErrorBodies
{
    /// <summary>FolkeregisterFeilmelding, which Freg uses for 401 and 403 (and the simulator for its other errors).</summary>
    public static JsonObject FolkeregisterFeilmelding(int status, string message, string? traceId)
    {
        var extra = new JsonObject();
        if (traceId is not null)
        {
            extra["korrelasjonsid"] = traceId;
        }

        return new JsonObject
        {
            ["alvorlighetsgrad"] = status >= 500 ? "KRITISK" : "FEIL",
            ["feilkode"] = "FREG-" + status.ToString(CultureInfo.InvariantCulture),
            ["feilmelding"] = message,
            ["httpStatus"] = status,
            ["tilleggsinformasjon"] = extra,
        };
    }

    /// <summary>ErrorMessageForExternalUsers, the feed's 404 body.</summary>
    public static JsonObject ErrorMessageForExternalUsers(int status, string message, string? traceId) => new()
    {
        ["code"] = "FREG-" + status.ToString(CultureInfo.InvariantCulture),
        ["feilreferanse"] = traceId,
        ["httpStatus"] = status,
        ["message"] = message,
    };
}
