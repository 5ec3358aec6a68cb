using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;

namespace FregGen.Analyzers.Tests;

/// <summary>
/// The analyzers resolve the project's package on FregCatalogueDate, as the generator does: a field whose grant ended
/// before that day is flagged (FREG101), one granted from a day before it is not.
/// </summary>
public sealed class CatalogueDateTests
{
    private const string Usings = "using System.Linq;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    private static readonly TestProject FinansApp = TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "finans" };

    [Fact]
    public Task Finans_reading_the_foreign_id_after_week_26_of_2023_is_an_error()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + """
            public static class App
            {
                public static object? Read(Folkeregisterperson person) => person.{|#0:UtenlandskPersonidentifikasjon|};
            }
            """,
            FinansApp with { CatalogueDate = "2023-06-26" },
            Verify<FieldAccessAnalyzer>.Diagnostic("FREG101").WithLocation(0).WithArguments("utenlandskPersonidentifikasjon", "finans", "; it is granted by offentlig-med-hjemmel, utsteder-eid"));

    [Fact]
    public Task Finans_reading_the_foreign_id_before_week_26_of_2023_is_fine()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + """
            public static class App
            {
                public static object? Read(Folkeregisterperson person) => person.UtenlandskPersonidentifikasjon;
            }
            """,
            FinansApp with { CatalogueDate = "2023-06-25" });

    [Fact]
    public Task Finans_reading_the_guardians_identity_number_is_an_error_before_2023_01_09_and_fine_after()
        => Task.WhenAll(
            Verify<FieldAccessAnalyzer>.AnalyzerAsync(
                Usings + """
                public static class App
                {
                    public static string? Read(Folkeregisterperson person) => person.VergemaalEllerFremtidsfullmakt!.First().Verge!.{|FREG101:FoedselsEllerDNummer|};
                }
                """,
                FinansApp with { CatalogueDate = "2023-01-08" }),
            Verify<FieldAccessAnalyzer>.AnalyzerAsync(
                Usings + """
                public static class App
                {
                    public static string? Read(Folkeregisterperson person) => person.VergemaalEllerFremtidsfullmakt!.First().Verge!.FoedselsEllerDNummer;
                }
                """,
                FinansApp with { CatalogueDate = "2023-01-09" }));

    [Fact]
    public Task Identifikasjonsnummer_is_returned_whatever_part_says_so_reading_it_is_no_FREG104_outside_privat_and_presse()
        => Task.WhenAll(
            Verify<PartSelectionAnalyzer>.AnalyzerAsync(
                Usings + """
                using System.Threading.Tasks;
                public static class App
                {
                    public static async Task<string?> Run(FregClient client)
                    {
                        var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn]);
                        return person.Navn?.First().Fornavn + person.Identifikasjonsnummer?.First().FoedselsEllerDNummer;
                    }
                }
                """,
                FinansApp),
            Verify<PartSelectionAnalyzer>.AnalyzerAsync(
                Usings + """
                using System.Threading.Tasks;
                public static class App
                {
                    public static async Task<string?> Run(FregClient client)
                    {
                        var person = await client.EntydigSoekAsync(navn: "Kari Nordmann", foedselsdato: "19800101", part: [FregPart.Navn]);
                        return person.Navn?.First().Fornavn + person.{|FREG104:Identifikasjonsnummer|}?.First().FoedselsEllerDNummer;
                    }
                }
                """,
                TestProject.PrivatAppWithSharedLibrary));
}
