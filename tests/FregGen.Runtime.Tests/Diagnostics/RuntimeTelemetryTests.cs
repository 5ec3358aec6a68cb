using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Diagnostics;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Maskinporten;
using FregGen.Runtime.Tests.Feed;
using FregGen.Runtime.Tests.Infrastructure;
using FregGen.Runtime.Tests.Maskinporten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FregGen.Runtime.Tests.Diagnostics
{
    /// <summary>The runtime's spans and metrics (retries, 429 waits, Maskinporten tokens, the feed) as the OpenTelemetry SDK exports them.</summary>
    public sealed class RuntimeTelemetryTests : IDisposable
    {
        // Listeners are process-wide and tests run in parallel: every test filters on a value only it uses.
        private readonly string unique = "t" + Guid.NewGuid().ToString("N")[..10];
        private readonly List<Activity> activities = [];
        private readonly List<Metric> metrics = [];
        private readonly TracerProvider tracing;
        private readonly MeterProvider metering;

        public RuntimeTelemetryTests()
        {
            tracing = Sdk.CreateTracerProviderBuilder().AddSource(FregTelemetry.SourceName).AddInMemoryExporter(activities).Build()!;
            metering = Sdk.CreateMeterProviderBuilder().AddMeter(FregTelemetry.SourceName).AddInMemoryExporter(metrics).Build()!;
        }

        public void Dispose()
        {
            tracing.Dispose();
            metering.Dispose();
        }

        [Fact]
        public async Task Retries_and_429_waits_are_counted_by_operation_and_the_retry_count_reaches_the_request()
        {
            var freg = new ScriptedHttpMessageHandler().RespondTooManyRequests("20").Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK);
            var services = new ServiceCollection();
            services.AddHttpClient("freg", c => c.BaseAddress = new Uri("https://freg.test/api/"))
                .ConfigurePrimaryHttpMessageHandler(() => freg)
                .AddFregResilience(options =>
                {
                    options.BaseDelay = TimeSpan.FromMilliseconds(1);
                    options.AttemptTimeout = null;
                });
            using var provider = services.BuildServiceProvider();
            using var request = new HttpRequestMessage(HttpMethod.Get, "v1/personer/x");
            request.Options.Set(FregRequestOptions.OperationId, unique);

            using var response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("freg").SendAsync(request);
            metering.ForceFlush();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(request.Options.TryGetValue(FregRequestOptions.RetryCount, out var retries));
            Assert.Equal(2, retries);
            var retryPoints = Points(FregTelemetry.RetriesInstrument, FregTelemetry.Tags.OperationId);
            Assert.Equal(["server_error", "too_many_requests"], retryPoints.Select(p => (string)Tag(p, FregTelemetry.Tags.RetryReason)!).Order());
            Assert.All(retryPoints, point => Assert.Equal(1, point.GetSumLong()));
            var wait = Assert.Single(Points(FregTelemetry.RateLimitWaitInstrument, FregTelemetry.Tags.OperationId));
            Assert.Equal(0.02, wait.GetHistogramSum(), 3);
        }

        [Fact]
        public async Task A_token_request_is_a_span_and_a_measurement_with_its_reason_and_failure_class()
        {
            var host = unique + ".maskinporten.test";
            var endpoint = new Uri("https://" + host + "/token");
            var answers = new Queue<HttpResponseMessage>(
            [
                Json(HttpStatusCode.OK, "{\"access_token\":\"first\",\"token_type\":\"Bearer\",\"expires_in\":120}"),
                Json(HttpStatusCode.BadRequest, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid assertion for 12888512371\"}"),
                Json(HttpStatusCode.OK, "{\"access_token\":\"second\",\"token_type\":\"Bearer\",\"expires_in\":120}"),
            ]);
            using var provider = new MaskinportenTokenProvider(new HttpClient(new Answering(answers)), new MaskinportenOptions
            {
                ClientId = "client",
                Audience = new Uri("https://" + host + "/"),
                TokenEndpoint = endpoint,
                Certificate = TestKeys.Certificate,
            }, new FakeTimeProvider(DateTimeOffset.UtcNow));

            var first = await provider.GetAccessTokenAsync("scope:a");
            provider.Invalidate("scope:a", first);
            await Assert.ThrowsAsync<MaskinportenException>(async () => await provider.GetAccessTokenAsync("scope:a"));
            await provider.GetAccessTokenAsync("scope:a");
            metering.ForceFlush();

            var spans = activities.Where(a => a.GetTagItem(FregTelemetry.Tags.ServerAddress) as string == host).ToList();
            Assert.Equal(3, spans.Count);
            Assert.All(spans, span => Assert.Equal(FregTelemetry.TokenActivityName, span.DisplayName));
            Assert.Equal(["missing", "rejected", "rejected"], spans.Select(s => s.GetTagItem(FregTelemetry.Tags.TokenReason)));
            Assert.Equal("invalid_grant", spans[1].GetTagItem(FregTelemetry.Tags.ErrorType));
            Assert.Equal(ActivityStatusCode.Error, spans[1].Status);
            var requests = Points(FregTelemetry.TokenRequestsInstrument, FregTelemetry.Tags.ServerAddress, host);
            Assert.Equal(3, requests.Sum(p => p.GetSumLong()));
            Assert.Single(requests, p => Tag(p, FregTelemetry.Tags.ErrorType) as string == "invalid_grant");
            Assert.Equal(3, Points(FregTelemetry.TokenDurationInstrument, FregTelemetry.Tags.ServerAddress, host).Sum(p => p.GetHistogramCount()));
            Assert.DoesNotContain(spans.SelectMany(s => s.TagObjects), tag => tag.Value?.ToString()?.Contains("12888512371", StringComparison.Ordinal) == true);
        }

        [Fact]
        public async Task The_feed_counts_pages_and_events_and_reports_lag_and_checkpoint()
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
            var feed = new InMemoryFeed([3, 4, 8], pageSize: 2);
            var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, new RecordingCheckpointStore(), new FregFeedProcessorOptions { TimeProvider = clock })
            {
                RightsPackage = unique,
                EventTimeOf = entry => clock.GetUtcNow().AddMinutes(-entry.Sekvensnummer),
            };

            await processor.RunAsync((_, _) => ValueTask.CompletedTask);
            metering.ForceFlush();

            var pages = Points(FregTelemetry.FeedPagesInstrument, FregTelemetry.Tags.RightsPackage);
            Assert.Equal(2, pages.Where(p => Tag(p, FregTelemetry.Tags.FeedPageResult) as string == "entries").Sum(p => p.GetSumLong()));
            Assert.Equal(1, pages.Where(p => Tag(p, FregTelemetry.Tags.FeedPageResult) as string == "empty").Sum(p => p.GetSumLong()));
            Assert.Equal(3, Assert.Single(Points(FregTelemetry.FeedEventsInstrument, FregTelemetry.Tags.RightsPackage)).GetSumLong());
            Assert.Equal(0, Assert.Single(Points(FregTelemetry.FeedLagInstrument, FregTelemetry.Tags.RightsPackage)).GetGaugeLastValueDouble());
            Assert.Equal(9, Assert.Single(Points(FregTelemetry.FeedCheckpointInstrument, FregTelemetry.Tags.RightsPackage)).GetGaugeLastValueLong());
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body) => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        private List<MetricPoint> Points(string instrument, string key, string? value = null)
        {
            var points = new List<MetricPoint>();
            foreach (var metric in metrics.Where(m => m.Name == instrument))
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    if (Tag(point, key) as string == (value ?? unique))
                    {
                        points.Add(point);
                    }
                }
            }

            return points;
        }

        private static object? Tag(MetricPoint point, string key)
        {
            foreach (var tag in point.Tags)
            {
                if (tag.Key == key)
                {
                    return tag.Value;
                }
            }

            return null;
        }

        private sealed class Answering(Queue<HttpResponseMessage> answers) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                => Task.FromResult(answers.Dequeue());
        }
    }
}
