using System;
using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using FregGen.Tasks.Report;

namespace FregGen.Analyzers.Tests.UsageReport;

/// <summary>
/// The exact layout of freg-usage.txt and freg-usage.json, from the FREG107 payload the analyzer really produces for an
/// app under privat that uses a field, a part and an operation privat does not grant.
/// </summary>
public sealed class UsageDocumentsTests
{
    private const string App = """
        using System.Linq;
        using System.Threading.Tasks;
        using Shared.Freg;
        using Shared.Freg.Person;

        public static class App
        {
            public static async Task<string?> Describe(FregClient client)
            {
                var person = await client.EntydigSoekAsync(navn: "Kari Nordmann", part: [FregPart.Navn, FregPart.Bostedsadresse]);
                var fornavn = person.Navn?.FirstOrDefault()?.Fornavn;
                return fornavn + person.Bostedsadresse?.FirstOrDefault()?.Vegadresse?.Adressenavn + person.Navn?.Count;
            }

            public static async Task<int?> Relations(FregClient client)
            {
                var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Familierelasjon]);
                return person.Familierelasjon?.Count;
            }
        }
        """;

    [Fact]
    public async Task The_text_report_has_a_section_per_kind_one_item_per_line_and_why_each_package_falls_short()
    {
        var report = await ReportAsync();

        Assert.Equal(
            """
            Freg usage report for App
            Rights package: privat (Privat virksomhet)
            privat does not grant all of what the code uses: see what it lacks under "fall short" below.

            Person fields (3)
              bostedsadresse   first used at Program.cs(12,26), 1 use
              familierelasjon  first used at Program.cs(18,16), 1 use
              navn             first used at Program.cs(11,23), 2 uses

            Parts (3)
              bostedsadresse   first used at Program.cs(10,97), 1 use
              familierelasjon  first used at Program.cs(17,77), 1 use
              navn             first used at Program.cs(10,82), 1 use

            Operations (2)
              GET /v1/personer/entydigsoek            first used at Program.cs(10,28), 1 use
              GET /v1/personer/{personidentifikator}  first used at Program.cs(17,28), 1 use

            Rights packages that grant all of it, narrowest first (2)
              finans                 Finans
              offentlig-med-hjemmel  Offentlig og privat virksomhet med hjemmel

            Rights packages that fall short, and why (7)
              presse-uten-folkeregisteridentifikator  Presse uten folkeregisteridentifikator
                field not granted: familierelasjon
                part not accepted: familierelasjon
                operation not offered: GET /v1/personer/{personidentifikator}
              privat-uten-folkeregisteridentifikator  Privat virksomhet uten folkeregisteridentifikator
                field not granted: familierelasjon
                part not accepted: familierelasjon
                operation not offered: GET /v1/personer/{personidentifikator}
              presse                                  Presse
                field not granted: familierelasjon
                part not accepted: familierelasjon
                operation not offered: GET /v1/personer/{personidentifikator}
              privat                                  Privat virksomhet
                field not granted: familierelasjon
                part not accepted: familierelasjon
                operation not offered: GET /v1/personer/{personidentifikator}
              privat-uten-hjemmel                     Privat virksomhet uten hjemmel
                field not granted: familierelasjon
                part not accepted: familierelasjon
              offentlig-uten-hjemmel                  Offentlig virksomhet uten hjemmel
                field not granted: familierelasjon
                part not accepted: familierelasjon
              utsteder-eid                            Utsteder av elektronisk identitetsbevis (Utsteder eID)
                field not granted: familierelasjon
                part not accepted: familierelasjon

            """.Replace("\r\n", "\n"),
            UsageReportWriter.Text(report, "App").Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task The_JSON_twin_holds_the_same_facts_for_a_CI_gate()
    {
        var report = await ReportAsync();

        var json = UsageReportWriter.Json(report, "App").Replace("\r\n", "\n");

        Assert.StartsWith(
            """
            {
              "formatVersion": 1,
              "project": "App",
              "rightsPackage": {
                "id": "privat",
                "name": "Privat virksomhet",
                "grantsAll": false
              },
              "fields": [
                {
                  "name": "bostedsadresse",
                  "uses": 1,
                  "firstUse": "Program.cs(12,26)"
                },
            """.Replace("\r\n", "\n"),
            json);
        Assert.Contains(
            """
              "operations": [
                {
                  "method": "GET",
                  "path": "/v1/personer/entydigsoek",
                  "uses": 1,
                  "firstUse": "Program.cs(10,28)"
                },
            """.Replace("\r\n", "\n"),
            json);
        Assert.Contains(
            """
              "packagesThatGrantAll": [
                {
                  "id": "finans",
                  "name": "Finans"
                },
                {
                  "id": "offentlig-med-hjemmel",
                  "name": "Offentlig og privat virksomhet med hjemmel"
                }
              ],
              "packagesThatFallShort": [
                {
                  "id": "presse-uten-folkeregisteridentifikator",
                  "name": "Presse uten folkeregisteridentifikator",
                  "fieldsNotGranted": [
                    "familierelasjon"
                  ],
                  "partsNotAccepted": [
                    "familierelasjon"
                  ],
                  "operationsNotOffered": [
                    "GET /v1/personer/{personidentifikator}"
                  ]
                },
            """.Replace("\r\n", "\n"),
            json);
        Assert.EndsWith("]\n}\n", json);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(7, parsed.RootElement.GetProperty("packagesThatFallShort").GetArrayLength());
    }

    [Fact]
    public void A_package_that_grants_it_all_names_the_narrower_ones_that_do_too()
    {
        var report = UsageDocument.Parse("""
            {"formatVersion":1,"rightsPackage":{"id":"finans","name":"Finans"},
            "fields":[{"name":"navn","uses":1,"firstUse":{"file":"/src/App/Program.cs","line":3,"column":5}}],"parts":[],"operations":[],
            "packages":[
            {"id":"privat","name":"Privat virksomhet","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]},
            {"id":"finans","name":"Finans","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]}]}
            """);
        UsageReportWriter.RelativiseFiles(report, "/src/App");

        var text = UsageReportWriter.Text(report, "App").Replace("\r\n", "\n");

        Assert.Contains("finans grants all of what the code uses; so do these narrower packages: privat.\n", text, StringComparison.Ordinal);
        Assert.Contains("Parts (0)\n  none\n", text, StringComparison.Ordinal);
        Assert.Contains("Rights packages that fall short, and why (0)\n  none\n", text, StringComparison.Ordinal);
        Assert.Contains("navn  first used at Program.cs(3,5), 1 use", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_from_another_format_version_is_refused_with_a_reason()
    {
        var error = Assert.Throws<FormatException>(() => UsageDocument.Parse("""{"formatVersion":2}"""));
        Assert.Contains("format version 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => UsageDocument.Parse("""{"formatVersion":1,"fields":[]}"""));
        Assert.Throws<FormatException>(() => UsageDocument.Parse("not json"));
    }

    private static async Task<UsageDocument> ReportAsync()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync<UsageReportAnalyzer>(App, rightsPackage: "privat");
        var report = UsageDocument.Parse(Assert.Single(diagnostics).Properties[UsageReportAnalyzer.UsageProperty]!);
        UsageReportWriter.RelativiseFiles(report, "/app");
        return report;
    }
}
