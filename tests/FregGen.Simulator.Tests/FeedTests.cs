using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>The feed pages 1000 entries from an inclusive seq, answers [] when caught up, 304 for an unchanged page, 406 below retention.</summary>
public sealed class FeedTests : IAsyncLifetime
{
    private const string Package = "offentlig-med-hjemmel";

    private FregSimulator? _simulator;
    private FregTestClient? _client;

    private FregSimulator Simulator => _simulator!;

    private FregTestClient Client => _client!;

    public async Task InitializeAsync()
    {
        _simulator = await SmallSimulator.StartAsync(options => options.EventCount = 2500);
        _client = new FregTestClient(_simulator);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await Simulator.DisposeAsync();
    }

    [Fact]
    public async Task Reading_from_last_plus_one_visits_every_entry_once_in_pages_of_at_most_1000()
    {
        var seen = new List<long>();
        var next = 1L;
        var pages = 0;
        while (true)
        {
            var page = await Client.GetJsonAsync(Package, "v1/hendelser/feed?seq=" + next);
            if (page.GetArrayLength() == 0)
            {
                break;
            }

            Assert.True(page.GetArrayLength() <= 1000);
            var numbers = page.EnumerateArray().Select(e => e.GetProperty("sekvensnummer").GetInt64()).ToList();
            Assert.True(numbers[0] >= next);
            seen.AddRange(numbers);
            next = numbers[^1] + 1;
            pages++;
        }

        Assert.True(pages >= 3);
        Assert.Equal(seen.OrderBy(n => n), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Simulator.LastSequenceNumber, seen[^1]);
        Assert.True(seen[^1] > seen.Count, "Sequence numbers should have gaps, as Freg's do.");
    }

    [Fact]
    public async Task Seq_is_inclusive()
    {
        var page = await Client.GetJsonAsync(Package, "v1/hendelser/feed?seq=1");
        var third = page[2].GetProperty("sekvensnummer").GetInt64();

        var from = await Client.GetJsonAsync(Package, "v1/hendelser/feed?seq=" + third);

        Assert.Equal(third, from[0].GetProperty("sekvensnummer").GetInt64());
    }

    [Fact]
    public async Task An_unchanged_page_gives_304_and_a_new_event_changes_the_page()
    {
        var seq = Simulator.LastSequenceNumber - 3;
        using var first = await Client.SendAsync(Package, HttpMethod.Get, "v1/hendelser/feed?seq=" + seq);
        var etag = first.Headers.ETag?.ToString();
        Assert.False(string.IsNullOrEmpty(etag));

        using (var again = await Client.SendAsync(Package, HttpMethod.Get, "v1/hendelser/feed?seq=" + seq, ifNoneMatch: etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        }

        var (_, appended) = AppendToSomeone("personErOppdatert");

        using var changed = await Client.SendAsync(Package, HttpMethod.Get, "v1/hendelser/feed?seq=" + seq, ifNoneMatch: etag);
        var page = await FregTestClient.ReadJsonAsync(changed, 200);
        Assert.NotEqual(etag, changed.Headers.ETag?.ToString());
        var last = page[page.GetArrayLength() - 1];
        Assert.Equal(appended.SequenceNumber, last.GetProperty("sekvensnummer").GetInt64());
        Assert.Equal("personErOppdatert", last.GetProperty("hendelse").GetProperty("hendelsetype").GetString());
        Assert.Equal(0, (await Client.GetJsonAsync(Package, "v1/hendelser/feed?seq=" + (appended.SequenceNumber + 1))).GetArrayLength());
    }

    [Fact]
    public async Task Feed_documents_resolve_in_the_archive_and_event_endpoints()
    {
        var page = await Client.GetJsonAsync(Package, "v1/hendelser/feed?seq=1");
        foreach (var entry in page.EnumerateArray().Take(40))
        {
            var hendelse = entry.GetProperty("hendelse");
            var archived = await Client.GetJsonAsync(Package, "v1/personer/arkiv/" + hendelse.GetProperty("persondokument").GetString() + "?part=identifikasjonsnummer");
            Assert.Contains(PopulationScan.Entries(archived, "identifikasjonsnummer"), id => id.GetProperty("foedselsEllerDNummer").GetString() == hendelse.GetProperty("folkeregisteridentifikator").GetString());
            if (hendelse.TryGetProperty("hendelsesdokument", out var document))
            {
                var eventDocument = await Client.GetJsonAsync(Package, "v1/hendelser/" + document.GetString());
                Assert.Equal(hendelse.GetProperty("hendelsetype").GetString(), eventDocument.GetProperty("hendelse").GetProperty("hendelsestype").GetString());
            }
        }
    }

    [Fact]
    public async Task An_archived_document_shows_the_person_as_of_its_event()
    {
        var (person, firstMove) = AppendToSomeone("endringIBostedsadresse");
        var secondMove = Simulator.AppendEvent(person, "endringIBostedsadresse");

        var atFirst = await Client.GetJsonAsync(Package, "v1/personer/arkiv/" + firstMove.Persondokument + "?part=bostedsadresse");
        var atSecond = await Client.GetJsonAsync(Package, "v1/personer/arkiv/" + secondMove.Persondokument + "?part=bostedsadresse");
        var now = await Client.GetJsonAsync(Package, "v1/personer/" + person + "?part=bostedsadresse&part=historikk");

        var firstAddress = PopulationScan.Entries(atFirst, "bostedsadresse").Single();
        var secondAddress = PopulationScan.Entries(atSecond, "bostedsadresse").Single();
        Assert.Equal(firstMove.Ajourholdstidspunkt, firstAddress.GetProperty("ajourholdstidspunkt").GetDateTimeOffset());
        Assert.Equal(secondMove.Ajourholdstidspunkt, secondAddress.GetProperty("ajourholdstidspunkt").GetDateTimeOffset());
        var history = PopulationScan.Entries(now, "bostedsadresse").ToList();
        Assert.Equal(secondMove.Ajourholdstidspunkt, history.First(PopulationScan.IsCurrent).GetProperty("ajourholdstidspunkt").GetDateTimeOffset());
        var closed = history.Single(a => a.GetProperty("ajourholdstidspunkt").GetDateTimeOffset() == firstMove.Ajourholdstidspunkt);
        Assert.False(PopulationScan.IsCurrent(closed));
        Assert.Equal(secondMove.Ajourholdstidspunkt, closed.GetProperty("opphoerstidspunkt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Below_the_retention_start_the_feed_answers_406()
    {
        await using var simulator = await SmallSimulator.StartAsync(options => options.RetentionStart = options.ReferenceTime.AddYears(-1));
        using var client = new FregTestClient(simulator);
        var first = simulator.GetFirstRetainedSequenceNumber(Package);
        Assert.True(first > 1);

        var error = await client.GetJsonAsync(Package, "v1/hendelser/feed?seq=1", 406);
        Assert.Equal(406, error.GetProperty("httpStatus").GetInt32());
        var page = await client.GetJsonAsync(Package, "v1/hendelser/feed?seq=" + first);
        Assert.True(page.GetArrayLength() > 0);
    }

    private (string Person, FregSimulatorEvent Event) AppendToSomeone(string hendelsetype)
    {
        foreach (var candidate in Simulator.PersonIdentifiers.Skip(40))
        {
            try
            {
                return (candidate, Simulator.AppendEvent(candidate, hendelsetype));
            }
            catch (InvalidOperationException)
            {
            }
        }

        throw new InvalidOperationException("Nobody could get " + hendelsetype + ".");
    }
}
