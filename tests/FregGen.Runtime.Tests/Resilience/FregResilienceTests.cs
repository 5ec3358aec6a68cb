using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Maskinporten;
using FregGen.Runtime.Resilience;
using FregGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;

namespace FregGen.Runtime.Tests.Resilience;

/// <summary>
/// The retry pipeline, through a real IHttpClientFactory with a scripted primary handler. Waits are checked on a fake
/// clock: a test advances fake time only once the pipeline has started its timer, and asserts that the next attempt
/// happens exactly when the computed delay has passed — never by measuring wall-clock time.
/// </summary>
public sealed class FregResilienceTests : IDisposable
{
    private const string ClientName = "freg";
    private static readonly Uri PersonUri = new("v1/personer/30108299939", UriKind.Relative);

    private readonly ObservableTimeProvider clock = new();
    private readonly ScriptedHttpMessageHandler freg = new();
    private readonly List<FregRetryEvent> retries = [];
    private ServiceProvider? services;

    public void Dispose() => services?.Dispose();

    [Fact]
    public async Task A_429_waits_exactly_the_Retry_After_milliseconds_then_succeeds()
    {
        freg.RespondTooManyRequests("1500").Respond(HttpStatusCode.OK);
        var client = CreateClient();

        var call = client.GetAsync(PersonUri);
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(1500));
        clock.Advance(TimeSpan.FromMilliseconds(1499));
        Assert.False(call.IsCompleted);
        Assert.Equal(1, freg.CallCount);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, freg.CallCount);
        var retry = Assert.Single(retries);
        Assert.Equal(FregRetryReason.TooManyRequests, retry.Reason);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), retry.Delay);
        Assert.Equal(HttpStatusCode.TooManyRequests, retry.StatusCode);
        Assert.Equal(1, retry.RetryNumber);
    }

    [Theory]
    [InlineData("2", 2000)]
    [InlineData("9", 9000)]
    [InlineData("10", 10)]
    [InlineData("250", 250)]
    [InlineData("1.5", 1500)]
    [InlineData("0.2", 200)]
    public async Task Retry_After_in_seconds_or_milliseconds_sets_the_wait(string retryAfter, long expectedMilliseconds)
    {
        freg.RespondTooManyRequests(retryAfter).Respond(HttpStatusCode.OK);
        var client = CreateClient();

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), Assert.Single(retries).Delay);
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_waits_until_then()
    {
        freg.RespondTooManyRequests(clock.GetUtcNow().AddSeconds(3).ToString("r", CultureInfo.InvariantCulture)).Respond(HttpStatusCode.OK);
        var client = CreateClient();

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), Assert.Single(retries).Delay);
    }

    [Fact]
    public async Task A_429_without_Retry_After_backs_off_with_jitter_within_MaxDelay()
    {
        freg.RespondTooManyRequests(null).Respond(HttpStatusCode.OK);
        var client = CreateClient(options => options.MaxDelay = TimeSpan.FromSeconds(5));

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        var retry = Assert.Single(retries);
        Assert.Equal(FregRetryReason.TooManyRequests, retry.Reason);
        Assert.InRange(retry.Delay, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxDelay_is_handed_to_the_caller_at_once()
    {
        freg.RespondTooManyRequests("120000");
        var client = CreateClient(options => options.MaxDelay = TimeSpan.FromSeconds(30));

        using var response = await client.GetAsync(PersonUri);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(2), FregRetryAfter.Read(response, clock.GetUtcNow()));
        Assert.Equal(1, freg.CallCount);
        Assert.Empty(retries);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Server_errors_are_retried_with_backoff_then_succeed(HttpStatusCode status)
    {
        freg.Respond(status).Respond(status).Respond(HttpStatusCode.OK);
        var client = CreateClient(options =>
        {
            options.BaseDelay = TimeSpan.FromMilliseconds(200);
            options.MaxDelay = TimeSpan.FromSeconds(10);
        });

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, freg.CallCount);
        Assert.Equal([1, 2], retries.Select(retry => retry.RetryNumber));
        Assert.All(retries, retry =>
        {
            Assert.Equal(FregRetryReason.ServerError, retry.Reason);
            Assert.Equal(status, retry.StatusCode);
            Assert.InRange(retry.Delay, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        });
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.NotAcceptable)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.Gone)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task Other_answers_are_never_retried(HttpStatusCode status)
    {
        freg.Respond(status);
        var client = CreateClient();

        using var response = await client.GetAsync(PersonUri);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, freg.CallCount);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task Exhausted_429_retries_surface_the_last_429_with_its_Retry_After()
    {
        freg.RespondTooManyRequests("100").RespondTooManyRequests("200").RespondTooManyRequests("300");
        var client = CreateClient(options => options.MaxTooManyRequestsRetries = 2);

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("300", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal(3, freg.CallCount);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], retries.Select(retry => retry.Delay));
    }

    [Fact]
    public async Task Exhausted_server_error_retries_surface_the_last_response()
    {
        freg.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.BadGateway, response => response.Content = new StringContent("{\"kode\":\"FREG-503\"}"));
        var client = CreateClient(options => options.MaxTransientRetries = 2);

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("{\"kode\":\"FREG-503\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal(3, freg.CallCount);
    }

    [Fact]
    public async Task The_two_kinds_of_retry_have_their_own_limits()
    {
        freg.RespondTooManyRequests("50").Respond(HttpStatusCode.ServiceUnavailable)
            .RespondTooManyRequests("50").Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK);
        var client = CreateClient(options =>
        {
            options.MaxTooManyRequestsRetries = 2;
            options.MaxTransientRetries = 2;
        });

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [FregRetryReason.TooManyRequests, FregRetryReason.ServerError, FregRetryReason.TooManyRequests, FregRetryReason.ServerError],
            retries.Select(retry => retry.Reason));
    }

    [Fact]
    public async Task A_spent_transient_budget_stops_even_when_429_budget_is_left()
    {
        freg.Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.InternalServerError);
        var client = CreateClient(options =>
        {
            options.MaxTooManyRequestsRetries = 5;
            options.MaxTransientRetries = 1;
        });

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(2, freg.CallCount);
    }

    [Fact]
    public async Task Network_failures_are_retried()
    {
        freg.Throw(new HttpRequestException("Connection reset")).Respond(HttpStatusCode.OK);
        var client = CreateClient();

        using var response = await DriveAsync(client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FregRetryReason.NetworkFailure, Assert.Single(retries).Reason);
        Assert.Equal(typeof(HttpRequestException), retries[0].ExceptionType);
    }

    [Fact]
    public async Task Transient_Maskinporten_failures_are_retried_but_refusals_are_not()
    {
        freg.Throw(new MaskinportenException("unreachable", "scope", null, null, null, isTransient: true))
            .Respond(HttpStatusCode.OK)
            .Throw(new MaskinportenException("invalid_scope", "scope", HttpStatusCode.BadRequest, "invalid_scope", null, isTransient: false));
        var client = CreateClient();

        using var response = await DriveAsync(client.GetAsync(PersonUri));
        await Assert.ThrowsAsync<MaskinportenException>(() => client.GetAsync(PersonUri));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FregRetryReason.MaskinportenUnavailable, Assert.Single(retries).Reason);
        Assert.Equal(3, freg.CallCount);
    }

    [Fact]
    public async Task An_attempt_that_takes_too_long_is_abandoned_and_retried()
    {
        freg.Hang().Respond(HttpStatusCode.OK);
        var client = CreateClient(options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(20);
            options.BaseDelay = TimeSpan.Zero;
            options.MaxDelay = TimeSpan.Zero;
        });

        var call = client.GetAsync(PersonUri);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(20));
        await WaitUntilAsync(() => freg.CallCount == 1);
        clock.Advance(TimeSpan.FromSeconds(20));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, freg.CallCount);
        Assert.Equal(FregRetryReason.Timeout, Assert.Single(retries).Reason);
        Assert.Equal(typeof(TimeoutRejectedException), retries[0].ExceptionType);
    }

    [Fact]
    public async Task Cancelling_during_the_wait_stops_at_once()
    {
        freg.RespondTooManyRequests("5000").Respond(HttpStatusCode.OK);
        var client = CreateClient();
        using var caller = new CancellationTokenSource();

        var call = client.GetAsync(PersonUri, caller.Token);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, freg.CallCount);
    }

    [Fact]
    public async Task Cancelling_during_an_attempt_is_not_retried()
    {
        freg.Hang().Respond(HttpStatusCode.OK);
        var client = CreateClient();
        using var caller = new CancellationTokenSource();

        var call = client.GetAsync(PersonUri, caller.Token);
        await WaitUntilAsync(() => freg.CallCount == 1);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, freg.CallCount);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task A_bulk_lookup_POST_is_retried_with_the_same_body()
    {
        const string body = "{\"foedselsEllerDNummer\":[\"30108299939\",\"20036914700\"]}";
        freg.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
        var client = CreateClient();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await DriveAsync(client.PostAsync(new Uri("v1/personer/bulkoppslag", UriKind.Relative), content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(freg.Requests, request =>
        {
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal(body, request.Body);
        });
        Assert.Equal(2, freg.CallCount);
    }

    [Fact]
    public async Task Zero_retries_turns_retrying_off()
    {
        freg.Respond(HttpStatusCode.ServiceUnavailable);
        var client = CreateClient(options =>
        {
            options.MaxTooManyRequestsRetries = 0;
            options.MaxTransientRetries = 0;
        });

        using var response = await client.GetAsync(PersonUri);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, freg.CallCount);
    }

    [Fact]
    public async Task A_total_timeout_bounds_the_whole_call()
    {
        freg.RespondTooManyRequests("20000").Respond(HttpStatusCode.OK);
        var client = CreateClient(options => options.TotalTimeout = TimeSpan.FromSeconds(10));

        var call = client.GetAsync(PersonUri);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(20));
        clock.Advance(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => call);
        Assert.Equal(1, freg.CallCount);
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_client_is_built()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => CreateClient(options => options.MaxTransientRetries = -1));

        Assert.Contains("MaxTransientRetries", exception.Message, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // A guard against a hung test, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(1, guard.Token);
        }
    }

    private HttpClient CreateClient(Action<FregResilienceOptions>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddHttpClient(ClientName, client => client.BaseAddress = new Uri("https://freg.test/folkeregisteret/offentlig-med-hjemmel/api/"))
            .ConfigurePrimaryHttpMessageHandler(() => freg)
            .AddFregResilience(options =>
            {
                options.AttemptTimeout = null;
                options.OnRetry = retry =>
                {
                    lock (retries)
                    {
                        retries.Add(retry);
                    }

                    return ValueTask.CompletedTask;
                };
                configure?.Invoke(options);
            });
        services = collection.BuildServiceProvider();
        return services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
    }

    /// <summary>Runs a call to the end, advancing fake time by each wait the pipeline starts.</summary>
    private async Task<HttpResponseMessage> DriveAsync(Task<HttpResponseMessage> call)
    {
        while (true)
        {
            var nextTimer = clock.NextTimerAsync();
            if (await Task.WhenAny(call, nextTimer) == call)
            {
                return await call;
            }

            clock.Advance(await nextTimer);
        }
    }
}
