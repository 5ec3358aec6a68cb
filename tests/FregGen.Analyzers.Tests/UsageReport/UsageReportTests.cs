using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FregGen.Analyzers.Tests.UsageReport;

/// <summary>FREG107: one usage summary per project, its message, and the exact JSON it carries to the build task.</summary>
public sealed class UsageReportTests
{
    private const string Header = "using System.Linq;\nusing System.Text.Json;\nusing System.Threading.Tasks;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    private const string LookupAndRead = Header + """
        public static class App
        {
            public static async Task<string?> Run(FregClient client)
            {
                var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn, "bostedsadresse"]);
                return person.Navn?.First().Fornavn + person.Bostedsadresse?.First().Vegadresse?.Adressenavn + person.Navn?.First().Etternavn;
            }
        }
        """;

    [Fact]
    public Task The_message_counts_what_the_code_uses_and_names_the_narrowest_packages()
        => Verify<UsageReportAnalyzer>.AnalyzerAsync(
            LookupAndRead,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-med-hjemmel" },
            new DiagnosticResult("FREG107", DiagnosticSeverity.Info).WithNoLocation().WithArguments(
                "2 person fields",
                "2 part values",
                "1 operation",
                "the rights packages that grant all of it, narrowest first: privat-uten-hjemmel, offentlig-uten-hjemmel, finans, utsteder-eid, offentlig-med-hjemmel"));

    [Theory]
    [InlineData("false", 0)]
    [InlineData("FALSE", 0)]
    [InlineData("true", 1)]
    [InlineData("", 1)]
    public async Task Builds_that_write_no_report_leave_the_compilation_wide_analysis_out(string analysis, int expected)
    {
        // FregGen.targets sets _FregUsageReportAnalysis to false in design-time builds (IDEs, language servers) and when
        // FregUsageReport is off; absent or anything else means on.
        var diagnostics = await AnalyzerRun.DiagnosticsAsync<UsageReportAnalyzer>(
            LookupAndRead,
            buildProperties: new System.Collections.Generic.Dictionary<string, string> { ["_FregUsageReportAnalysis"] = analysis });

        Assert.Equal(expected, diagnostics.Count(d => d.Id == "FREG107"));
    }

    [Fact]
    public async Task The_report_travels_as_this_exact_JSON()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync<UsageReportAnalyzer>(LookupAndRead, rightsPackage: "privat-uten-hjemmel");

        var report = Assert.Single(diagnostics).Properties[UsageReportAnalyzer.UsageProperty];

        var expected = """
            {"formatVersion":1,"rightsPackage":{"id":"privat-uten-hjemmel","name":"Privat virksomhet uten hjemmel"},
            "fields":[{"name":"bostedsadresse","uses":1,"firstUse":{"file":"/app/Program.cs","line":11,"column":47}},{"name":"navn","uses":2,"firstUse":{"file":"/app/Program.cs","line":11,"column":16}}],
            "parts":[{"value":"bostedsadresse","uses":1,"firstUse":{"file":"/app/Program.cs","line":10,"column":92}},{"value":"navn","uses":1,"firstUse":{"file":"/app/Program.cs","line":10,"column":77}}],
            "operations":[{"method":"GET","path":"/v1/personer/{personidentifikator}","uses":1,"firstUse":{"file":"/app/Program.cs","line":10,"column":28}}],
            "packages":[
            {"id":"presse-uten-folkeregisteridentifikator","name":"Presse uten folkeregisteridentifikator","grantsAll":false,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":["GET /v1/personer/{personidentifikator}"]},
            {"id":"privat-uten-folkeregisteridentifikator","name":"Privat virksomhet uten folkeregisteridentifikator","grantsAll":false,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":["GET /v1/personer/{personidentifikator}"]},
            {"id":"presse","name":"Presse","grantsAll":false,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":["GET /v1/personer/{personidentifikator}"]},
            {"id":"privat","name":"Privat virksomhet","grantsAll":false,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":["GET /v1/personer/{personidentifikator}"]},
            {"id":"privat-uten-hjemmel","name":"Privat virksomhet uten hjemmel","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]},
            {"id":"offentlig-uten-hjemmel","name":"Offentlig virksomhet uten hjemmel","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]},
            {"id":"finans","name":"Finans","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]},
            {"id":"utsteder-eid","name":"Utsteder av elektronisk identitetsbevis (Utsteder eID)","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]},
            {"id":"offentlig-med-hjemmel","name":"Offentlig og privat virksomhet med hjemmel","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]}
            ]}
            """.Replace("\r", string.Empty).Replace("\n", string.Empty);
        Assert.Equal(expected, report);
        using var parsed = JsonDocument.Parse(report!);
        Assert.Equal(1, parsed.RootElement.GetProperty("formatVersion").GetInt32());
    }

    [Fact]
    public async Task A_package_that_falls_short_says_which_fields_parts_and_operations_it_lacks_including_excluded_nested_fields()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync<UsageReportAnalyzer>(
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.KontaktinformasjonForDoedsbo, FregPart.Familierelasjon]);
                    var kontakt = person.KontaktinformasjonForDoedsbo!.First().Person!;
                    return kontakt.FoedselsEllerDNummer + person.Familierelasjon?.Count;
                }
            }
            """,
            rightsPackage: "offentlig-med-hjemmel");

        using var report = JsonDocument.Parse(Assert.Single(diagnostics).Properties[UsageReportAnalyzer.UsageProperty]!);
        var root = report.RootElement;
        Assert.Equal(
            new[] { "familierelasjon", "kontaktinformasjonForDoedsbo", "kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer" },
            root.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var privat = root.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "privat");
        Assert.False(privat.GetProperty("grantsAll").GetBoolean());
        Assert.Equal(new[] { "familierelasjon", "kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer" }, privat.GetProperty("fieldsNotGranted").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(new[] { "familierelasjon" }, privat.GetProperty("partsNotAccepted").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(new[] { "GET /v1/personer/{personidentifikator}" }, privat.GetProperty("operationsNotOffered").EnumerateArray().Select(f => f.GetString()));
        var finans = root.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "finans");
        Assert.True(finans.GetProperty("grantsAll").GetBoolean());
    }

    [Fact]
    public async Task Fields_reached_by_name_in_JSON_count_as_used()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync<UsageReportAnalyzer>(
            Header + """
            public static class App
            {
                public static object Run(Folkeregisterperson person)
                    => JsonSerializer.SerializeToElement(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>()).GetProperty("sivilstand");
            }
            """);

        using var report = JsonDocument.Parse(Assert.Single(diagnostics).Properties[UsageReportAnalyzer.UsageProperty]!);
        var field = Assert.Single(report.RootElement.GetProperty("fields").EnumerateArray());
        Assert.Equal("sivilstand", field.GetProperty("name").GetString());
        Assert.Equal(9, field.GetProperty("firstUse").GetProperty("line").GetInt32());
    }

    [Fact]
    public Task Needs_only_the_widest_package_grants_say_so()
        => Verify<UsageReportAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client)
                {
                    var person = await client.EntydigSoekAsync(navn: "Kari Nordmann");
                    return person.Familierelasjon ?? (object?)person.BrukAvSamiskSpraak ?? person.Bibehold;
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-med-hjemmel" },
            new DiagnosticResult("FREG107", DiagnosticSeverity.Info).WithNoLocation().WithArguments(
                "3 person fields",
                "1 part value",
                "1 operation",
                "the rights packages that grant all of it, narrowest first: offentlig-med-hjemmel"));

    [Fact]
    public Task Needs_no_single_package_grants_are_said_plainly()
        => Verify<UsageReportAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.EntydigSoekAsync(navn: "Kari Nordmann", part: ["navn", "adresse"]);
            }
            """,
            TestProject.PrivatAppWithSharedLibrary,
            new DiagnosticResult("FREG107", DiagnosticSeverity.Info).WithNoLocation().WithArguments(
                "0 person fields",
                "2 part values",
                "1 operation",
                "no single rights package grants all of it"));

    [Fact]
    public Task A_project_that_does_not_use_Freg_gets_no_report()
        => Verify<UsageReportAnalyzer>.AnalyzerAsync("public static class App { }", TestProject.PrivatAppWithSharedLibrary);
}
