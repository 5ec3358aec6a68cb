using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Simulator.Rights;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>
/// Each package sees what Freg delivers it for each kind of person: the catalogue's screening rules (addresses graded
/// fortrolig, strengt fortrolig and klientadresse; statuses delivered as aktiv; moves of protected persons and old move
/// dates), the properties returned whatever part says, and the feed's shape and event types on the event's day. The
/// persons are found through offentlig med hjemmel, which sees them unscreened (except strengt fortrolige addresses).
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class ScreeningTests
{
    private const string Omh = "offentlig-med-hjemmel";
    private static readonly string[] Addresses = { "bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse", "postadresseIUtlandet" };
    private static readonly string[] MaskedStatuses = { "midlertidig", "forsvunnet", "ikkeBosatt", "foedselsregistrert" };

    private readonly SimulatorFixture _fixture;

    public ScreeningTests(SimulatorFixture fixture) => _fixture = fixture;

    public static TheoryData<string> PackagesOtherThanOmh => new(SimulatorCatalogue.Instance.Packages.Select(p => p.Id).Where(id => id != Omh));

    public static TheoryData<string> AllPackages => new(SimulatorCatalogue.Instance.Packages.Select(p => p.Id));

    private FregTestClient Client => _fixture.Client;

    [Theory]
    [MemberData(nameof(PackagesOtherThanOmh))]
    public async Task A_fortrolig_persons_addresses_reach_only_offentlig_med_hjemmel(string package)
    {
        var protectedPersons = await PopulationScan.FindEverywhereAsync(Client, person => Protection(person) == "fortrolig" && Graded(person, "fortrolig").Any(PopulationScan.IsCurrent));
        Assert.NotEmpty(protectedPersons);

        var seen = await LookUpAsync(package, protectedPersons, "&part=person-basis&part=historikk");

        Assert.NotEmpty(seen);
        Assert.All(seen, person =>
        {
            Assert.Empty(Graded(person, "fortrolig"));
            Assert.Equal("fortrolig", Protection(person));
        });
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public async Task A_strengt_fortrolig_person_has_no_address_anywhere_but_every_package_gets_the_open_postal_address(string package)
    {
        var protectedPersons = await PopulationScan.FindEverywhereAsync(Client, person => Protection(person) == "strengtFortrolig");
        Assert.NotEmpty(protectedPersons);

        var seen = await LookUpAsync(package, protectedPersons, "&part=person-basis&part=historikk");

        Assert.NotEmpty(seen);
        Assert.All(seen, person =>
        {
            Assert.Empty(Graded(person, "strengtFortrolig"));
            Assert.DoesNotContain(PopulationScan.Entries(person, "bostedsadresse"), PopulationScan.IsCurrent);
            var post = Assert.Single(PopulationScan.Entries(person, "postadresse"), PopulationScan.IsCurrent);
            Assert.Equal("ugradert", post.GetProperty("adressegradering").GetString());
            Assert.Contains(post.GetProperty("postboksadresse").GetProperty("postbokseier").GetString(), new[] { "Kripos", "Skatteetaten, Skatt nord" });
        });
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public async Task A_klientadresse_reaches_only_offentlig_med_hjemmel(string package)
    {
        var persons = await PopulationScan.FindEverywhereAsync(Client, person => Graded(person, "klientadresse").Any(PopulationScan.IsCurrent));
        Assert.NotEmpty(persons);

        var seen = await LookUpAsync(package, persons, "&part=person-basis");

        Assert.NotEmpty(seen);
        Assert.All(seen, person => Assert.Equal(package == Omh, Graded(person, "klientadresse").Any()));
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public async Task Confidential_statuses_are_delivered_as_aktiv_outside_offentlig_med_hjemmel(string package)
    {
        var masked = await PopulationScan.FindEverywhereAsync(Client, person => MaskedStatuses.Contains(CurrentStatus(person)), limit: 5000);
        var persons = masked.Where(p => CurrentStatus(p) == "forsvunnet").Take(4).Concat(masked.Where(p => CurrentStatus(p) == "midlertidig").Take(4)).ToList();
        var statuses = persons.Select(CurrentStatus).Distinct().ToList();
        Assert.Contains("midlertidig", statuses);
        Assert.Contains("forsvunnet", statuses);

        var seen = await LookUpAsync(package, persons, "&part=navn&part=status", minimum: 8);

        Assert.True(seen.Count >= 2, package + " found " + seen.Count + " persons with a masked status.");
        foreach (var person in seen)
        {
            var truth = persons.Single(p => SameName(p, person));
            Assert.Equal(package == Omh ? CurrentStatus(truth) : "aktiv", CurrentStatus(person));
        }
    }

    [Theory]
    [InlineData("offentlig-uten-hjemmel", true)]
    [InlineData("finans", false)]
    [InlineData("privat-uten-hjemmel", false)]
    [InlineData("privat", false)]
    [InlineData("presse", false)]
    public async Task Moves_of_a_protected_person_keep_country_and_place_only_for_public_packages(string package, bool isPublic)
    {
        var persons = await PopulationScan.FindEverywhereAsync(Client, person => Protection(person) == "fortrolig" && PopulationScan.Entries(person, "innflytting").Any(e => e.TryGetProperty("fraflyttingsland", out _)));
        Assert.NotEmpty(persons);

        var seen = await LookUpAsync(package, persons, "&part=navn&part=innflytting");

        Assert.NotEmpty(seen);
        Assert.All(seen, person => Assert.All(PopulationScan.Entries(person, "innflytting"), move =>
        {
            Assert.Equal(isPublic, move.TryGetProperty("fraflyttingsland", out _));
            Assert.False(move.TryGetProperty("fraflyttingsstedIUtlandet", out _) && !isPublic);
        }));
    }

    [Theory]
    [MemberData(nameof(PackagesOtherThanOmh))]
    public async Task Moves_of_a_strengt_fortrolig_person_are_not_shared(string package)
    {
        var persons = await PopulationScan.FindEverywhereAsync(Client, person => Protection(person) == "strengtFortrolig" && PopulationScan.Entries(person, "innflytting").Any());
        Assert.NotEmpty(persons);

        var seen = await LookUpAsync(package, persons, "&part=navn&part=innflytting&part=utflytting");

        Assert.NotEmpty(seen);
        Assert.All(seen, person =>
        {
            Assert.False(person.TryGetProperty("innflytting", out _));
            Assert.False(person.TryGetProperty("utflytting", out _));
        });
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public async Task Dates_of_moves_registered_before_2022_08_04_reach_only_offentlig_med_hjemmel(string package)
    {
        var persons = await PopulationScan.FindEverywhereAsync(Client, person => Protection(person) is null
            && PopulationScan.Entries(person, "utflytting").Any(PopulationScan.IsCurrent)
            && PopulationScan.Entries(person, "utflytting").All(move => Registered(move) < new DateTimeOffset(2022, 8, 4, 0, 0, 0, TimeSpan.Zero)));
        Assert.NotEmpty(persons);

        var seen = await LookUpAsync(package, persons, "&part=navn&part=utflytting");

        Assert.NotEmpty(seen);
        Assert.All(seen, person => Assert.All(PopulationScan.Entries(person, "utflytting"), move =>
        {
            Assert.True(move.TryGetProperty("tilflyttingsland", out _));
            Assert.Equal(package == Omh, move.TryGetProperty("utflyttingsdato", out _));
            Assert.Equal(package == Omh, move.TryGetProperty("ajourholdstidspunkt", out _));
        }));
    }

    [Fact]
    public async Task Inn_and_utflytting_keep_their_history_in_offentlig_med_hjemmel()
    {
        var movers = await PopulationScan.FindEverywhereAsync(Client, person => PopulationScan.Entries(person, "utflytting").Count() >= 2 && PopulationScan.Entries(person, "innflytting").Count() >= 2);

        Assert.NotEmpty(movers);
        Assert.All(movers, person => Assert.Single(PopulationScan.Entries(person, "utflytting"), PopulationScan.IsCurrent));
    }

    [Theory]
    [InlineData("offentlig-med-hjemmel", true)]
    [InlineData("offentlig-uten-hjemmel", true)]
    [InlineData("privat-uten-hjemmel", true)]
    [InlineData("finans", true)]
    [InlineData("utsteder-eid", true)]
    [InlineData("privat", false)]
    [InlineData("presse", false)]
    public async Task Identifikasjonsnummer_is_returned_whatever_part_says_except_in_privat_and_presse(string package, bool always)
    {
        var persons = await PopulationScan.FindEverywhereAsync(Client, person => Protection(person) is null, limit: 20);

        var seen = await LookUpAsync(package, persons, "&part=navn");

        Assert.NotEmpty(seen);
        Assert.All(seen, person =>
        {
            Assert.Equal(always, person.TryGetProperty("identifikasjonsnummer", out _));
            Assert.False(person.TryGetProperty("kjoenn", out _));
        });
    }

    [Fact]
    public async Task A_replaced_identity_number_still_finds_the_person_and_bulk_reports_it_as_expired()
    {
        var persons = await PopulationScan.FindEverywhereAsync(Client, person => PopulationScan.Entries(person, "identifikasjonsnummer").Count(e => e.GetProperty("identifikatortype").GetString() == "foedselsnummer") >= 2);
        Assert.NotEmpty(persons);
        var person = persons[0];
        var old = PopulationScan.Entries(person, "identifikasjonsnummer").First(e => !PopulationScan.IsCurrent(e)).GetProperty("foedselsEllerDNummer").GetString()!;

        var byOld = await Client.GetJsonAsync(Omh, "v1/personer/" + old);
        var bulk = await Client.PostJsonAsync(Omh, "v1/personer/bulkoppslag?somBestilt=true", new { foedselsEllerDNummer = new[] { old } });

        Assert.Equal(PopulationScan.Identifier(person), PopulationScan.Identifier(byOld));
        Assert.True(bulk.GetProperty("oppslag")[0].TryGetProperty("feilmelding", out _));
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public async Task The_feed_has_the_packages_shape(string package)
    {
        var page = await Client.GetJsonAsync(package, "v1/hendelser/feed?seq=1");
        var full = SimulatorCatalogue.Instance.Find(package).Feed.Shape == FregGen.Catalogue.FeedShape.Full;

        Assert.NotEmpty(page.EnumerateArray());
        Assert.Equal(package == Omh, full);
        Assert.All(page.EnumerateArray(), entry =>
        {
            var hendelse = entry.GetProperty("hendelse");
            Assert.Equal(full, hendelse.TryGetProperty("persondokument", out _));
            Assert.True(hendelse.TryGetProperty("hendelsetype", out _));
            Assert.True(hendelse.TryGetProperty("ajourholdstidspunkt", out _));
        });
    }

    [Fact]
    public async Task An_event_type_reaches_a_package_only_in_the_window_the_catalogue_gives_it()
    {
        var omh = await WholeFeedAsync(Omh);
        var finans = await WholeFeedAsync("finans");
        var newPackage = await WholeFeedAsync("privat-uten-folkeregisteridentifikator");
        var limit = new DateTimeOffset(2024, 12, 10, 0, 0, 0, TimeSpan.Zero);
        var openedEvents = new DateTimeOffset(2022, 10, 11, 0, 0, 0, TimeSpan.Zero);

        Assert.Contains(omh, entry => entry.Type == "personErOppdatert" && entry.At >= limit);
        Assert.Contains(finans, entry => entry.Type == "personErOppdatert" && entry.At < limit);
        Assert.DoesNotContain(finans, entry => entry.Type == "personErOppdatert" && entry.At >= limit);
        Assert.Contains(omh, entry => entry.Type == "endringIInnflytting" && entry.At < openedEvents);
        Assert.DoesNotContain(finans, entry => entry.Type == "endringIInnflytting" && entry.At < openedEvents);
        Assert.Contains(finans, entry => entry.Type == "endringIInnflytting");
        Assert.All(newPackage, entry => Assert.True(entry.At >= new DateTimeOffset(2022, 10, 24, 0, 0, 0, TimeSpan.Zero)));
        Assert.NotEmpty(newPackage);
    }

    [Fact]
    public async Task The_filtered_feed_keeps_the_feeds_sequence_numbers_and_only_offentlig_med_hjemmel_gets_it()
    {
        var page = (await Client.GetJsonAsync(Omh, "v1/hendelser/feed?seq=1")).EnumerateArray().ToList();
        var all = page.Select(e => e.GetProperty("hendelse")).ToList();
        var oslo = await Client.GetJsonAsync(Omh, "v1/hendelser/feed/tilpasset?seq=1&kommunenummer=0301");
        var filtered = oslo.EnumerateArray().ToList();

        Assert.InRange(filtered.Count, 1, 1000);
        Assert.True(filtered[^1].GetProperty("sekvensnummer").GetInt64() > page[^1].GetProperty("sekvensnummer").GetInt64(), "A page of the filtered feed reaches further than a page of the whole feed.");
        foreach (var entry in filtered.Take(8))
        {
            Assert.Equal("0301", await KommuneAtEventAsync(entry.GetProperty("hendelse")));
        }

        var filteredDocuments = filtered.Select(e => e.GetProperty("hendelse").GetProperty("persondokument").GetString()).ToHashSet();
        foreach (var hendelse in all.Where(h => !filteredDocuments.Contains(h.GetProperty("persondokument").GetString())).Take(8))
        {
            Assert.NotEqual("0301", await KommuneAtEventAsync(hendelse));
        }

        await Client.GetJsonAsync(Omh, "v1/hendelser/feed/tilpasset?kommunenummer=0301", 400);
        await Client.GetJsonAsync(Omh, "v1/hendelser/feed/tilpasset?seq=1&kommunenummer=Oslo", 400);
        await Client.GetJsonAsync("finans", "v1/hendelser/feed/tilpasset?seq=1", 403);
    }

    /// <summary>The kommune of the bostedsadresse in the person document the event produced (null without one).</summary>
    private async Task<string?> KommuneAtEventAsync(JsonElement hendelse)
    {
        var document = await Client.GetJsonAsync(Omh, "v1/personer/arkiv/" + hendelse.GetProperty("persondokument").GetString() + "?part=bostedsadresse");
        var residence = PopulationScan.Entries(document, "bostedsadresse").FirstOrDefault(PopulationScan.IsCurrent);
        if (residence.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (residence.TryGetProperty("vegadresse", out var street))
        {
            return street.GetProperty("kommunenummer").GetString();
        }

        if (residence.TryGetProperty("matrikkeladresse", out var farm))
        {
            return farm.GetProperty("matrikkelnummer").GetProperty("kommunenummer").GetString();
        }

        return residence.TryGetProperty("ukjentBosted", out var unknown) && unknown.TryGetProperty("bostedskommune", out var kommune) ? kommune.GetString() : null;
    }

    private async Task<List<(string Type, DateTimeOffset At)>> WholeFeedAsync(string package)
    {
        var entries = new List<(string, DateTimeOffset)>();
        var next = 1L;
        while (true)
        {
            var page = await Client.GetJsonAsync(package, "v1/hendelser/feed?seq=" + next.ToString(CultureInfo.InvariantCulture));
            if (page.GetArrayLength() == 0)
            {
                return entries;
            }

            foreach (var entry in page.EnumerateArray())
            {
                var hendelse = entry.GetProperty("hendelse");
                entries.Add((hendelse.GetProperty("hendelsetype").GetString()!, hendelse.GetProperty("ajourholdstidspunkt").GetDateTimeOffset()));
                next = entry.GetProperty("sekvensnummer").GetInt64() + 1;
            }
        }
    }

    /// <summary>
    /// Looks the persons up as the package can: by identity number where it may, else with entydigsoek by name and birth
    /// date (skipping the persons that search does not find uniquely). Returns what the package saw.
    /// </summary>
    private async Task<List<JsonElement>> LookUpAsync(string package, IEnumerable<JsonElement> persons, string parts, int minimum = 1)
    {
        var byIdentifier = SimulatorCatalogue.Instance.Find(package).GrantsOperation("GET", "/v1/personer/{personidentifikator}");
        var seen = new List<JsonElement>();
        foreach (var person in persons)
        {
            var query = byIdentifier ? "v1/personer/" + PopulationScan.Identifier(person) + "?" + parts.TrimStart('&') : PopulationScan.UniqueSearch(person) + parts;
            using var response = await Client.SendAsync(package, HttpMethod.Get, query);
            if ((int)response.StatusCode == 404 && !byIdentifier)
            {
                continue;
            }

            seen.Add(await FregTestClient.ReadJsonAsync(response, 200));
            if (seen.Count >= Math.Max(minimum, 5))
            {
                break;
            }
        }

        return seen;
    }

    private static IEnumerable<JsonElement> Graded(JsonElement person, string grading)
        => Addresses.SelectMany(property => PopulationScan.Entries(person, property))
            .Where(entry => entry.TryGetProperty("adressegradering", out var value) && value.GetString() == grading);

    private static string? Protection(JsonElement person)
        => PopulationScan.Entries(person, "adressebeskyttelse").Where(PopulationScan.IsCurrent).Select(e => e.GetProperty("graderingsnivaa").GetString()).FirstOrDefault();

    private static string CurrentStatus(JsonElement person)
        => PopulationScan.Entries(person, "status").First(PopulationScan.IsCurrent).GetProperty("status").GetString()!;

    private static DateTimeOffset Registered(JsonElement entry) => entry.GetProperty("ajourholdstidspunkt").GetDateTimeOffset();

    private static bool SameName(JsonElement a, JsonElement b)
        => PopulationScan.Entries(a, "navn").First(PopulationScan.IsCurrent).GetRawText() == PopulationScan.Entries(b, "navn").First(PopulationScan.IsCurrent).GetRawText();
}
