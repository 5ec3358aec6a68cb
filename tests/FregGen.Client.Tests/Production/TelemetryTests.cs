using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FregGen.Client.Tests.Production;

/// <summary>
/// The generated client's spans and metrics as the OpenTelemetry SDK exports them (in-memory exporter), and a scan of
/// everything exported for identity numbers, names and addresses.
/// </summary>
public sealed partial class TelemetryTests : IDisposable
{
    private const string Fnr = "12888512371";

    // Tests run in parallel and listeners are process-wide: each test talks to its own host and keeps only its own telemetry.
    private readonly string host = "freg-" + Guid.NewGuid().ToString("N")[..12] + ".test";
    private readonly List<Activity> activities = [];
    private readonly List<Metric> metrics = [];
    private readonly TracerProvider tracing;
    private readonly MeterProvider metering;

    public TelemetryTests()
    {
        tracing = Sdk.CreateTracerProviderBuilder().AddSource("FregGen").AddInMemoryExporter(activities).Build()!;
        metering = Sdk.CreateMeterProviderBuilder().AddMeter("FregGen").AddInMemoryExporter(metrics).Build()!;
    }

    public void Dispose()
    {
        tracing.Dispose();
        metering.Dispose();
    }

    [Fact]
    public async Task A_lookup_is_one_client_span_with_the_operation_package_route_template_and_status()
    {
        var client = Client((_, _) => ScriptedHandler.Json(Payload.Read("person")));

        await client.HentSisteVersjonAvPersonAsync(Fnr, part: [FregPart.Navn]);

        var span = Assert.Single(Spans());
        Assert.Equal("hentSisteVersjonAvPerson", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("hentSisteVersjonAvPerson", span.GetTagItem("freg.operation.id"));
        Assert.Equal("offentlig-med-hjemmel", span.GetTagItem("freg.rights_package"));
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/{personidentifikator}", span.GetTagItem("url.template"));
        Assert.Equal(host, span.GetTagItem("server.address"));
        Assert.Equal(443, span.GetTagItem("server.port"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal("Lookup", span.GetTagItem("freg.lookup.kind"));
        Assert.Equal(1, span.GetTagItem("freg.lookup.persons"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task Failures_carry_error_type_status_code_or_exception_type_and_an_error_status()
    {
        var notFound = Client((_, _) => new HttpResponseMessage(HttpStatusCode.NotFound));
        var malformed = Client((_, _) => ScriptedHandler.Json("{\"navn\":[{\"fornavn\":tru" + Fnr));
        var unreachable = Client((_, _) => throw new HttpRequestException(HttpRequestError.NameResolutionError));

        await Assert.ThrowsAsync<FregApiException>(() => notFound.HentSisteVersjonAvPersonAsync(Fnr));
        await Assert.ThrowsAsync<FregResponseFormatException>(() => malformed.HentSisteVersjonAvPersonAsync(Fnr));
        await Assert.ThrowsAsync<HttpRequestException>(() => unreachable.HentSisteVersjonAvPersonAsync(Fnr));

        var spans = Spans();
        Assert.Equal(["404", typeof(FregResponseFormatException).FullName, "name_resolution_error"], spans.Select(s => s.GetTagItem("error.type")));
        Assert.All(spans, span => Assert.Equal(ActivityStatusCode.Error, span.Status));
        Assert.Equal(404, spans[0].GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task Operation_duration_and_persons_looked_up_are_measured_by_operation()
    {
        var client = Client((request, _) => request.RequestUri!.AbsolutePath.EndsWith("bulkoppslag", StringComparison.Ordinal)
            ? ScriptedHandler.Json(Payload.Read("bulk"))
            : new HttpResponseMessage(HttpStatusCode.TooManyRequests));

        await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = [Fnr, "03848945640", "01817011191"] });
        await Assert.ThrowsAsync<FregTooManyRequestsException>(() => client.HentSisteVersjonAvPersonAsync(Fnr));
        metering.ForceFlush();

        var durations = Points("freg.client.operation.duration");
        var bulk = Assert.Single(durations, p => Tag(p, "freg.operation.id") as string == "hentPersoner");
        var throttled = Assert.Single(durations, p => Tag(p, "freg.operation.id") as string == "hentSisteVersjonAvPerson");
        Assert.Equal(1, bulk.GetHistogramCount());
        Assert.Equal("POST", Tag(bulk, "http.request.method"));
        Assert.Equal("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/bulkoppslag", Tag(bulk, "url.template"));
        Assert.Equal(200, Convert.ToInt32(Tag(bulk, "http.response.status_code"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("429", Tag(throttled, "error.type"));
        var persons = Assert.Single(Points("freg.client.lookup.persons"));
        Assert.Equal(3, persons.GetSumLong());
        Assert.Equal("BulkLookup", Tag(persons, "freg.lookup.kind"));
    }

    [Fact]
    public async Task Nothing_exported_holds_an_identity_number_a_name_or_an_address()
    {
        var client = Client((request, _) => request.RequestUri!.AbsolutePath switch
        {
            var path when path.EndsWith("bulkoppslag", StringComparison.Ordinal) => ScriptedHandler.Json(Payload.Read("bulk")),
            var path when path.EndsWith("soek", StringComparison.Ordinal) => ScriptedHandler.Json(Payload.Read("search")),
            var path when path.EndsWith("feed", StringComparison.Ordinal) => ScriptedHandler.Json(Payload.Read("feed")),
            var path when path.Contains("arkiv", StringComparison.Ordinal) => new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("{\"feilmelding\":\"Ingen tilgang til " + Fnr + "\"}", Encoding.UTF8, "application/json") },
            _ => ScriptedHandler.Json(Payload.Read("person")),
        });

        using (FregLookupContext.Begin("kundekontroll", caller: "Kari Nordmann " + Fnr))
        {
            await client.HentSisteVersjonAvPersonAsync(Fnr, part: [FregPart.Navn, FregPart.Bostedsadresse]);
            await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = [Fnr, "03848945640"] });
            await client.PersonsoekAsync(navn: "Kari Nordmann", foedselsdato: "1985-08-12", adressenavn: "Storgata");
            await client.HentFeedSideAsync(1);
            await Assert.ThrowsAsync<FregApiException>(() => client.HentArkivpersonAsync(Fnr));
        }

        metering.ForceFlush();
        var exported = new List<string>();
        foreach (var span in Spans())
        {
            exported.Add(span.DisplayName);
            exported.Add(span.OperationName);
            exported.Add(span.StatusDescription ?? string.Empty);
            exported.AddRange(span.TagObjects.Select(tag => tag.Key + "=" + tag.Value));
            exported.AddRange(span.Events.SelectMany(e => e.Tags.Select(tag => e.Name + ":" + tag.Key + "=" + tag.Value)));
            exported.AddRange(span.Baggage.Select(item => item.Key + "=" + item.Value));
        }

        foreach (var metric in metrics)
        {
            exported.Add(metric.Name + " " + metric.Description + " " + metric.Unit);
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    exported.Add(metric.Name + ":" + tag.Key + "=" + tag.Value);
                }
            }
        }

        Assert.Equal(5, Spans().Count);
        Assert.Contains(exported, text => text.StartsWith("url.template=", StringComparison.Ordinal));
        foreach (var text in exported)
        {
            Assert.DoesNotMatch(IdentityNumber(), text);
            foreach (var personal in new[] { "Kari", "Nordmann", "Storgata", "1985-08-12", "kundekontroll" })
            {
                Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private FregClient Client(Func<HttpRequestMessage, string?, HttpResponseMessage> respond)
        => new(new HttpClient(new ScriptedHandler(respond)) { BaseAddress = FregClient.GetBaseAddress(new Uri("https://" + host + "/")) }, new NullAuditor());

    private List<Activity> Spans() => activities.Where(a => a.GetTagItem("server.address") as string == host).ToList();

    private List<MetricPoint> Points(string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Tag(point, "server.address") as string == host)
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

    [GeneratedRegex("(?<![0-9])[0-9]{6}[ -]?[0-9]{5}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityNumber();

    private sealed class NullAuditor : IFregLookupAuditor
    {
        public ValueTask RecordAsync(FregLookupAuditRecord record, System.Threading.CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
