using System;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.Catalogue;

/// <summary>
/// Catalogue files of format 1 read as they always did; format 2 adds dated facts, screening rules, feeds and
/// specifications; a broken file gives FREG006 at the line of the problem; the build's FregCatalogueDate picks the day.
/// </summary>
public sealed class CatalogueFormatTests
{
    private const string CataloguePath = "/project/freg-catalogue.json";
    private const string ProjectPath = "/project/Consumer.csproj";

    [Fact]
    public void A_format_1_file_is_read_as_before()
    {
        var catalogue = """
            {
              "formatVersion": 1,
              "invalidParts": [ "navn" ],
              "packages": [
                {
                  "id": "privat-smal",
                  "basedOn": "privat",
                  "generalisedEventTypes": false,
                  "properties": [ { "name": "familierelasjon", "explicitPart": true, "confidence": "avtalt" } ],
                  "excludedFields": [ { "path": "navn.mellomnavn" } ]
                }
              ]
            }
            """;
        var outcome = Run("privat-smal", catalogue);

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var person = outcome.GeneratedText("Person.Folkeregisterperson.g.cs");
        Assert.Contains(" Familierelasjon {", person, StringComparison.Ordinal);
        Assert.Contains("The grant is avtalt from Skatteetaten's documentation", person, StringComparison.Ordinal);
        Assert.DoesNotContain(" Mellomnavn {", outcome.GeneratedText("Person.Folkeregisterpersonnavn.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(" Navn { get; }", outcome.GeneratedText("FregPart.g.cs"), StringComparison.Ordinal);
        Assert.Contains(" Bostedsadresse { get; }", outcome.GeneratedText("FregPart.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"from\": \"2024-01-01\"", "'from' needs \"formatVersion\": 2")]
    [InlineData("\"alwaysReturned\": true", "'alwaysReturned' needs \"formatVersion\": 2")]
    public void A_format_2_key_in_a_format_1_file_gives_FREG006_at_the_key(string key, string message)
    {
        var catalogue = "{\n  \"formatVersion\": 1,\n  \"packages\": [ {\n    \"id\": \"x\", \"basedOn\": \"privat\",\n    \"properties\": [ { \"name\": \"navn\",\n      " + key + " } ]\n  } ]\n}\n";
        var outcome = Run("x", catalogue);

        var error = Assert.Single(outcome.Errors("FREG006"));
        Assert.Contains(message, error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(CataloguePath, error.Location.GetLineSpan().Path);
        Assert.Equal(5, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_format_2_file_adds_a_dated_grant_a_screening_rule_a_feed_and_a_specification()
    {
        var catalogue = """
            {
              "formatVersion": 2,
              "specifications": [ { "id": "avtale", "title": "Vår avtale med Skatteetaten", "source": "avtale 2026-11" } ],
              "screeningRules": [
                {
                  "id": "ingen-mellomnavn-for-beskyttede",
                  "text": "The middle name of a person with address protection is withheld.",
                  "properties": [ "navn" ],
                  "when": { "adressebeskyttelse": [ "fortrolig", "strengtFortrolig" ] },
                  "withhold": [ "mellomnavn" ],
                  "source": "avtale 2026-11 §3",
                  "confidence": "documented"
                }
              ],
              "packages": [
                {
                  "id": "privat-med-avtale",
                  "basedOn": "privat",
                  "specification": "avtale",
                  "properties": [ { "name": "familierelasjon", "explicitPart": true, "from": "2026-01-01", "until": "2028-01-01", "source": "avtale 2026-11", "confidence": "documented" } ],
                  "screening": [ { "rule": "ingen-mellomnavn-for-beskyttede", "source": "avtale 2026-11" } ],
                  "feed": { "shape": "identifierOnly", "source": "avtale 2026-11", "withheldEventTypes": [ { "type": "endringINavn", "source": "avtale 2026-11" } ] }
                }
              ]
            }
            """;
        var outcome = Run("privat-med-avtale", catalogue, "2027-06-30");

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var person = outcome.GeneratedText("Person.Folkeregisterperson.g.cs");
        Assert.Contains("/// Granted to this package from 2026-01-01.", person, StringComparison.Ordinal);
        Assert.Contains("/// Granted until 2028-01-01: a build whose &lt;FregCatalogueDate&gt; is on or after that day does not generate it.", person, StringComparison.Ordinal);
        Assert.Contains("/// Freg screens it per person: The middle name of a person with address protection is withheld. [avtale 2026-11 §3]", person, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", true)]
    [InlineData("2027-12-31", true)]
    [InlineData("2028-01-01", false)]
    public void A_dated_grant_is_generated_only_on_the_days_it_holds(string day, bool generated)
    {
        var catalogue = """
            { "formatVersion": 2, "packages": [ { "id": "x", "basedOn": "privat",
              "properties": [ { "name": "familierelasjon", "explicitPart": true, "from": "2026-01-01", "until": "2028-01-01" } ] } ] }
            """;
        var outcome = Run("x", catalogue, day);

        Assert.Equal(generated, outcome.GeneratedText("Person.Folkeregisterperson.g.cs").Contains(" Familierelasjon {", StringComparison.Ordinal));
        Assert.Equal(!generated, outcome.GeneratorDiagnostics.Any(d => d.Id == "FREG005" && d.GetMessage().Contains("'familierelasjon'", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("\"from\": \"2023-13-01\"", "'from' must be a day written yyyy-MM-dd, not '2023-13-01'")]
    [InlineData("\"from\": \"2024-01-01\", \"until\": \"2024-01-01\"", "'until' (2024-01-01) must be after 'from' (2024-01-01)")]
    [InlineData("\"confidence\": \"maybe\"", "'confidence' must be 'documented' or 'inferred', not 'maybe'")]
    public void An_invalid_fact_gives_FREG006_at_its_line(string fact, string message)
    {
        var catalogue = "{\n  \"formatVersion\": 2,\n  \"packages\": [ {\n    \"id\": \"x\", \"basedOn\": \"privat\",\n    \"properties\": [ { \"name\": \"navn\",\n      " + fact + " } ]\n  } ]\n}\n";
        var outcome = Run("x", catalogue);

        var error = Assert.Single(outcome.Errors("FREG006"));
        Assert.Contains(message, error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(5, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("\"screening\": [ { \"rule\": \"finnes-ikke\" } ]", "applies the screening rule 'finnes-ikke', which no 'screeningRules' entry defines")]
    [InlineData("\"specification\": \"finnes-ikke\"", "names the specification 'finnes-ikke', which no 'specifications' entry defines")]
    [InlineData("\"feed\": { \"shape\": \"fat\" }", "'shape' must be 'full', 'thin' or 'identifierOnly', not 'fat'")]
    public void A_package_that_names_what_does_not_exist_gives_FREG006(string entry, string message)
    {
        var outcome = Run("x", "{ \"formatVersion\": 2, \"packages\": [ { \"id\": \"x\", \"basedOn\": \"privat\", " + entry + " } ] }");

        Assert.Contains(outcome.Errors("FREG006"), error => error.GetMessage().Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"properties\": [], \"withhold\": [ \"*\" ]", "names no 'properties'")]
    [InlineData("\"properties\": [ \"navn\" ]", "neither withholds nor replaces anything")]
    [InlineData("\"properties\": [ \"navn\" ], \"when\": { \"in\": [ \"a\" ] }, \"withhold\": [ \"*\" ]", "'in' and 'notIn' need the 'field' they test")]
    [InlineData("\"properties\": [ \"navn\" ], \"when\": { \"registeredBefore\": \"igår\" }, \"withhold\": [ \"*\" ]", "'registeredBefore' must be a day written yyyy-MM-dd")]
    public void An_invalid_screening_rule_gives_FREG006(string body, string message)
    {
        var outcome = Run("privat", "{ \"formatVersion\": 2, \"screeningRules\": [ { \"id\": \"r\", \"text\": \"t\", " + body + " } ] }");

        Assert.Contains(outcome.Errors("FREG006"), error => error.GetMessage().Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_FregCatalogueDate_gives_FREG008_at_the_property_and_nothing_else()
    {
        var project = new ScenarioFile(ProjectPath, "<Project>\n  <PropertyGroup>\n    <FregRightsPackage>privat</FregRightsPackage>\n    <FregCatalogueDate>01.12.2026</FregCatalogueDate>\n  </PropertyGroup>\n</Project>\n", "FregProjectFile");
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", CatalogueDate = "01.12.2026", Files = new[] { project } });

        var error = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("FREG008", error.Id);
        Assert.Contains("'01.12.2026' of <FregCatalogueDate>", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(3, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Theory]
    [InlineData("2023-01-08", false, true)]
    [InlineData("2023-06-25", true, true)]
    [InlineData("2026-12-01", true, false)]
    public void A_pinned_FregCatalogueDate_generates_the_package_of_that_day(string day, bool guardianNumber, bool foreignId)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "finans", CatalogueDate = day });

        Assert.Equal(guardianNumber, outcome.GeneratedText("Person.VergeRepresentantEllerFullmektig.g.cs").Contains(" FoedselsEllerDNummer {", StringComparison.Ordinal));
        Assert.Equal(foreignId, outcome.GeneratedText("Person.Folkeregisterperson.g.cs").Contains(" UtenlandskPersonidentifikasjon {", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_that_does_not_exist_yet_on_the_day_gives_FREG001_with_the_day()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "presse-uten-folkeregisteridentifikator", CatalogueDate = "2022-01-01" });

        var error = Assert.Single(outcome.Errors("FREG001"));
        Assert.Contains("only from 2022-10-24; this build resolves the catalogue on 2022-01-01", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_READMEs_BRSV_file_adds_the_Svalbard_package()
    {
        var catalogue = """
            {
              "formatVersion": 2,
              "packages": [
                {
                  "id": "brsv",
                  "basedOn": "offentlig-uten-hjemmel",
                  "name": "Befolkningsregisteret for Svalbard",
                  "urlPathSegment": "folkeregisteret/api/brsv",
                  "scopes": [ "folkeregister:deling/brsv" ],
                  "properties": [ { "name": "oppholdPaaSvalbard", "explicitPart": true, "source": "avtale" } ],
                  "feed": { "withheldEventTypes": [ { "type": "endringIOppholdPaaSvalbard", "granted": false } ] }
                }
              ]
            }
            """;
        var outcome = Run("brsv", catalogue);
        var brsv = FregGen.Project.ProjectCatalogue.Build(new[] { FregGen.Project.CatalogueFileResult.Read(CataloguePath, () => catalogue) }, null).Catalogue;

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(" OppholdPaaSvalbard {", outcome.GeneratedText("Person.Folkeregisterperson.g.cs"), StringComparison.Ordinal);
        Assert.Contains("\"folkeregister:deling/brsv\"", outcome.GeneratedText("FregClient.g.cs"), StringComparison.Ordinal);
        Assert.Equal("endringIOppholdPaaSvalbard", brsv.FindPackage("brsv")!.VisibleEventType("endringIOppholdPaaSvalbard", brsv));
        Assert.Null(brsv.FindPackage("offentlig-uten-hjemmel")!.VisibleEventType("endringIOppholdPaaSvalbard", brsv));
    }

    private static GeneratorOutcome Run(string package, string catalogue, string? day = null)
        => GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = package,
            CatalogueDate = day,
            Files = new[] { new ScenarioFile(CataloguePath, catalogue, "FregCatalogue") },
        });
}
