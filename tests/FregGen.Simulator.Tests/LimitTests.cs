using System.Linq;
using System.Threading.Tasks;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>Bulk lookups take at most 1000 ids with somBestilt semantics; searches return at most maksTreff (at most 10 000) hits.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class LimitTests
{
    private const string Package = "offentlig-med-hjemmel";

    private readonly SimulatorFixture _fixture;

    public LimitTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Bulk_lookup_takes_1000_ids_and_rejects_1001()
    {
        var ids = _fixture.Simulator.PersonIdentifiers;
        var thousand = await _fixture.Client.PostJsonAsync(Package, "v1/personer/bulkoppslag", new { foedselsEllerDNummer = ids.Take(1000).ToArray() });
        Assert.Equal(1000, thousand.GetProperty("oppslag").GetArrayLength());

        await _fixture.Client.PostJsonAsync(Package, "v1/personer/bulkoppslag", new { foedselsEllerDNummer = ids.Take(1001).ToArray() }, 400);
    }

    [Fact]
    public async Task SomBestilt_keeps_order_and_duplicates_and_reports_unknown_ids()
    {
        var ids = _fixture.Simulator.PersonIdentifiers;
        var request = new { foedselsEllerDNummer = new[] { ids[5], "01817012345", ids[5], ids[9] } };

        var ordered = (await _fixture.Client.PostJsonAsync(Package, "v1/personer/bulkoppslag?somBestilt=true", request)).GetProperty("oppslag").EnumerateArray().ToList();
        var plain = (await _fixture.Client.PostJsonAsync(Package, "v1/personer/bulkoppslag", request)).GetProperty("oppslag").EnumerateArray().ToList();

        Assert.Equal(request.foedselsEllerDNummer, ordered.Select(o => o.GetProperty("foedselsEllerDNummer").GetString()));
        Assert.True(ordered[1].TryGetProperty("feilmelding", out var error) && error.GetProperty("feilmelding").GetString()!.Length > 0);
        Assert.False(ordered[1].TryGetProperty("folkeregisterperson", out _));
        Assert.True(ordered[2].TryGetProperty("folkeregisterperson", out _));
        Assert.Equal(new[] { ids[5], ids[9] }, plain.Select(o => o.GetProperty("foedselsEllerDNummer").GetString()));
    }

    [Fact]
    public async Task A_search_with_more_hits_than_maksTreff_gives_400()
    {
        var all = await _fixture.Client.GetJsonAsync(Package, "v1/personer/soek?kjoenn=kvinne&inkluderDoede=true");
        var hits = all.GetProperty("foedselsEllerDNummer").GetArrayLength();
        Assert.True(hits > 100);

        await _fixture.Client.GetJsonAsync(Package, "v1/personer/soek?kjoenn=kvinne&inkluderDoede=true&maksTreff=" + (hits - 1), 400);
        var exact = await _fixture.Client.GetJsonAsync(Package, "v1/personer/soek?kjoenn=kvinne&inkluderDoede=true&maksTreff=" + hits);
        Assert.Equal(hits, exact.GetProperty("foedselsEllerDNummer").GetArrayLength());
        await _fixture.Client.GetJsonAsync(Package, "v1/personer/soek?kjoenn=kvinne&maksTreff=10001", 400);
    }

    [Fact]
    public async Task Search_filters_match_the_persons_they_return()
    {
        var result = await _fixture.Client.GetJsonAsync(Package, "v1/personer/soek?navn=Hansen&kommunenummer=0301");
        var ids = result.GetProperty("foedselsEllerDNummer").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.NotEmpty(ids);

        var persons = await _fixture.Client.PostJsonAsync(Package, "v1/personer/bulkoppslag", new { foedselsEllerDNummer = ids });
        Assert.All(persons.GetProperty("oppslag").EnumerateArray(), lookup =>
        {
            var person = lookup.GetProperty("folkeregisterperson");
            var name = PopulationScan.Entries(person, "navn").First(PopulationScan.IsCurrent);
            Assert.Contains("Hansen", name.GetProperty("fornavn").GetString() + " " + (name.TryGetProperty("mellomnavn", out var middle) ? middle.GetString() : string.Empty) + " " + name.GetProperty("etternavn").GetString(), System.StringComparison.Ordinal);
            Assert.Equal("0301", PopulationScan.Entries(person, "bostedsadresse").First(PopulationScan.IsCurrent).GetProperty("vegadresse").GetProperty("kommunenummer").GetString());
        });
    }
}
