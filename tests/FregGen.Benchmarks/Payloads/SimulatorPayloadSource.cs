using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Simulator;

namespace FregGen.Benchmarks.Payloads;

/// <summary>
/// Gets the run-time benchmarks' payloads from the local simulator, started in-process with a fixed seed: the same
/// seed always gives the same population, so the same bytes (the simulator's own determinism tests hold it to that).
/// </summary>
public static class SimulatorPayloadSource
{
    public const string Package = "offentlig-med-hjemmel";

    public const int Seed = 20171001;

    public const int BulkSize = 1000;

    /// <summary>
    /// person-basis plus the relation, guardianship and migration parts: a realistic ~3 MB answer for 1000 persons
    /// (adding historikk as well gives ~4.6 MB with this seed).
    /// </summary>
    public static readonly IReadOnlyList<string> BulkParts = new[]
    {
        "person-basis", "familierelasjon", "foreldreansvar", "vergemaalEllerFremtidsfullmakt", "innflytting", "utflytting",
    };

    /// <summary>
    /// The second bulk answer's parts: history, and the parts the first leaves out (civil status, citizenship, identity
    /// basis, residence, addresses, estate contacts, identity documents), for other persons: a differently shaped answer.
    /// </summary>
    public static readonly IReadOnlyList<string> SecondBulkParts = new[]
    {
        "person-basis", "historikk", "sivilstand", "statsborgerskap", "identitetsgrunnlag", "opphold", "oppholdsadresse", "postadresse",
        "deltBosted", "kontaktinformasjonForDoedsbo", "legitimasjonsdokument",
    };

    public static async Task<PayloadSet> FetchAsync()
    {
        var started = Stopwatch.StartNew();
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = Seed, PersonCount = 5000, EventCount = 12000 });
        var startSeconds = started.Elapsed.TotalSeconds;
        using var grant = new MaskinportenGrant();
        using var http = new HttpClient();
        var token = await RequestTokenAsync(http, simulator, grant);
        var ids = simulator.PersonIdentifiers.Take(BulkSize).ToArray();

        var query = string.Join("&", BulkParts.Select(part => "part=" + Uri.EscapeDataString(part)));
        var bulkBody = JsonSerializer.Serialize(new Dictionary<string, string[]> { ["foedselsEllerDNummer"] = ids });
        var bulk = await SendAsync(http, token, HttpMethod.Post, new Uri(simulator.GetPackageAddress(Package), "v1/personer/bulkoppslag?" + query), bulkBody);
        var feed = await SendAsync(http, token, HttpMethod.Get, new Uri(simulator.GetPackageAddress(Package), "v1/hendelser/feed?seq=1"), null);
        var secondIds = simulator.PersonIdentifiers.Skip(BulkSize).Take(BulkSize).ToArray();
        var secondQuery = string.Join("&", SecondBulkParts.Select(part => "part=" + Uri.EscapeDataString(part)));
        var secondBody = JsonSerializer.Serialize(new Dictionary<string, string[]> { ["foedselsEllerDNummer"] = secondIds });
        var second = await SendAsync(http, token, HttpMethod.Post, new Uri(simulator.GetPackageAddress(Package), "v1/personer/bulkoppslag?" + secondQuery), secondBody);
        var (bulkWithUnknown, bulkEntries) = UnknownProperty.AddToEveryEntry(bulk);
        var (secondWithUnknown, secondEntries) = UnknownProperty.AddToEveryEntry(second);

        Directory.CreateDirectory(BenchmarkPaths.PayloadDirectory);
        var bulkFile = Save("bulkoppslag-1000.json", bulk);
        var feedFile = Save("feed-seq1.json", feed);
        var secondFile = Save("bulkoppslag-1000-historikk.json", second);
        var bulkWithUnknownFile = Save("bulkoppslag-1000-ukjent-felt.json", bulkWithUnknown);
        var secondWithUnknownFile = Save("bulkoppslag-1000-historikk-ukjent-felt.json", secondWithUnknown);
        const string WithUnknown = " with one unknown property on every person entry";
        return new PayloadSet(
            new Payload("bulk", "POST /v1/personer/bulkoppslag?" + query + " (" + ids.Length + " ids)", bulk, bulkFile),
            new Payload("feed", "GET /v1/hendelser/feed?seq=1", feed, feedFile),
            ids,
            BulkParts,
            Seed,
            CountArrayItems(bulk, "oppslag"),
            CountArrayItems(feed, null),
            startSeconds,
            new Payload("bulk-historikk", "POST /v1/personer/bulkoppslag?" + secondQuery + " (" + secondIds.Length + " other ids)", second, secondFile),
            SecondBulkParts,
            CountArrayItems(second, "oppslag"),
            new Payload("bulk-unknown", "the 1a answer" + WithUnknown, bulkWithUnknown, bulkWithUnknownFile),
            bulkEntries,
            new Payload("bulk-historikk-unknown", "the 1d answer" + WithUnknown, secondWithUnknown, secondWithUnknownFile),
            secondEntries);
    }

    private static async Task<string> RequestTokenAsync(HttpClient http, FregSimulator simulator, MaskinportenGrant grant)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = grant.Create(simulator.MaskinportenAudience, simulator.GetScope(Package)),
        });
        using var response = await http.PostAsync(simulator.TokenEndpoint, form);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("The simulator's Maskinporten refused the grant: " + (int)response.StatusCode + " " + body);
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<byte[]> SendAsync(HttpClient http, string token, HttpMethod method, Uri url, string? jsonBody)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/json");
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(method + " " + url.AbsolutePath + " answered " + (int)response.StatusCode + ": " + Encoding.UTF8.GetString(bytes));
        }

        return bytes;
    }

    private static string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(BenchmarkPaths.PayloadDirectory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int CountArrayItems(byte[] json, string? property)
    {
        using var document = JsonDocument.Parse(json);
        var array = property is null ? document.RootElement : document.RootElement.GetProperty(property);
        return array.GetArrayLength();
    }
}
