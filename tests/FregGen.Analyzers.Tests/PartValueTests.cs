using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using FregGen.CodeFixes;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG102: part values the package does not accept, typed, as strings and in literal URLs; and its code fix.</summary>
public sealed class PartValueTests
{
    private const string Header = "using System.Threading.Tasks;\nusing Shared.Freg;\n";

    private static readonly TestProject Finans = TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "finans" };

    [Fact]
    public Task Typed_string_constant_and_created_part_values_outside_the_package_are_errors()
        => Verify<PartValueAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                private const string Samisk = "brukAvSamiskSpraak";

                public static Task Run(FregClient client) => client.HentSisteVersjonAvPersonAsync(
                    "x",
                    part: [FregPart.Navn, FregPart.{|#0:LegitimasjonsDokument|}, "familierelasjon", {|#1:"nav"|}, {|#2:Samisk|}, new FregPart({|#3:"forholdTilSametingetsValgmanntall"|})]);
            }
            """.Replace("LegitimasjonsDokument", "Legitimasjonsdokument"),
            Finans,
            Verify<PartValueAnalyzer>.Diagnostic("FREG102").WithLocation(0).WithArguments("legitimasjonsdokument", "is not granted", "finans", "; it is granted by offentlig-med-hjemmel, utsteder-eid"),
            Verify<PartValueAnalyzer>.Diagnostic("FREG102").WithLocation(1).WithArguments("nav", "does not exist", "finans", "; did you mean 'navn'?"),
            Verify<PartValueAnalyzer>.Diagnostic("FREG102").WithLocation(2).WithArguments("brukAvSamiskSpraak", "is not granted", "finans", "; it is granted by offentlig-med-hjemmel"),
            Verify<PartValueAnalyzer>.Diagnostic("FREG102").WithLocation(3).WithArguments("forholdTilSametingetsValgmanntall", "is no longer valid", "finans", "; Skatteetaten made it invalid in every package"));

    [Fact]
    public Task Parts_and_aliases_the_package_accepts_are_fine()
        => Verify<PartValueAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.HentSisteVersjonAvPersonAsync(
                    "x", part: [FregPart.PersonBasis, FregPart.Historikk, FregPart.RelasjonUtvidet, "familierelasjon", "Navn"]);
            }
            """,
            Finans);

    [Fact]
    public Task A_literal_URL_with_a_part_the_package_does_not_accept_is_an_error()
        => Verify<OperationAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static Task Run(System.Net.Http.HttpClient http)
                    => http.GetAsync("v1/personer/12345678901?part=navn&part={|#0:familierelasjon|}");
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-uten-hjemmel" },
            Verify<OperationAnalyzer>.Diagnostic("FREG102").WithLocation(0).WithArguments("familierelasjon", "is not granted", "offentlig-uten-hjemmel", "; it is granted by offentlig-med-hjemmel, finans"));

    [Fact]
    public Task The_code_fix_replaces_a_misspelt_part_with_the_nearest_valid_one()
        => Verify<PartValueAnalyzer>.CodeFixAsync<PartValueCodeFixProvider>(
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn, {|FREG102:"bostedadresse"|}]);
            }
            """,
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn, FregPart.Bostedsadresse]);
            }
            """,
            Finans,
            codeActionIndex: 1);

    [Fact]
    public Task The_code_fix_removes_a_part_the_package_does_not_grant()
        => Verify<PartValueAnalyzer>.CodeFixAsync<PartValueCodeFixProvider>(
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn, FregPart.{|FREG102:BrukAvSamiskSpraak|}]);
            }
            """,
            Header + """
            public static class App
            {
                public static Task Run(FregClient client) => client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn]);
            }
            """,
            Finans,
            codeActionIndex: 0);

    [Fact]
    public Task The_code_fix_removes_a_part_from_a_literal_URL()
        => Verify<OperationAnalyzer>.CodeFixAsync<PartValueCodeFixProvider>(
            Header + """
            public static class App
            {
                public static Task Run(System.Net.Http.HttpClient http) => http.GetAsync("v1/personer/entydigsoek?navn=Kari&part={|FREG102:familierelasjon|}&part=navn");
            }
            """,
            Header + """
            public static class App
            {
                public static Task Run(System.Net.Http.HttpClient http) => http.GetAsync("v1/personer/entydigsoek?navn=Kari&part=navn");
            }
            """,
            TestProject.PrivatAppWithSharedLibrary,
            codeActionIndex: 0);
}
