using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FregGen.Simulator.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FregGen.Simulator.Hosting;

/// <summary>
/// HTTP control of a running simulator, for the standalone mode: status and counters, fault injection, appending events and
/// listing identity numbers. Not authenticated: the simulator listens on 127.0.0.1 only.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app, FregSimulator simulator)
    {
        var admin = app.MapGroup("/admin");
        admin.MapGet("/status", (Func<IResult>)(() => Status(simulator)));
        admin.MapGet("/persons", (Func<HttpContext, IResult>)(http => Persons(http, simulator)));
        admin.MapPost("/faults", (Func<HttpContext, Task<IResult>>)(http => InjectAsync(http, simulator)));
        admin.MapDelete("/faults", (Func<IResult>)(() =>
        {
            simulator.Faults.Clear();
            return Status(simulator);
        }));
        admin.MapPost("/events", (Func<HttpContext, Task<IResult>>)(http => AppendAsync(http, simulator)));
    }

    private static IResult Status(FregSimulator simulator)
    {
        var feeds = new JsonObject();
        foreach (var package in simulator.RightsPackages)
        {
            feeds[package] = new JsonObject
            {
                ["address"] = simulator.GetPackageAddress(package).ToString(),
                ["scope"] = simulator.GetScope(package),
                ["lastSequenceNumber"] = simulator.GetLastSequenceNumber(package),
                ["firstRetainedSequenceNumber"] = simulator.GetFirstRetainedSequenceNumber(package),
            };
        }

        return FregResults.Json(new JsonObject
        {
            ["baseAddress"] = simulator.BaseAddress.ToString(),
            ["tokenEndpoint"] = simulator.TokenEndpoint.ToString(),
            ["maskinportenAudience"] = simulator.MaskinportenAudience.ToString(),
            ["persons"] = simulator.PersonIdentifiers.Count,
            ["tokensIssued"] = simulator.TokensIssued,
            ["requestsServed"] = simulator.Faults.RequestsServed,
            ["faultsApplied"] = simulator.Faults.FaultsApplied,
            ["pendingFaults"] = simulator.Faults.PendingFaults,
            ["packages"] = feeds,
        });
    }

    private static IResult Persons(HttpContext http, FregSimulator simulator)
    {
        if (!QueryParameters.TryInteger(http.Request, "skip", out var skip) || !QueryParameters.TryInteger(http.Request, "take", out var take))
        {
            return FregResults.BadRequest(http, "skip and take must be numbers.");
        }

        var identifiers = simulator.PersonIdentifiers.Skip((int)Math.Max(0, skip ?? 0)).Take((int)Math.Clamp(take ?? 100, 1, 10000));
        return FregResults.Json(new JsonObject { ["foedselsEllerDNummer"] = new JsonArray(identifiers.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()) });
    }

    private static async Task<IResult> InjectAsync(HttpContext http, FregSimulator simulator)
    {
        JsonElement body;
        try
        {
            body = (await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false)).RootElement;
        }
        catch (JsonException)
        {
            return FregResults.BadRequest(http, "The body must be JSON: {\"kind\":\"429|status|delay\",\"count\":1,\"retryAfterMs\":500,\"status\":503,\"delayMs\":200,\"pathContains\":\"hendelser\"}.");
        }

        var kind = Text(body, "kind");
        var count = Number(body, "count") ?? 1;
        var pathContains = Text(body, "pathContains");
        try
        {
            switch (kind)
            {
                case "429":
                    simulator.Faults.Inject429((int)count, TimeSpan.FromMilliseconds(Number(body, "retryAfterMs") ?? 1000), pathContains);
                    break;
                case "status":
                    simulator.Faults.InjectStatus((int)count, (int)(Number(body, "status") ?? 503), pathContains);
                    break;
                case "delay":
                    simulator.Faults.InjectDelay((int)count, TimeSpan.FromMilliseconds(Number(body, "delayMs") ?? 1000), pathContains);
                    break;
                default:
                    return FregResults.BadRequest(http, "kind must be 429, status or delay.");
            }
        }
        catch (ArgumentOutOfRangeException exception)
        {
            return FregResults.BadRequest(http, exception.Message);
        }

        return Status(simulator);
    }

    private static async Task<IResult> AppendAsync(HttpContext http, FregSimulator simulator)
    {
        JsonElement body;
        try
        {
            body = http.Request.ContentLength is 0 ? default : (await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false)).RootElement;
        }
        catch (JsonException)
        {
            return FregResults.BadRequest(http, "The body must be JSON: {\"count\":10} or {\"folkeregisteridentifikator\":\"...\",\"hendelsetype\":\"endringIBostedsadresse\"}.");
        }

        try
        {
            var appended = body.ValueKind == JsonValueKind.Object && Text(body, "folkeregisteridentifikator") is { } person
                ? new[] { simulator.AppendEvent(person, Text(body, "hendelsetype") ?? "endringIBostedsadresse") }
                : simulator.AppendRandomEvents((int)(body.ValueKind == JsonValueKind.Object ? Number(body, "count") ?? 1 : 1)).ToArray();
            return FregResults.Json(new JsonObject
            {
                ["appended"] = appended.Length,
                ["lastSequenceNumber"] = simulator.LastSequenceNumber,
            });
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return FregResults.BadRequest(http, exception.Message);
        }
    }

    private static string? Text(JsonElement body, string name)
        => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement body, string name)
        => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
