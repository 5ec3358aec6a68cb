using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>Injected 429s (Retry-After in milliseconds), error statuses and delays hit the next matching requests, and are counted.</summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private const string Package = "finans";
    private const string LastSequence = "v1/hendelser/siste/sekvensnummer";

    private FregSimulator? _simulator;
    private FregTestClient? _client;

    private FregSimulator Simulator => _simulator!;

    private FregTestClient Client => _client!;

    public async Task InitializeAsync()
    {
        _simulator = await SmallSimulator.StartAsync();
        _client = new FregTestClient(_simulator);
        await _client.TokenAsync(_simulator.GetScope(Package));
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await Simulator.DisposeAsync();
    }

    [Fact]
    public async Task Injected_429s_carry_Retry_After_in_milliseconds_and_then_requests_succeed()
    {
        var appliedBefore = Simulator.Faults.FaultsApplied;
        var servedBefore = Simulator.Faults.RequestsServed;
        Simulator.Faults.Inject429(2, TimeSpan.FromMilliseconds(1500));

        for (var i = 0; i < 2; i++)
        {
            using var throttled = await Client.SendAsync(Package, HttpMethod.Get, LastSequence);
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.Equal("1500", throttled.Headers.GetValues("Retry-After").Single());
        }

        using var ok = await Client.SendAsync(Package, HttpMethod.Get, LastSequence);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(appliedBefore + 2, Simulator.Faults.FaultsApplied);
        Assert.Equal(servedBefore + 3, Simulator.Faults.RequestsServed);
        Assert.Equal(0, Simulator.Faults.PendingFaults);
    }

    [Fact]
    public async Task A_status_fault_with_a_path_filter_hits_only_matching_requests()
    {
        Simulator.Faults.InjectStatus(1, 503, "hendelser/feed");

        using var other = await Client.SendAsync(Package, HttpMethod.Get, LastSequence);
        using var feed = await Client.SendAsync(Package, HttpMethod.Get, "v1/hendelser/feed?seq=1");
        using var again = await Client.SendAsync(Package, HttpMethod.Get, "v1/hendelser/feed?seq=1");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, feed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_delay_fault_still_answers()
    {
        var before = Simulator.Faults.FaultsApplied;
        Simulator.Faults.InjectDelay(1, TimeSpan.FromMilliseconds(20));

        using var response = await Client.SendAsync(Package, HttpMethod.Get, LastSequence);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, Simulator.Faults.FaultsApplied);
    }

    [Fact]
    public async Task Faults_without_a_path_filter_spare_the_token_endpoint_but_can_target_it()
    {
        Simulator.Faults.Inject429(1, TimeSpan.FromSeconds(1));
        using (var token = await Client.RequestTokenAsync(Client.Grants.Create(Simulator.MaskinportenAudience, Simulator.GetScope(Package))))
        {
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }

        Simulator.Faults.Clear();
        Simulator.Faults.InjectStatus(1, 500, "maskinporten/token");
        using var failed = await Client.RequestTokenAsync(Client.Grants.Create(Simulator.MaskinportenAudience, Simulator.GetScope(Package)));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
    }

    [Fact]
    public async Task The_admin_endpoint_injects_faults_and_reports_counters()
    {
        using var content = new StringContent("{\"kind\":\"status\",\"count\":1,\"status\":502}", Encoding.UTF8, "application/json");
        using (var inject = await Client.Http.PostAsync(new Uri(Simulator.AdminAddress, "faults"), content))
        {
            Assert.Equal(HttpStatusCode.OK, inject.StatusCode);
        }

        using (var failed = await Client.SendAsync(Package, HttpMethod.Get, LastSequence))
        {
            Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        }

        using var status = await Client.Http.GetAsync(new Uri(Simulator.AdminAddress, "status"));
        var body = await FregTestClient.ReadJsonAsync(status, 200);
        Assert.True(body.GetProperty("faultsApplied").GetInt64() >= 1);
        Assert.Equal(300, body.GetProperty("persons").GetInt32());
    }

    [Fact]
    public void Invalid_faults_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Faults.InjectStatus(1, 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Faults.Inject429(0, TimeSpan.FromSeconds(1)));
    }
}
