using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.Diagnostics;

/// <summary>
/// No silent empty client: FREG010 when the spec lacks operations or person fields the package grants (listed, located in
/// the spec), FREG011 when the package gets no operation at all from the spec.
/// </summary>
public sealed class SpecCoverageDiagnosticsTests
{
    private const string SpecPath = "/project/freg-ouh.json";

    public static TheoryData<string> Packages => new(TestPaths.PackageIds);

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_embedded_spec_holds_everything_each_package_grants(string package)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package });

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "FREG010" or "FREG011");
    }

    [Fact]
    public void A_package_spec_that_lacks_an_operation_and_a_field_gives_two_FREG010_located_in_the_spec()
    {
        var spec = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For("offentlig-uten-hjemmel") with
        {
            ThinFeed = true,
            KeepOperation = (method, path) => path != "/v1/hendelser/xsd" && PublishedSpecs.Catalogue.FindPackage("offentlig-uten-hjemmel")!.GrantsOperation(method, path),
            RenamedPersonProperties = new Dictionary<string, string> { ["rettsligHandleevne"] = "begrensningIRettsligHandleevne" },
        });

        var outcome = Run("offentlig-uten-hjemmel", spec);

        var warnings = outcome.GeneratorDiagnostics.Where(d => d.Id == "FREG010").OrderBy(d => d.GetMessage(), StringComparer.Ordinal).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.DefaultSeverity));
        var operations = warnings.Single(w => w.GetMessage().Contains("lacks operations", StringComparison.Ordinal));
        Assert.Equal(
            "The spec 'Folkeregisteret - Offentlig virksomhet uten hjemmel' 1.6.2 lacks operations that the rights package 'offentlig-uten-hjemmel' grants, so the client does not have them: GET /v1/hendelser/xsd (HentHendelseXsdAsync)",
            operations.GetMessage());
        Assert.Contains("\"paths\"", LineOf(spec, operations), StringComparison.Ordinal);
        var fields = warnings.Single(w => w.GetMessage().Contains("lacks person fields", StringComparison.Ordinal));
        Assert.EndsWith(": rettsligHandleevne", fields.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("person.v1.Folkeregisterperson", LineOf(spec, fields), StringComparison.Ordinal);
        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "FREG005" && d.GetMessage().Contains("'begrensningIRettsligHandleevne'", StringComparison.Ordinal));
        var client = outcome.GeneratedText("FregClient.g.cs");
        Assert.DoesNotContain("HentHendelseXsdAsync", client, StringComparison.Ordinal);
        Assert.Contains("HentPersonXsdAsync", client, StringComparison.Ordinal);
    }

    [Fact]
    public void The_previous_OMH_spec_lacks_the_filtered_feed_and_rettslig_handleevne()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "offentlig-med-hjemmel", Files = new[] { Specs.File(TestPaths.OlderSpecText, "/project/freg-1.5.yaml") } });

        var messages = outcome.GeneratorDiagnostics.Where(d => d.Id == "FREG010").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.EndsWith("lacks operations that the rights package 'offentlig-med-hjemmel' grants, so the client does not have them: GET /v1/hendelser/feed/tilpasset (HentTilpassetFeedSideAsync)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("The spec 'Folkeregisteret - offentlig med hjemmel' 1.5 lacks person fields", StringComparison.Ordinal) && m.EndsWith(": rettsligHandleevne", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spec_of_something_else_gives_FREG011_naming_the_package_the_spec_and_what_was_expected()
    {
        const string spec = """
            openapi: 3.0.1
            info:
              title: Petstore
              version: "2.0"
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: array
                            items:
                              type: string
            """;

        var outcome = Run("privat", spec, "/project/freg.yaml");

        var error = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG011");
        Assert.Equal(DiagnosticSeverity.Error, error.DefaultSeverity);
        var message = error.GetMessage();
        Assert.StartsWith("The rights package 'privat' gets no operation from the spec 'Petstore' 2.0: the package offers GET /v1/hendelser/feed (HentFeedSideAsync), ", message, StringComparison.Ordinal);
        Assert.Contains("GET /v1/personer/entydigsoek (EntydigSoekAsync)", message, StringComparison.Ordinal);
        Assert.Contains("and the spec declares GET /pets.", message, StringComparison.Ordinal);
        Assert.Equal(4, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "FREG010" && d.GetMessage().Contains("operations", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_spec_whose_paths_are_not_recognised_gives_FREG011()
    {
        var spec = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For("offentlig-uten-hjemmel")).Replace("/v1/", "/", StringComparison.Ordinal);

        var outcome = Run("offentlig-uten-hjemmel", spec);

        var message = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG011").GetMessage();
        Assert.Contains("'offentlig-uten-hjemmel'", message, StringComparison.Ordinal);
        Assert.Contains("'Folkeregisteret - Offentlig virksomhet uten hjemmel' 1.6.2", message, StringComparison.Ordinal);
        Assert.Contains("and the spec declares GET /offentligutenhjemmel/hendelser/feed, ", message, StringComparison.Ordinal);
        Assert.Contains(" more.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_that_grants_the_entire_spec_gets_unrecognised_operations_and_a_FREG010_instead_of_FREG011()
    {
        var spec = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For("offentlig-med-hjemmel")).Replace("/v1/", "/", StringComparison.Ordinal);

        var outcome = Run("offentlig-med-hjemmel", spec);

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "FREG011");
        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "FREG010" && d.GetMessage().Contains("GET /v1/personer/{personidentifikator} (HentSisteVersjonAvPersonAsync)", StringComparison.Ordinal));
        Assert.Contains("HentSisteVersjonAvPersonUsingGETAsync", outcome.GeneratedText("FregClient.g.cs"), StringComparison.Ordinal);
    }

    private static GeneratorOutcome Run(string package, string spec, string path = SpecPath)
        => GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package, Files = new[] { Specs.File(spec, path) } });

    private static string LineOf(string spec, Diagnostic diagnostic)
    {
        Assert.Equal(SpecPath, diagnostic.Location.GetLineSpan().Path);
        return spec.Split('\n')[diagnostic.Location.GetLineSpan().StartLinePosition.Line];
    }
}
