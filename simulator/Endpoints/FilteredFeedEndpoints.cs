using System;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>
/// hentTilpassetFeedSide (OMH 1.6.2): the package's feed with the same sequence numbers, limited to the events of persons
/// whose bostedsadresse was in the given kommune when the event was registered (which kommune counts is inferred).
/// </summary>
internal static class FilteredFeedEndpoints
{
    public static IResult HentTilpassetFeedSide(HttpContext http)
    {
        var kommune = QueryParameters.Text(http.Request, "kommunenummer");
        if (kommune is not null && !QueryParameters.IsDigits(kommune, 4))
        {
            return FregResults.BadRequest(http, "kommunenummer har 4 siffer.");
        }

        return FeedPageAnswer.Answer(http, (entry => kommune is null || string.Equals(entry.Event.Kommunenummer, kommune, StringComparison.Ordinal), kommune ?? "alle"));
    }
}
