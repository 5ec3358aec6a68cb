using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FregGen.Simulator.Endpoints;

/// <summary>Reads the Accept header: which of the media types the simulator can serve the client accepts.</summary>
internal static class MediaTypeNegotiation
{
    public const string Json = "application/json";
    public const string Xml = "application/xml";
    public const string PlainText = "text/plain";

    /// <summary>The first of <paramref name="offered"/> the request accepts (no Accept header accepts the first), or null.</summary>
    public static string? Choose(HttpRequest request, params string[] offered)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return offered[0];
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return offered[0];
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var candidate in offered)
        {
            var candidateType = new MediaTypeHeaderValue(candidate);
            foreach (var range in ranges)
            {
                var quality = range.Quality ?? 1.0;
                if (quality > bestQuality && (candidateType.IsSubsetOf(range) || IsJsonSuffixMatch(candidate, range)))
                {
                    best = candidate;
                    bestQuality = quality;
                }
            }
        }

        return best;
    }

    private static bool IsJsonSuffixMatch(string candidate, MediaTypeHeaderValue range)
        => candidate == Json && range.MediaType.Value is { } value && value.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
