using System;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;

namespace FregGen.Generator.Tests.Diagnostics;

/// <summary>A project's own catalogue file adds or tailors packages; a broken one gives FREG006 in that file.</summary>
public sealed class CatalogueDiagnosticsTests
{
    private const string CataloguePath = "/project/freg-catalogue.json";

    [Fact]
    public void A_tailored_package_based_on_privat_adds_a_property_and_an_operation()
    {
        var catalogue = """
            {
              "formatVersion": 1,
              "packages": [
                {
                  "id": "privat-med-avtale",
                  "basedOn": "privat",
                  "name": "Privat med særskilt avtale",
                  "properties": [ { "name": "familierelasjon", "explicitPart": true, "confidence": "documented", "source": "our agreement" } ],
                  "operations": [ { "method": "POST", "path": "/v1/personer/bulkoppslag" } ]
                }
              ]
            }
            """;
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "privat-med-avtale",
            Files = new[] { new ScenarioFile(CataloguePath, catalogue, "FregCatalogue") },
        });

        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Id != "FREG005"));
        Assert.Contains("Familierelasjon { get; set; }", outcome.GeneratedText("Person.Folkeregisterperson.g.cs"), StringComparison.Ordinal);
        Assert.Contains("HentPersonerAsync(", outcome.GeneratedText("FregClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("\"folkeregister:deling/privat\"", outcome.GeneratedText("FregClient.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_files_are_laid_over_in_path_order_whatever_order_MSBuild_lists_them_in()
    {
        var derived = new ScenarioFile("/project/b-derived.json", "{ \"packages\": [ { \"id\": \"privat-pluss\", \"basedOn\": \"privat-med-familie\", \"properties\": [ { \"name\": \"foreldreansvar\" } ] } ] }", "FregCatalogue");
        var basePackage = new ScenarioFile("/project/a-base.json", "{ \"packages\": [ { \"id\": \"privat-med-familie\", \"basedOn\": \"privat\", \"properties\": [ { \"name\": \"familierelasjon\" } ] } ] }", "FregCatalogue");
        foreach (var files in new[] { new[] { derived, basePackage }, new[] { basePackage, derived } })
        {
            var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat-pluss", Files = files });

            Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Id != "FREG005"));
            var person = outcome.GeneratedText("Person.Folkeregisterperson.g.cs");
            Assert.Contains(" Familierelasjon {", person, StringComparison.Ordinal);
            Assert.Contains(" Foreldreansvar {", person, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_package_entry_can_remove_an_inherited_property()
    {
        var catalogue = """
            { "packages": [ { "id": "smal", "basedOn": "privat", "properties": [ { "name": "navn", "granted": false } ] } ] }
            """;
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "smal",
            Files = new[] { new ScenarioFile(CataloguePath, catalogue, "FregCatalogue") },
        });

        Assert.DoesNotContain(" Navn { get; set; }", outcome.GeneratedText("Person.Folkeregisterperson.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_gives_FREG006_at_the_line()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            Files = new[] { new ScenarioFile(CataloguePath, "{\n  \"packages\": [\n    { \"id\": \"x\", \n  ]\n", "FregCatalogue") },
        });

        var diagnostic = Assert.Single(outcome.Errors("FREG006"));
        Assert.Equal(CataloguePath, diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line, 2, 4);
    }

    [Fact]
    public void A_package_based_on_an_unknown_package_gives_FREG006()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "x",
            Files = new[] { new ScenarioFile(CataloguePath, "{ \"packages\": [ { \"id\": \"x\", \"basedOn\": \"nope\" } ] }", "FregCatalogue") },
        });

        Assert.Contains(outcome.Errors("FREG006"), d => d.GetMessage().Contains("'nope'", StringComparison.Ordinal));
        Assert.Single(outcome.Errors("FREG001"));
    }

    [Fact]
    public void A_new_package_without_scopes_gives_FREG006()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            Files = new[] { new ScenarioFile(CataloguePath, "{ \"packages\": [ { \"id\": \"ny\", \"name\": \"Ny\", \"urlPathSegment\": \"folkeregisteret/api/ny\" } ] }", "FregCatalogue") },
        });

        Assert.Contains(outcome.Errors("FREG006"), d => d.GetMessage().Contains("scopes", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unsupported_format_version_gives_FREG006()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            Files = new[] { new ScenarioFile(CataloguePath, "{ \"formatVersion\": 3, \"packages\": [] }", "FregCatalogue") },
        });

        Assert.Contains(outcome.Errors("FREG006"), d => d.GetMessage().Contains("formatVersion 3", StringComparison.Ordinal));
    }
}
