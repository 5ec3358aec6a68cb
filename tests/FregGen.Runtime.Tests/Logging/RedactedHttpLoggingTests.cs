using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FregGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FregGen.Runtime.Tests.Logging;

public sealed class RedactedHttpLoggingTests
{
    private const string Fnr = "30108299939";

    [Fact]
    public async Task Default_http_logging_would_log_the_fnr_in_the_path()
    {
        var logs = await RunLookupsAsync(redacted: false);

        Assert.Contains(logs, line => line.Contains(Fnr, StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_log_line_of_a_Freg_client_contains_an_identity_number()
    {
        var logs = await RunLookupsAsync(redacted: true);

        Assert.Contains(logs, line => line.Contains("/v1/personer/***********", StringComparison.Ordinal));
        Assert.Contains(logs, line => line.Contains("Resilience event", StringComparison.Ordinal));
        Assert.Contains(logs, line => line.Contains("?*", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, line => line.Contains(Fnr, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, line => line.Contains("Kari", StringComparison.Ordinal));
    }

    private static async Task<string[]> RunLookupsAsync(bool redacted)
    {
        var clock = new ObservableTimeProvider();
        var freg = new ScriptedHttpMessageHandler()
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK)
            .Throw(new HttpRequestException("Connection reset"))
            .Respond(HttpStatusCode.OK);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        var builder = collection.AddHttpClient("freg", c => c.BaseAddress = new Uri("https://freg.test/api/"))
            .ConfigurePrimaryHttpMessageHandler(() => freg)
            .AddFregResilience(options =>
            {
                options.AttemptTimeout = null;
                options.BaseDelay = TimeSpan.Zero;
                options.MaxDelay = TimeSpan.Zero;
            });
        if (redacted)
        {
            builder.AddFregRedactedLogging();
        }

        using var services = collection.BuildServiceProvider();
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("freg");

        using (var person = await client.GetAsync(new Uri($"v1/personer/{Fnr}?part=navn", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        }

        using (var search = await client.GetAsync(new Uri("v1/personer/soek?fornavn=Kari&foedselsdato=1982-10-30", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }

        return services.GetFakeLogCollector().GetSnapshot()
            .Select(record => $"{record.Category} {record.Message} {string.Join(' ', record.StructuredState?.Select(pair => pair.Value) ?? [])} {record.Exception}")
            .ToArray();
    }
}
