using System;
using System.Globalization;
using System.Text.Json.Nodes;
using FregGen.Simulator.Feed;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FregGen.Simulator.Endpoints;

/// <summary>
/// hentTilpassetFeedSide (OMH 1.6.2): the package's feed with the same sequence numbers, limited to the events of persons
/// whose bostedsadresse was in the given kommune when the event was registered (which kommune counts is inferred).
/// </summary>
internal static class FilteredFeedEndpoints
{
    public static IResult HentTilpassetFeedSide(HttpContext http)
    {
        var request = PackageRequest.From(http);
        if (!QueryParameters.TryInteger(http.Request, "seq", out var seq) || seq is null)
        {
            return FregResults.BadRequest(http, "seq (sekvensnummer, inklusivt) er påkrevd og må være et heltall.");
        }

        if (seq < 1)
        {
            return FregResults.BadRequest(http, "seq må være 1 eller høyere.");
        }

        var kommune = QueryParameters.Text(http.Request, "kommunenummer");
        if (kommune is not null && !QueryParameters.IsDigits(kommune, 4))
        {
            return FregResults.BadRequest(http, "kommunenummer har 4 siffer.");
        }

        FeedPage page;
        lock (request.State.Sync)
        {
            var feed = request.State.Log.Feed(request.Package.Id);
            if (seq < feed.FirstRetainedSequenceNumber)
            {
                return FregResults.Error(http, StatusCodes.Status406NotAcceptable, "Ulovlig sekvensnummer: hendelser før sekvensnummer " + feed.FirstRetainedSequenceNumber.ToString(CultureInfo.InvariantCulture) + " er slettet.");
            }

            page = feed.Page(seq.Value, entry => kommune is null || string.Equals(entry.Event.Kommunenummer, kommune, StringComparison.Ordinal), kommune ?? "alle");
        }

        if (EventEndpoints.IfNoneMatch(http.Request, page.ETag))
        {
            http.Response.Headers.ETag = page.ETag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var entries = new JsonArray();
        foreach (var entry in page.Entries)
        {
            entries.Add(FeedEntryRenderer.Render(entry, request.Package));
        }

        return FregResults.Json(entries, StatusCodes.Status200OK, (HeaderNames.ETag, page.ETag));
    }
}
