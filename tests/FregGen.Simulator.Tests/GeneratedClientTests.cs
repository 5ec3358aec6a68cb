using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FregGen.Simulator.Freg;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>The client FregGen generates (here for offentlig-med-hjemmel, inside the simulator assembly) works against the simulator.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class GeneratedClientTests
{
    private readonly SimulatorFixture _fixture;

    public GeneratedClientTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_generated_client_reads_persons_and_the_feed_with_ETags()
    {
        var token = await _fixture.Client.TokenAsync(FregClient.MaskinportenScope);
        using var http = new HttpClient(new BearerTokenHandler(token)) { BaseAddress = FregClient.GetBaseAddress(_fixture.Simulator.BaseAddress) };
        var client = new FregClient(http);
        var id = _fixture.Simulator.PersonIdentifiers[11];

        var person = await client.HentSisteVersjonAvPersonAsync(id, new FregPart[] { FregPart.PersonBasis, FregPart.Historikk });
        var page = await client.HentFeedSideAsync(1);
        var unchanged = await client.HentFeedSideAsync(1, page.ETag);
        var last = await client.SisteSekvensnummerIFeedAsync();
        var xsd = await client.HentPersonXsdAsync();

        Assert.Equal(id, person.Identifikasjonsnummer!.First(i => i.ErGjeldende == true).FoedselsEllerDNummer);
        Assert.NotNull(person.Navn);
        Assert.Equal(1000, page.Value!.Count);
        Assert.True(unchanged.NotModified);
        Assert.Equal(_fixture.Simulator.LastSequenceNumber, last);
        Assert.Contains("Folkeregisterperson", xsd, StringComparison.Ordinal);
    }
}
