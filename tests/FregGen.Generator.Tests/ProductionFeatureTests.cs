using System;
using System.IO;
using System.Linq;
using FregGen.Classification;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests;

/// <summary>
/// The field-path → data class rule, the optional code for Microsoft.Extensions.Compliance and Telemetry.Abstractions,
/// IFregClient and the lookup audit plan.
/// </summary>
public sealed class ProductionFeatureTests
{
    [Theory]
    [InlineData("identifikasjonsnummer.foedselsEllerDNummer", "IdentityNumber")]
    [InlineData("familierelasjon.relatertPerson", "IdentityNumber")]
    [InlineData("sivilstand.relatertVedSivilstand", "IdentityNumber")]
    [InlineData("foreldreansvar.ansvarlig", "IdentityNumber")]
    [InlineData("legitimasjonsdokument.identifikasjonsdokumentnummer", "IdentityNumber")]
    [InlineData("navn.fornavn", "Name")]
    [InlineData("navn.gyldighetstidspunkt", "Name")]
    [InlineData("kontaktinformasjonForDoedsbo.personSomKontakt.personnavn.etternavn", "Name")]
    [InlineData("bostedsadresse.vegadresse.adressenavn", "Address")]
    [InlineData("bostedsadresse.vegadresse.postnummer", "Address")]
    [InlineData("deltBosted.startdatoForKontrakt", "Address")]
    [InlineData("postadresseIUtlandet.adresselinje", "Address")]
    [InlineData("adressebeskyttelse.graderingsnivaa", "PersonalData")]
    [InlineData("foedsel.foedselsdato", "PersonalData")]
    [InlineData("status.status", "PersonalData")]
    [InlineData("navn.kilde", "NotPersonal")]
    [InlineData("bostedsadresse.kilde", "NotPersonal")]
    public void A_person_field_path_gets_one_class(string path, string expected)
        => Assert.Equal(expected, FregDataClassifier.ClassifyPersonField(path).ToString());

    [Theory]
    [InlineData(new[] { "LagretHendelse", "sekvensnummer" }, "NotPersonal")]
    [InlineData(new[] { "LagretHendelse", "hendelse", "hendelsetype" }, "PersonalData")]
    [InlineData(new[] { "LagretHendelse", "hendelse", "folkeregisteridentifikator" }, "IdentityNumber")]
    [InlineData(new[] { "PersonsoekResponse", "foedselsEllerDNummer" }, "IdentityNumber")]
    [InlineData(new[] { "PersonBulkoppslagResponse", "oppslag", "folkeregisterperson", "navn", "etternavn" }, "Name")]
    [InlineData(new[] { "UttrekkJobbResponse", "jobbId" }, "NotPersonal")]
    public void A_field_outside_the_person_document_is_personal_only_within_person_data(string[] path, string expected)
        => Assert.Equal(expected, FregDataClassifier.Classify(path, withinPersonDocument: false).ToString());

    [Fact]
    public void With_Compliance_and_Telemetry_abstractions_the_classification_and_request_metadata_code_is_generated_and_compiles()
    {
        var references = Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "offentlig-med-hjemmel", ExtraReferences = references });

        var errors = GeneratorHarness.CompileErrors(outcome);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(30)));
        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "FregDataClassification.g.cs");
        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "FregRequestMetadata.g.cs");
        var person = outcome.GeneratedText("Person.Folkeregisterpersonnavn.g.cs");
        Assert.Contains("[global::Consumer.Freg.FregName] public string? Fornavn", person, StringComparison.Ordinal);
        Assert.Contains("[global::Consumer.Freg.FregNotPersonal] public string? Kilde", person, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_them_no_classification_or_request_metadata_code_is_generated()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat" });

        Assert.DoesNotContain(outcome.Result.GeneratedSources, s => s.HintName is "FregDataClassification.g.cs" or "FregRequestMetadata.g.cs");
        Assert.DoesNotContain("DataClassification", outcome.Concatenated(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offentlig-med-hjemmel", "HentSisteVersjonAvPerson", "FregLookupKind.Lookup")]
    [InlineData("offentlig-med-hjemmel", "HentPersoner", "FregLookupKind.BulkLookup")]
    [InlineData("offentlig-med-hjemmel", "Personsoek", "FregLookupKind.Search")]
    [InlineData("offentlig-med-hjemmel", "HentArkivpersoner", "FregLookupKind.ArchiveBulkLookup")]
    [InlineData("offentlig-med-hjemmel", "HentHendelseDokument", "FregLookupKind.EventLookup")]
    [InlineData("privat", "EntydigSoek", "FregLookupKind.Search")]
    public void Lookups_searches_and_archive_reads_are_audited(string package, string operation, string kind)
    {
        var client = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package }).GeneratedText("FregClient.g.cs");

        var line = client.Split('\n').Single(l => l.Contains("FregOperation " + operation + " =", StringComparison.Ordinal));
        Assert.Contains(kind, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HentFeedSide")]
    [InlineData("HentBatch")]
    [InlineData("SisteSekvensnummerIFeed")]
    public void The_feed_and_extracts_are_not_audited(string operation)
    {
        var client = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "offentlig-med-hjemmel" }).GeneratedText("FregClient.g.cs");

        var line = client.Split('\n').Single(l => l.Contains("FregOperation " + operation + " =", StringComparison.Ordinal));
        Assert.DoesNotContain("FregLookupKind", line, StringComparison.Ordinal);
    }

    [Fact]
    public void IFregClient_has_every_operation_of_FregClient()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "finans" });

        var client = outcome.GeneratedText("FregClient.g.cs");
        var contract = outcome.GeneratedText("IFregClient.g.cs");
        var methods = client.Split('\n').Where(l => l.TrimStart().StartsWith("public async ", StringComparison.Ordinal)).Select(l => l.Trim()["public async ".Length..]).ToList();
        Assert.NotEmpty(methods);
        Assert.All(methods, signature => Assert.Contains(signature + ";", contract, StringComparison.Ordinal));
        Assert.Contains("public sealed partial class FregClient : global::Consumer.Freg.IFregClient", client, StringComparison.Ordinal);
    }
}
