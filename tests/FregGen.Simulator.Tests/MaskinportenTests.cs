using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Simulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FregGen.Simulator.Tests;

/// <summary>The fake Maskinporten checks grants as Maskinporten does and issues tokens the Freg endpoints accept until they expire.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class MaskinportenTests
{
    private const string Scope = "folkeregister:deling/offentligmedhjemmel";

    private readonly SimulatorFixture _fixture;

    public MaskinportenTests(SimulatorFixture fixture) => _fixture = fixture;

    private FregTestClient Client => _fixture.Client;

    [Fact]
    public async Task A_valid_grant_gets_a_bearer_token_with_the_requested_scope()
    {
        var before = _fixture.Simulator.TokensIssued;
        using var response = await Client.RequestTokenAsync(Client.Grants.Create(_fixture.Simulator.MaskinportenAudience, Scope));
        var body = await FregTestClient.ReadJsonAsync(response, 200);

        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(120, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(Scope, body.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
        Assert.Equal(before + 1, _fixture.Simulator.TokensIssued);
    }

    [Fact]
    public async Task A_grant_signed_by_another_key_than_its_certificate_is_rejected()
    {
        using var other = new GrantFactory("CN=Someone else");
        var grant = Client.Grants.Create(_fixture.Simulator.MaskinportenAudience, Scope, new GrantOptions { CertificateInHeader = other.Certificate });

        await AssertRejectedAsync(grant, "invalid_grant");
    }

    [Fact]
    public async Task A_grant_for_another_audience_is_rejected()
        => await AssertRejectedAsync(Client.Grants.Create(new Uri("https://maskinporten.no/"), Scope), "invalid_grant");

    [Fact]
    public async Task An_expired_grant_is_rejected()
        => await AssertRejectedAsync(Client.Grants.Create(_fixture.Simulator.MaskinportenAudience, Scope, new GrantOptions { IssuedAt = DateTimeOffset.UtcNow.AddMinutes(-10), Lifetime = TimeSpan.FromSeconds(60) }), "invalid_grant");

    [Fact]
    public async Task A_grant_living_longer_than_120_seconds_is_rejected()
        => await AssertRejectedAsync(Client.Grants.Create(_fixture.Simulator.MaskinportenAudience, Scope, new GrantOptions { Lifetime = TimeSpan.FromSeconds(121) }), "invalid_grant");

    [Fact]
    public async Task A_replayed_jti_is_rejected()
    {
        var jti = Guid.NewGuid().ToString("N");
        using (var first = await Client.RequestTokenAsync(Client.Grants.Create(_fixture.Simulator.MaskinportenAudience, Scope, new GrantOptions { Jti = jti })))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await AssertRejectedAsync(Client.Grants.Create(_fixture.Simulator.MaskinportenAudience, Scope, new GrantOptions { Jti = jti }), "invalid_grant");
    }

    [Fact]
    public async Task A_grant_without_scope_is_rejected()
        => await AssertRejectedAsync(Client.Grants.Create(_fixture.Simulator.MaskinportenAudience, string.Empty), "invalid_scope");

    [Fact]
    public async Task Another_grant_type_is_rejected()
    {
        using var form = new FormUrlEncodedContent(new[] { new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials") });
        using var response = await Client.Http.PostAsync(_fixture.Simulator.TokenEndpoint, form);
        var body = await FregTestClient.ReadJsonAsync(response, 400);
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Only_registered_clients_get_tokens_when_registration_is_required()
    {
        await using var simulator = await SmallSimulator.StartAsync(options => options.RequireRegisteredClients = true);
        using var client = new FregTestClient(simulator);
        using (var unregistered = await client.RequestTokenAsync(client.Grants.Create(simulator.MaskinportenAudience, Scope, new GrantOptions { ClientId = "unknown" })))
        {
            Assert.Equal("invalid_client", (await FregTestClient.ReadJsonAsync(unregistered, 400)).GetProperty("error").GetString());
        }

        simulator.RegisterClient("registered", client.Grants.Certificate, Scope);
        using (var registered = await client.RequestTokenAsync(client.Grants.Create(simulator.MaskinportenAudience, Scope, new GrantOptions { ClientId = "registered" })))
        {
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        using (var wrongScope = await client.RequestTokenAsync(client.Grants.Create(simulator.MaskinportenAudience, "folkeregister:deling/privat", new GrantOptions { ClientId = "registered" })))
        {
            Assert.Equal("invalid_scope", (await FregTestClient.ReadJsonAsync(wrongScope, 400)).GetProperty("error").GetString());
        }

        simulator.RegisterClient("by-key", client.Grants.PublicJwk("key-1"));
        using var byKey = await client.RequestTokenAsync(client.Grants.Create(simulator.MaskinportenAudience, Scope, new GrantOptions { ClientId = "by-key", KeyId = "key-1", IncludeCertificate = false }));
        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);
    }

    [Fact]
    public async Task A_token_stops_working_when_its_lifetime_has_passed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var simulator = await SmallSimulator.StartAsync(options =>
        {
            options.TimeProvider = time;
            options.TokenLifetime = TimeSpan.FromSeconds(30);
        });
        using var client = new FregTestClient(simulator);
        using var tokenResponse = await client.RequestTokenAsync(client.Grants.Create(simulator.MaskinportenAudience, Scope, new GrantOptions { IssuedAt = time.GetUtcNow() }));
        var token = (await FregTestClient.ReadJsonAsync(tokenResponse, 200)).GetProperty("access_token").GetString();
        var url = client.Url("offentlig-med-hjemmel", "v1/hendelser/siste/sekvensnummer");

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client.Http, url, token!));
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client.Http, url, token!));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, Uri url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task AssertRejectedAsync(string grant, string error)
    {
        var before = _fixture.Simulator.TokensIssued;
        using var response = await Client.RequestTokenAsync(grant);
        var body = await FregTestClient.ReadJsonAsync(response, 400);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("error_description").ValueKind);
        Assert.Equal(before, _fixture.Simulator.TokensIssued);
    }
}
