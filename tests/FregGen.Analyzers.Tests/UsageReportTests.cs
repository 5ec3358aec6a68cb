using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG107: one usage summary per project, with the narrowest packages that grant it.</summary>
public sealed class UsageReportTests
{
    private const string Header = "using System.Linq;\nusing System.Threading.Tasks;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    [Fact]
    public Task The_report_lists_fields_parts_operations_and_the_narrowest_packages()
        => Verify<UsageReportAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<string?> Run(FregClient client)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn, "bostedsadresse"]);
                    return person.Navn?.First().Fornavn + person.Bostedsadresse?.First().Vegadresse?.Adressenavn;
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-med-hjemmel" },
            new DiagnosticResult("FREG107", DiagnosticSeverity.Info).WithNoLocation().WithArguments(
                "bostedsadresse, navn",
                "bostedsadresse, navn",
                "GET /v1/personer/{personidentifikator}",
                "privat-uten-hjemmel, offentlig-uten-hjemmel, finans, utsteder-eid, offentlig-med-hjemmel"));

    [Fact]
    public Task Needs_no_single_package_grants_are_said_plainly()
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
                "bibehold, brukAvSamiskSpraak, familierelasjon",
                "person-basis",
                "GET /v1/personer/entydigsoek",
                "offentlig-med-hjemmel"));

    [Fact]
    public Task A_project_that_does_not_use_Freg_gets_no_report()
        => Verify<UsageReportAnalyzer>.AnalyzerAsync("public static class App { }", TestProject.PrivatAppWithSharedLibrary);
}
