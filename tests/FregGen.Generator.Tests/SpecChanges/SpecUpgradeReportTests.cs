using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.SpecChanges;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.SpecChanges;

/// <summary>
/// The spec upgrade report (FREG012) from the generator: a FregSpecBaseline file against the spec in use, or the
/// embedded spec against the project's own spec.
/// </summary>
public sealed class SpecUpgradeReportTests
{
    private const string BaselinePath = "/project/freg-1.5.yaml";

    [Theory]
    [InlineData("offentlig-med-hjemmel")]
    [InlineData("privat")]
    public void A_baseline_of_OMH_1_5_against_the_embedded_1_6_2_gives_the_approved_report(string package)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package, Files = new[] { Baseline(TestPaths.OlderSpecText) } });

        var lines = Report(outcome);
        Snapshot.VerifyText("spec-changes/" + package + "-1.5-to-1.6.2", string.Concat(lines.Select(line => line + "\n")));
        Assert.Equal("Freg spec changes for the rights package '" + package + "': from 'Folkeregisteret - offentlig med hjemmel' 1.5 (freg-1.5.yaml) to 'Folkeregisteret - offentlig med hjemmel' 1.6.2 (the embedded Freg specification)", lines[0]);
        Assert.Contains("+ GET /v1/hendelser/feed/tilpasset (HentTilpassetFeedSideAsync)", lines);
        Assert.Contains("~ POST /v1/personer/bulkoppslag/arkiv (HentArkivpersonerAsync): answer Folkeregisterperson -> ArkivPersonDokumentBulkoppslagResponse", lines);
        Assert.Contains("~ POST /v1/hendelser/bulkoppslag (HentHendelseDokumenterAsync): answer DokumentForHendelse -> HendelseBulkoppslagResponse", lines);
        Assert.Contains("+ rettsligHandleevne: list of RettsligHandleevne", lines);
        Assert.Contains("+ vergemaalEllerFremtidsfullmakt.verge.tjenesteomraade: list of VergeTjenesteomraade", lines);
        Assert.Contains("+ Hendelse.Hendelsestype: endringIRettsligHandleevne", lines);
        Assert.Contains("+ field rettsligHandleevne", lines);
        Assert.Contains("The rights package '" + package + "' loses nothing", lines);
        Assert.Equal(package == "privat", lines.Contains("+ field fratattRettsligHandleevne") == false);
    }

    [Fact]
    public void An_own_spec_without_a_baseline_is_compared_with_the_embedded_spec_and_says_why_lost_fields_break_the_build()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", Files = new[] { Specs.File(TestPaths.OlderSpecText, "/project/freg-1.5.yaml") } });

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG012");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.DefaultSeverity);
        Assert.Equal("/project/freg-1.5.yaml", diagnostic.Location.GetLineSpan().Path);
        var lines = SpecChangeReport.ParseMessage(diagnostic.GetMessage());
        Assert.EndsWith("1.6.2 (the embedded Freg specification) to 'Folkeregisteret - offentlig med hjemmel' 1.5 (freg-1.5.yaml)", lines[0], StringComparison.Ordinal);
        Assert.Contains("- field rettsligHandleevne", lines);
        Assert.Contains(lines, line => line.StartsWith("Code that uses what the package loses no longer compiles (CS1061 or CS0117)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_spec_differs_from_the_embedded_spec_only_in_names_that_do_not_reach_the_code()
    {
        var variant = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For("finans"));

        var lines = Report(GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "finans", Files = new[] { PublishedSpecs.File(variant) } }));

        Assert.Contains("~ GET /v1/personer/soek (PersonsoekAsync): operationId personsoek -> personsoekUsingGET (the method name stays)", lines);
        Assert.Contains("~ GET /v1/personer/soek (PersonsoekAsync): parameter 'soekFonetisk' is spelled 'soekfonetisk' (the C# name stays)", lines);
        Assert.Contains("- GET /v1/hendelser/feed/tilpasset (HentTilpassetFeedSideAsync)", lines);
        Assert.Contains("Person fields: 0 added, 0 removed, 0 changed", lines);
        Assert.Contains("The rights package 'finans' gains nothing", lines);
        Assert.Contains("The rights package 'finans' loses nothing", lines);
    }

    [Fact]
    public void The_embedded_spec_without_a_baseline_gives_no_report()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat" });

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "FREG012");
    }

    [Fact]
    public void An_unreadable_baseline_gives_FREG002_for_it_and_no_report()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", Files = new[] { Baseline("openapi: 3.0.1\ninfo: [broken\n") } });

        var error = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG002");
        Assert.Contains("freg-1.5.yaml", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(BaselinePath, error.Location.GetLineSpan().Path);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "FREG012");
        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "FregClient.g.cs");
    }

    private static ScenarioFile Baseline(string text) => new(BaselinePath, text, "FregSpecBaseline");

    private static IReadOnlyList<string> Report(GeneratorOutcome outcome)
        => SpecChangeReport.ParseMessage(Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG012").GetMessage());
}
