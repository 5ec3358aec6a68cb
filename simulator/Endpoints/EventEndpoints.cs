using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FregGen.Simulator.Feed;
using FregGen.Simulator.Freg.Hendelse;
using FregGen.Simulator.Rights;
using FregGen.Simulator.Shapes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FregGen.Simulator.Endpoints;

/// <summary>The feed (hentFeedSide with ETag/304 and retention), the last sequence number, and event documents.</summary>
internal static class EventEndpoints
{
    public const string SchemaVersion = "1.0";

    public static IResult HentFeedSide(HttpContext http) => FeedPageAnswer.Answer(http, null);

    public static IResult SisteSekvensnummer(HttpContext http)
    {
        var request = PackageRequest.From(http);
        long last;
        lock (request.State.Sync)
        {
            last = request.State.Log.Feed(request.Package.Id).LastSequenceNumber;
        }

        return request.MediaType == MediaTypeNegotiation.PlainText
            ? FregResults.Text(last.ToString(CultureInfo.InvariantCulture), MediaTypeNegotiation.PlainText)
            : FregResults.Json(JsonValue.Create(last));
    }

    public static IResult HentHendelseDokument(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var id = (string)http.GetRouteValue("hendelsesidentifikator")!;
        lock (request.State.Sync)
        {
            var registerEvent = request.State.Log.FindEventDocument(id);
            if (registerEvent is null)
            {
                return FregResults.NotFound(http, "Ukjent dokumentid.");
            }

            if (request.State.Log.IsDeleted(registerEvent.Ajourholdstidspunkt))
            {
                return FregResults.BadRequest(http, "Hendelsesdokumentet er slettet etter lagringstiden.");
            }

            return FregResults.Json(EventDocument(registerEvent));
        }
    }

    public static async Task<IResult> HentHendelseDokumenter(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var (ids, idsError) = await RequestBodyReader.ReadDocumentIdsAsync<HendelseBulkoppslagRequest>(http, body => body.Dokumentidentifikator).ConfigureAwait(false);
        if (ids is null)
        {
            return idsError!;
        }

        var results = new List<BulkResult>();
        lock (request.State.Sync)
        {
            foreach (var id in ids)
            {
                var registerEvent = request.State.Log.FindEventDocument(id);
                results.Add(registerEvent is not null && !request.State.Log.IsDeleted(registerEvent.Ajourholdstidspunkt)
                    ? new BulkResult(id, EventDocument(registerEvent), null)
                    : new BulkResult(id, null, registerEvent is null ? "Ukjent dokumentid." : "Hendelsesdokumentet er slettet etter lagringstiden."));
            }
        }

        return FregResults.Json(BulkAnswers.Render(request.State.Spec, request.State.Catalogue.Catalogue, request.Operation.PathTemplate, results));
    }

    /// <summary>DokumentForHendelse: the event and, as egenskapshendelse, each changed entry in the hendelse.v1 shape.</summary>
    private static JsonObject EventDocument(RegisterEvent registerEvent)
    {
        var changes = new JsonArray();
        foreach (var change in registerEvent.Changes)
        {
            var entry = JsonNode.Parse(change.EntryJson)!.AsObject();
            entry.Remove("erGjeldende");
            if (change.Property == "identitetsgrunnlag" && entry["identitetsgrunnlagstatus"] is { } status)
            {
                entry.Remove("identitetsgrunnlagstatus");
                entry["legitimasjonskontroll"] = status;
            }

            changes.Add(new JsonObject
            {
                ["entitet"] = EntityName(change.Property),
                ["entitetsendring"] = change.Entitetsendring,
                [change.Property] = entry,
            });
        }

        var hendelse = new JsonObject
        {
            ["ajourholdstidspunkt"] = JsonValue.Create(registerEvent.Ajourholdstidspunkt),
            ["folkeregisteridentifikator"] = registerEvent.Folkeregisteridentifikator,
            ["hendelsestype"] = registerEvent.Hendelsestype,
        };
        if (changes.Count > 0)
        {
            hendelse["egenskapshendelse"] = changes;
        }

        return new JsonObject
        {
            ["dokumentidentifikator"] = registerEvent.Hendelsesdokument,
            ["hendelse"] = hendelse,
            ["skjemaversjon"] = SchemaVersion,
        };
    }

    private static string EntityName(string property) => property switch
    {
        "postadresse" => "kontaktadresse",
        "postadresseIUtlandet" => "kontaktadresseIUtlandet",
        _ => property,
    };

    internal static bool IfNoneMatch(HttpRequest request, string etag)
    {
        foreach (var value in request.Headers.IfNoneMatch)
        {
            foreach (var candidate in (value ?? string.Empty).Split(','))
            {
                var tag = candidate.Trim();
                if (tag.StartsWith("W/", StringComparison.Ordinal))
                {
                    tag = tag.Substring(2);
                }

                if (tag == "*" || tag == etag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
