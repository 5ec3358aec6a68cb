using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Integration.Tests.Infrastructure;
using FregGen.Simulator;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Omh = Integration.Omh.Freg;
using Privat = Integration.Privat.Freg;

namespace FregGen.Integration.Tests;

/// <summary>
/// The generated client and FregGen.Runtime together over loopback: the retry pipeline reports its retries on the
/// operation's span through the request options, .NET's own HTTP metric gets the route template, and an application's
/// [LogProperties] redacts a referenced model library by the data classes FregGen generated.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed partial class ProductionTelemetryTests
{
    private static readonly ActivitySource Test = new("FregGen.Integration.Tests");

    private readonly FregSimulator _simulator;

    public ProductionTelemetryTests(SimulatorFixture fixture) => _simulator = fixture.Simulator;

    [Fact]
    public async Task Retries_of_the_runtime_show_on_the_generated_operation_span_and_the_route_template_on_NET_s_HTTP_metric()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource("FregGen", Test.Name).AddInMemoryExporter(spans).Build()!;
        using var metering = Sdk.CreateMeterProviderBuilder().AddMeter("System.Net.Http").AddInMemoryExporter(metrics).Build()!;
        using var clients = ClientFactory.Omh(_simulator);
        var client = clients.Get<Omh.IFregClient>();
        await client.SisteSekvensnummerIFeedAsync();
        _simulator.Faults.Inject429(2, TimeSpan.FromMilliseconds(30), "/v1/personer/");

        ActivityTraceId trace;
        using (var parent = Test.StartActivity("test")!)
        {
            trace = parent.TraceId;
            await client.HentSisteVersjonAvPersonAsync(_simulator.PersonIdentifiers[5], part: [Omh.FregPart.Navn]);
        }

        metering.ForceFlush();
        var operation = Assert.Single(spans, s => s.TraceId == trace && s.Source.Name == "FregGen" && s.DisplayName == "hentSisteVersjonAvPerson");
        Assert.Equal(2, operation.GetTagItem("http.request.resend_count"));
        Assert.Equal(200, operation.GetTagItem("http.response.status_code"));
        Assert.Equal(2, operation.Events.Count(e => e.Name == "freg.retry"));
        Assert.All(operation.Events, e => Assert.Equal("too_many_requests", e.Tags.Single(t => t.Key == "freg.retry.reason").Value));
        var tokenOrNone = spans.Where(s => s.TraceId == trace && s.DisplayName == "Maskinporten token").ToList();
        Assert.True(tokenOrNone.Count <= 1);

        var templates = new List<string>();
        foreach (var metric in metrics.Where(m => m.Name == "http.client.request.duration"))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == "url.template")
                    {
                        templates.Add((string)tag.Value!);
                    }
                }
            }
        }

        Assert.Contains("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/{personidentifikator}", templates);
    }

    [Fact]
    public void LogProperties_redacts_a_referenced_model_library_by_FregGen_s_data_classes()
    {
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.EnableRedaction().AddFakeLogging())
            .AddRedaction(redaction =>
            {
                redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(Privat.FregDataClassifications.IdentityNumber));
                redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(Privat.FregDataClassifications.Name), new DataClassificationSet(Privat.FregDataClassifications.Address), new DataClassificationSet(Privat.FregDataClassifications.PersonalData));
                redaction.SetRedactor<NullRedactor>(new DataClassificationSet(Privat.FregDataClassifications.NotPersonal));
            })
            .BuildServiceProvider();
        var logger = services.GetRequiredService<ILogger<ProductionTelemetryTests>>();
        var fnr = _simulator.PersonIdentifiers[0];

        PersonLog.NameRead(logger, new Privat.Person.Folkeregisterpersonnavn { Fornavn = "Kari", Etternavn = "Nordmann", Kilde = "KILDE_DSF" });
        PersonLog.AddressRead(logger, new Privat.Person.Vegadresse { Adressenavn = "Storgata", Kommunenummer = "0301" });

        var state = services.GetFakeLogCollector().GetSnapshot().SelectMany(r => r.StructuredState!).Where(p => p.Key != "{OriginalFormat}").ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(string.Empty, state["navn.Fornavn"]);
        Assert.Equal(string.Empty, state["navn.Etternavn"]);
        Assert.StartsWith("KILDE_DSF", state["navn.Kilde"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, state["adresse.Adressenavn"]);
        Assert.Equal(string.Empty, state["adresse.Kommunenummer"]);
        Assert.DoesNotContain(state.Values, value => value is not null && (value.Contains("Kari", StringComparison.Ordinal) || value.Contains("Storgata", StringComparison.Ordinal) || value.Contains(fnr, StringComparison.Ordinal)));
    }
}

/// <summary>An application's log messages over the privat model library (Transitive, since the models nest other models).</summary>
#pragma warning disable EXTEXP0003 // LogProperties.Transitive is marked experimental.
internal static partial class PersonLog
{
    [LoggerMessage(1, LogLevel.Information, "Name read")]
    public static partial void NameRead(ILogger logger, [LogProperties(OmitReferenceName = false, Transitive = true)] Privat.Person.Folkeregisterpersonnavn navn);

    [LoggerMessage(2, LogLevel.Information, "Address read")]
    public static partial void AddressRead(ILogger logger, [LogProperties(OmitReferenceName = false, Transitive = true)] Privat.Person.Vegadresse adresse);
}
#pragma warning restore EXTEXP0003
