using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>401 without a valid token, 403 for another package's scope or an operation the package does not offer, 406 for an Accept the simulator cannot serve.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class AccessTests
{
    private readonly SimulatorFixture _fixture;

    public AccessTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Without_a_token_the_answer_is_401_with_a_FolkeregisterFeilmelding()
    {
        using var response = await _fixture.Client.Http.GetAsync(_fixture.Client.Url("finans", "v1/hendelser/siste/sekvensnummer"));
        var body = await FregTestClient.ReadJsonAsync(response, 401);

        Assert.Equal(401, body.GetProperty("httpStatus").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("feilmelding").GetString()));
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_the_simulator_did_not_issue_gives_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _fixture.Client.Url("finans", "v1/hendelser/siste/sekvensnummer"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        using var response = await _fixture.Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_package_gives_403()
    {
        using var response = await _fixture.Client.SendAsync("finans", HttpMethod.Get, "v1/hendelser/siste/sekvensnummer", scope: "folkeregister:deling/privat");
        var body = await FregTestClient.ReadJsonAsync(response, 403);
        Assert.Equal(403, body.GetProperty("httpStatus").GetInt32());
    }

    [Theory]
    [InlineData("privat", "v1/personer/01017012345")]
    [InlineData("presse", "v1/personer/soek?navn=Hansen")]
    [InlineData("finans", "v1/hendelser/0123456789abcdef0123456789abcdef")]
    [InlineData("offentlig-uten-hjemmel", "v1/uttrekk/komplett")]
    public async Task An_operation_the_package_does_not_offer_gives_403(string package, string path)
    {
        using var response = await _fixture.Client.SendAsync(package, HttpMethod.Get, path);
        await FregTestClient.ReadJsonAsync(response, 403);
    }

    [Fact]
    public async Task An_Accept_the_simulator_cannot_serve_gives_406()
    {
        using var response = await _fixture.Client.SendAsync("offentlig-med-hjemmel", HttpMethod.Get, "v1/personer/" + _fixture.Simulator.PersonIdentifiers[0], accept: "application/xml");
        await FregTestClient.ReadJsonAsync(response, 406);
    }

    [Fact]
    public async Task A_request_without_Accept_gets_json()
    {
        using var response = await _fixture.Client.SendAsync("offentlig-med-hjemmel", HttpMethod.Get, "v1/personer/" + _fixture.Simulator.PersonIdentifiers[0], accept: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
