using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FregGen.Integration.Tests.Infrastructure;
using FregGen.Runtime.Resilience;
using FregGen.Simulator;
using Microsoft.Extensions.Time.Testing;
using Omh = Integration.Omh.Freg;

namespace FregGen.Integration.Tests;

/// <summary>Scopes and packages (403), 429 with Retry-After, 5xx retries, token caching and refresh, against the simulator.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class AccessAndResilienceTests
{
    private readonly FregSimulator _simulator;

    public AccessAndResilienceTests(SimulatorFixture fixture) => _simulator = fixture.Simulator;

    [Fact]
    public async Task A_token_for_another_package_is_refused_with_403()
    {
        using var clients = ClientFactory.Omh(_simulator, scope: _simulator.GetScope("privat"));

        var exception = await Assert.ThrowsAsync<Omh.FregApiException>(() => clients.Get<Omh.FregClient>().SisteSekvensnummerIFeedAsync());

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.NotNull(exception.Error?.Kode);
    }

    [Fact]
    public async Task An_operation_outside_the_package_is_refused_with_403_even_with_the_right_scope()
    {
        using var clients = ClientFactory.Privat(_simulator);
        var http = clients.Get<System.Net.Http.IHttpClientFactory>().CreateClient(nameof(global::Integration.Privat.Freg.FregClient));

        using var response = await http.PostAsync("v1/personer/bulkoppslag", new StringContent("{\"foedselsEllerDNummer\":[\"" + _simulator.PersonIdentifiers[0] + "\"]}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        LogCapture.AssertNoIdentityNumbers(clients.Logs.Lines, "The client's log lines");
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_Retry_After_milliseconds()
    {
        using var clients = ClientFactory.Omh(_simulator);
        var client = clients.Get<Omh.FregClient>();
        await client.SisteSekvensnummerIFeedAsync();
        var faultsBefore = _simulator.Faults.FaultsApplied;
        _simulator.Faults.Inject429(2, TimeSpan.FromMilliseconds(150), "/v1/personer/");

        var person = await client.HentSisteVersjonAvPersonAsync(_simulator.PersonIdentifiers[3], part: [Omh.FregPart.Navn]);

        Assert.NotNull(person.Navn);
        Assert.Equal(2, _simulator.Faults.FaultsApplied - faultsBefore);
        var retries = clients.Retries.ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, retry => Assert.Equal(FregRetryReason.TooManyRequests, retry.Reason));
        Assert.All(retries, retry => Assert.Equal(TimeSpan.FromMilliseconds(150), retry.Delay));
    }

    [Fact]
    public async Task Without_resilience_a_429_surfaces_as_FregTooManyRequestsException_with_the_delay()
    {
        using var clients = ClientFactory.Omh(_simulator, resilience: false);
        var client = clients.Get<Omh.FregClient>();
        await client.SisteSekvensnummerIFeedAsync();
        _simulator.Faults.Inject429(1, TimeSpan.FromMilliseconds(1500), "/v1/personer/");

        var exception = await Assert.ThrowsAsync<Omh.FregTooManyRequestsException>(() => client.HentSisteVersjonAvPersonAsync(_simulator.PersonIdentifiers[4]));

        Assert.Equal(TimeSpan.FromMilliseconds(1500), exception.RetryAfter);
        LogCapture.AssertNoIdentityNumbers(new[] { exception.ToString() }, "The exception");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff()
    {
        using var clients = ClientFactory.Omh(_simulator);
        var client = clients.Get<Omh.FregClient>();
        await client.SisteSekvensnummerIFeedAsync();
        _simulator.Faults.InjectStatus(2, 503, "/v1/personer/soek");

        var hits = await client.PersonsoekAsync(navn: "Hansen", inkluderDoede: true);

        Assert.NotNull(hits.FoedselsEllerDNummer);
        Assert.Equal(2, clients.Retries.Count(r => r.Reason == FregRetryReason.ServerError && r.StatusCode == HttpStatusCode.ServiceUnavailable));
    }

    [Fact]
    public async Task A_server_error_that_persists_surfaces_as_FregApiException_after_the_retries()
    {
        using var clients = ClientFactory.Omh(_simulator);
        var client = clients.Get<Omh.FregClient>();
        await client.SisteSekvensnummerIFeedAsync();
        _simulator.Faults.InjectStatus(10, 500, "/v1/personer/soek");

        var exception = await Assert.ThrowsAsync<Omh.FregApiException>(() => client.PersonsoekAsync(navn: "Hansen"));
        _simulator.Faults.Clear();

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Equal(3, clients.Retries.Count(r => r.Reason == FregRetryReason.ServerError));
    }

    [Fact]
    public async Task The_token_is_fetched_once_cached_and_refreshed_before_it_expires()
    {
        // The client's clock starts 61 s behind, so that after advancing it the grant's iat is the simulator's now.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(-61));
        using var clients = ClientFactory.Omh(_simulator, time: time);
        var client = clients.Get<Omh.FregClient>();
        var before = _simulator.TokensIssued;

        for (var i = 0; i < 20; i++)
        {
            await client.SisteSekvensnummerIFeedAsync();
        }

        Assert.Equal(1, _simulator.TokensIssued - before);
        time.Advance(TimeSpan.FromSeconds(61));
        await client.SisteSekvensnummerIFeedAsync();
        await client.SisteSekvensnummerIFeedAsync();

        Assert.Equal(2, _simulator.TokensIssued - before);
        Assert.DoesNotContain(clients.Logs.Lines, line => line.Contains("eyJ", StringComparison.Ordinal));
    }
}
