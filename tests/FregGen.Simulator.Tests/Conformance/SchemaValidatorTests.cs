using System.Text.Json;

namespace FregGen.Simulator.Tests.Conformance;

/// <summary>The conformance validator itself catches what it claims to: undeclared properties, wrong types and formats, unknown enum values, missing required properties.</summary>
public sealed class SchemaValidatorTests
{
    private const string Navn = "folkeregisteret.tilgjengeliggjoering.person.v1.Folkeregisterpersonnavn";
    private const string Kjoenn = "folkeregisteret.tilgjengeliggjoering.person.v1.Personkjoenn";
    private const string Sekvens = "ske.folkeregister.rettighetspakke.hendelser.LagretHendelseMedDokumentIdentifikatorer";

    [Fact]
    public void A_conforming_body_has_no_errors()
        => Assert.Empty(Validate(Navn, """{"fornavn":"Kari","etternavn":"Nordmann","erGjeldende":true,"gyldighetstidspunkt":"2020-01-01T00:00:00+00:00"}"""));

    [Theory]
    [InlineData(Navn, """{"fornavn":"Kari","etternavn":"Nordmann","kallenavn":"K"}""", "does not declare")]
    [InlineData(Navn, """{"fornavn":"Kari"}""", "lacks the required property 'etternavn'")]
    [InlineData(Navn, """{"fornavn":"Kari","etternavn":"Nordmann","erGjeldende":"ja"}""", "should be a boolean")]
    [InlineData(Navn, """{"fornavn":"Kari","etternavn":"Nordmann","gyldighetstidspunkt":"2020-01-01"}""", "should be a date-time")]
    [InlineData(Kjoenn, """{"kjoenn":"ukjent"}""", "not one of kvinne, mann")]
    [InlineData(Sekvens, """{"sekvensnummer":1.5}""", "should be an integer")]
    [InlineData(Sekvens, """{"hendelse":{"ajourholdstidspunkt":"i går"}}""", "should be a date-time")]
    public void A_nonconforming_body_is_reported(string schema, string json, string expected)
    {
        var errors = Validate(schema, json);
        Assert.Contains(errors, error => error.Contains(expected, System.StringComparison.Ordinal));
    }

    private static string[] Validate(string schema, string json)
    {
        var validator = new SchemaValidator();
        using var document = JsonDocument.Parse(json);
        validator.Validate(document.RootElement, PublishedSpecDocument.Document.Components.Schemas[schema], "body");
        Assert.Contains(schema, validator.SchemasValidated);
        return validator.Errors.ToArray();
    }
}
