using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Simulator.Shapes;
using FregGen.Simulator.Tests.Infrastructure;
using Microsoft.OpenApi.Models;

namespace FregGen.Simulator.Tests;

/// <summary>Each package gets only what the catalogue grants it: properties, excluded fields, history, parts and feed event types.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class RightsTests
{
    private readonly SimulatorFixture _fixture;

    public RightsTests(SimulatorFixture fixture) => _fixture = fixture;

    private FregTestClient Client => _fixture.Client;

    [Fact]
    public async Task Privat_never_returns_familierelasjon_nor_the_doedsbo_contacts_identity_number()
    {
        var candidates = await PopulationScan.FindAsync(Client, person =>
            PopulationScan.Entries(person, "kontaktinformasjonForDoedsbo").Any(k => k.TryGetProperty("person", out var contact) && contact.TryGetProperty("foedselsEllerDNummer", out _))
            && PopulationScan.Entries(person, "familierelasjon").Any());
        Assert.NotEmpty(candidates);

        var checkedOne = false;
        foreach (var candidate in candidates)
        {
            using var response = await Client.SendAsync("privat", HttpMethod.Get, PopulationScan.UniqueSearch(candidate));
            if ((int)response.StatusCode == 404)
            {
                continue;
            }

            var privat = await FregTestClient.ReadJsonAsync(response, 200);
            Assert.False(privat.TryGetProperty("familierelasjon", out _));
            Assert.False(privat.TryGetProperty("identifikasjonsnummer", out _));
            var contact = PopulationScan.Entries(privat, "kontaktinformasjonForDoedsbo").Single().GetProperty("person");
            Assert.False(contact.TryGetProperty("foedselsEllerDNummer", out _));
            Assert.True(contact.TryGetProperty("personnavn", out _));

            var withIdentifier = await Client.GetJsonAsync("privat", PopulationScan.UniqueSearch(candidate) + "&part=identifikasjonsnummer");
            Assert.Equal(PopulationScan.Identifier(candidate), PopulationScan.Identifier(withIdentifier));
            await Client.GetJsonAsync("privat", PopulationScan.UniqueSearch(candidate) + "&part=familierelasjon", InvalidPartStatus("/v1/personer/entydigsoek"));
            checkedOne = true;
            break;
        }

        Assert.True(checkedOne, "No dead person with a contact person could be found uniquely.");
    }

    [Fact]
    public async Task History_comes_only_with_historikk_and_only_for_properties_with_history_in_the_package()
    {
        var person = (await PopulationScan.FindAsync(Client, p =>
            PopulationScan.Entries(p, "statsborgerskap").Any(e => !PopulationScan.IsCurrent(e))
            && PopulationScan.Entries(p, "bostedsadresse").Any(e => !PopulationScan.IsCurrent(e)), limit: 1)).Single();
        var id = PopulationScan.Identifier(person);

        var omh = await Client.GetJsonAsync("offentlig-med-hjemmel", "v1/personer/" + id + "?part=historikk");
        var omhCurrent = await Client.GetJsonAsync("offentlig-med-hjemmel", "v1/personer/" + id);
        var finans = await Client.GetJsonAsync("finans", "v1/personer/" + id + "?part=historikk");

        Assert.Contains(PopulationScan.Entries(omh, "statsborgerskap"), e => !PopulationScan.IsCurrent(e));
        Assert.Contains(PopulationScan.Entries(omh, "bostedsadresse"), e => !PopulationScan.IsCurrent(e));
        Assert.All(PopulationScan.Entries(omhCurrent, "statsborgerskap").Concat(PopulationScan.Entries(omhCurrent, "bostedsadresse")), e => Assert.True(PopulationScan.IsCurrent(e)));
        Assert.Contains(PopulationScan.Entries(finans, "bostedsadresse"), e => !PopulationScan.IsCurrent(e));
        Assert.All(PopulationScan.Entries(finans, "statsborgerskap"), e => Assert.True(PopulationScan.IsCurrent(e)));
    }

    [Fact]
    public async Task Aliases_expand_per_package()
    {
        var person = (await PopulationScan.FindAsync(Client, p => PopulationScan.Entries(p, "familierelasjon").Any(), limit: 1)).Single();
        var id = PopulationScan.Identifier(person);

        var finans = await Client.GetJsonAsync("finans", "v1/personer/" + id + "?part=relasjon-utvidet");
        var publicWithout = await Client.GetJsonAsync("offentlig-uten-hjemmel", "v1/personer/" + id + "?part=relasjon-utvidet");

        Assert.True(finans.TryGetProperty("familierelasjon", out _));
        Assert.False(finans.TryGetProperty("navn", out _));
        Assert.False(publicWithout.TryGetProperty("familierelasjon", out _));
    }

    [Theory]
    [InlineData("offentlig-uten-hjemmel", "familierelasjon")]
    [InlineData("finans", "identitetsgrunnlag-utvidet")]
    [InlineData("offentlig-med-hjemmel", "forholdTilSametingetsValgmanntall")]
    [InlineData("utsteder-eid", "ukjentPart")]
    public async Task A_part_the_package_does_not_accept_gives_the_status_the_served_spec_declares(string package, string part)
    {
        var status = InvalidPartStatus("/v1/personer/{personidentifikator}");
        var body = await Client.GetJsonAsync(package, "v1/personer/" + _fixture.Simulator.PersonIdentifiers[3] + "?part=" + part, status);
        Assert.Equal(406, status);
        Assert.Equal(status, body.GetProperty("httpStatus").GetInt32());
    }

    /// <summary>"Ugyldig part" as the served spec (the embedded OMH 1.6.2) declares it: 406 there, 400 in 1.5.</summary>
    private static int InvalidPartStatus(string path) => ServedSpec.Embedded().InvalidPartStatus(OperationType.Get, path);

    [Fact]
    public async Task Privat_and_presse_see_generalised_event_types()
    {
        var omh = await Client.GetJsonAsync("offentlig-med-hjemmel", "v1/hendelser/feed?seq=1");
        var privat = await Client.GetJsonAsync("privat", "v1/hendelser/feed?seq=1");
        var finans = await Client.GetJsonAsync("finans", "v1/hendelser/feed?seq=1");

        Assert.Contains(Types(omh), type => type == "personErOppdatert");
        Assert.Contains(Types(omh), type => type == "endringIBostedsadresse");
        Assert.All(Types(privat), type => Assert.Contains(type, new[] { "personErOpprettet", "personErDoed", "endringIPerson" }));
        Assert.DoesNotContain(Types(finans), type => type is "endringIPerson");
    }

    [Fact]
    public async Task Packages_without_identifikasjonsnummer_get_feed_entries_without_it()
    {
        var without = await Client.GetJsonAsync("presse-uten-folkeregisteridentifikator", "v1/hendelser/feed?seq=1");
        var with = await Client.GetJsonAsync("presse", "v1/hendelser/feed?seq=1");

        Assert.All(without.EnumerateArray(), entry => Assert.False(entry.GetProperty("hendelse").TryGetProperty("folkeregisteridentifikator", out _)));
        Assert.All(with.EnumerateArray(), entry => Assert.True(entry.GetProperty("hendelse").TryGetProperty("folkeregisteridentifikator", out _)));
    }

    private static string[] Types(JsonElement page)
        => page.EnumerateArray().Select(entry => entry.GetProperty("hendelse").GetProperty("hendelsetype").GetString()!).Distinct().ToArray();
}
