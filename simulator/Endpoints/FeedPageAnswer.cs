using System;
using System.Globalization;
using System.Text.Json.Nodes;
using FregGen.Simulator.Feed;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FregGen.Simulator.Endpoints;

/// <summary>
/// A page of the package's feed: <c>seq</c> (inclusive, required), 406 below the retention, 304 on a matching
/// If-None-Match, entries in the package's feed shape. For hentFeedSide, and for hentTilpassetFeedSide with its filter.
/// </summary>
internal static class FeedPageAnswer
{
    /// <param name="http">The request.</param>
    /// <param name="filter">Which entries the page keeps (with a key for its ETag); null for the whole feed.</param>
    public static IResult Answer(HttpContext http, (Func<FeedEntry, bool> Include, string Key)? filter)
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

        FeedPage page;
        lock (request.State.Sync)
        {
            var feed = request.State.Log.Feed(request.Package.Id);
            if (seq < feed.FirstRetainedSequenceNumber)
            {
                return FregResults.Error(http, StatusCodes.Status406NotAcceptable, "Ulovlig sekvensnummer: hendelser før sekvensnummer " + feed.FirstRetainedSequenceNumber.ToString(CultureInfo.InvariantCulture) + " er slettet.");
            }

            page = filter is { } kept ? feed.Page(seq.Value, kept.Include, kept.Key) : feed.Page(seq.Value);
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
