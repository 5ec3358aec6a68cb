using System;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FregGen.Client.Tests.Production;

/// <summary>
/// With Microsoft.Extensions.Compliance and Http.Diagnostics referenced: the generated properties carry FregGen's data
/// classes (the logging generator's redaction of them is tested in the integration tests, on a referenced model library,
/// since a source generator cannot see types another generator adds to the same compilation), and .NET's extended HTTP
/// logging redacts {personidentifikator} from the route template.
/// </summary>
public sealed partial class ComplianceTests
{
    private const string Fnr = "12888512371";

    [Fact]
    public void Generated_properties_carry_the_FregGen_taxonomy()
    {
        Assert.Equal(FregDataClassifications.IdentityNumber, ClassOf(typeof(Oppslag), nameof(Oppslag.FoedselsEllerDNummer)));
        Assert.Equal(FregDataClassifications.IdentityNumber, ClassOf(typeof(Familierelasjon), nameof(Familierelasjon.RelatertPerson)));
        Assert.Equal(FregDataClassifications.Name, ClassOf(typeof(Folkeregisterpersonnavn), nameof(Folkeregisterpersonnavn.Fornavn)));
        Assert.Equal(FregDataClassifications.Address, ClassOf(typeof(Vegadresse), nameof(Vegadresse.Adressenavn)));
        Assert.Equal(FregDataClassifications.PersonalData, ClassOf(typeof(Folkeregisterpersonstatus), nameof(Folkeregisterpersonstatus.Status)));
        Assert.Equal(FregDataClassifications.PersonalData, ClassOf(typeof(GraderingAvAdresse), nameof(GraderingAvAdresse.Graderingsnivaa)));
        Assert.Equal(FregDataClassifications.NotPersonal, ClassOf(typeof(Folkeregisterpersonnavn), nameof(Folkeregisterpersonnavn.Kilde)));
        Assert.Equal(FregDataClassifications.NotPersonal, ClassOf(typeof(Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer), nameof(Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer.Sekvensnummer)));
        Assert.Null(typeof(Folkeregisterperson).GetProperty(nameof(Folkeregisterperson.Navn))!.GetCustomAttributes(typeof(DataClassificationAttribute), false).SingleOrDefault());
    }

    [Fact]
    public async Task Extended_HTTP_logging_redacts_the_identity_number_in_the_path_through_the_route_template()
    {
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).EnableRedaction().AddFakeLogging())
            .AddRedaction(redaction => redaction.SetRedactor<TagRedactor>(new DataClassificationSet(FregDataClassifications.IdentityNumber)));
        collection.AddFregClient(options => options.BaseAddress = new Uri("https://freg.test/"))
            .ConfigurePrimaryHttpMessageHandler(() => new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person"))))
            .AddExtendedHttpClientLogging(options =>
            {
                options.RouteParameterDataClasses.Add("personidentifikator", FregDataClassifications.IdentityNumber);
                options.RequestPathLoggingMode = OutgoingPathLoggingMode.Formatted;
                options.LogRequestStart = true;
            });
        using var services = collection.BuildServiceProvider();

        await services.GetRequiredService<IFregClient>().HentSisteVersjonAvPersonAsync(Fnr, part: [FregPart.Navn]);

        var records = services.GetFakeLogCollector().GetSnapshot();
        var texts = records.SelectMany(record => new[] { record.Message }.Concat(record.StructuredState?.Select(pair => pair.Key + "=" + pair.Value) ?? [])).ToList();
        Assert.Contains(texts, text => text == "url.path=folkeregisteret/offentlig-med-hjemmel/api/v1/personer/[redacted]");
        Assert.Equal(2, records.Count);
        Assert.DoesNotContain(texts, text => IdentityNumber().IsMatch(text));
    }

    private static DataClassification? ClassOf(Type type, string property)
        => (type.GetProperty(property)!.GetCustomAttributes(typeof(DataClassificationAttribute), false).SingleOrDefault() as DataClassificationAttribute)?.Classification;

    [GeneratedRegex("(?<![0-9])[0-9]{6}[ -]?[0-9]{5}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityNumber();

    /// <summary>Replaces a value with a fixed tag, to see which redactor a class got.</summary>
    private sealed class TagRedactor : Redactor
    {
        private const string Tag = "[redacted]";

        public override int GetRedactedLength(ReadOnlySpan<char> input) => Tag.Length;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            Tag.AsSpan().CopyTo(destination);
            return Tag.Length;
        }
    }
}
