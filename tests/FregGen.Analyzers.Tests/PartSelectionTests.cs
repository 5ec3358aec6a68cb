using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using FregGen.CodeFixes;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG104 (reads outside the part selection) and FREG105 (lookups without a minimal part list), with their code fixes.</summary>
public sealed class PartSelectionTests
{
    private const string Header = "using System.Linq;\nusing System.Threading.Tasks;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    private static readonly TestProject Finans = TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "finans" };

    [Fact]
    public Task A_field_outside_an_explicit_selection_is_flagged_and_fields_inside_are_not()
        => Verify<PartSelectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<string?> Run(FregClient client)
                {
                    var person = await {|#1:client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn, FregPart.RelasjonUtvidet])|};
                    var relasjoner = person.Familierelasjon?.Count;
                    var adresse = person.{|#0:Bostedsadresse|}?.FirstOrDefault();
                    return person.Navn?.First().Fornavn + relasjoner + adresse;
                }
            }
            """,
            Finans,
            Verify<PartSelectionAnalyzer>.Diagnostic("FREG104").WithLocation(0).WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithArguments("Bostedsadresse", "navn, relasjon-utvidet", "bostedsadresse"));

    [Fact]
    public Task Without_part_a_field_outside_person_basis_is_flagged()
        => Verify<PartSelectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client)
                {
                    var person = await {|#1:client.HentSisteVersjonAvPersonAsync("x")|};
                    return person.{|#0:Familierelasjon|};
                }
            }
            """,
            Finans,
            Verify<PartSelectionAnalyzer>.Diagnostic("FREG104").WithLocation(0).WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithArguments("Familierelasjon", "none, so person-basis", "familierelasjon"));

    [Fact]
    public Task Reads_through_a_bulk_response_loop_and_LINQ_are_followed()
        => Verify<PartSelectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<int> Run(FregClient client)
                {
                    var response = await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ["x"] }, part: [FregPart.Navn]);
                    var count = 0;
                    foreach (var oppslag in response.Oppslag!)
                    {
                        var person = oppslag.Folkeregisterperson!;
                        count += person.Navn!.Count + person.{|FREG104:Sivilstand|}!.Count;
                    }

                    return count + response.Oppslag!.Select(o => o.Folkeregisterperson).Count();
                }
            }
            """,
            Finans);

    [Fact]
    public Task A_selection_that_is_not_known_at_compile_time_is_not_judged()
        => Verify<PartSelectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client, FregPart[] parts)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", part: parts);
                    return person.Familierelasjon;
                }
            }
            """,
            Finans);

    [Fact]
    public Task A_lookup_without_part_read_for_a_few_fields_gets_FREG105()
        => Verify<PartSelectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<string?> Run(FregClient client)
                {
                    var person = await client.{|#0:HentSisteVersjonAvPersonAsync|}("x");
                    return person.Navn?.First().Etternavn + person.Bostedsadresse?.Count;
                }
            }
            """,
            Finans,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("FREG105", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0).WithArguments("2", "fields are", "bostedsadresse,navn"));

    [Fact]
    public Task A_lookup_whose_result_leaves_the_method_gets_no_FREG105()
        => Verify<PartSelectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static async Task<Folkeregisterperson> Run(FregClient client)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x");
                    System.Console.WriteLine(person.Navn?.Count);
                    return person;
                }
            }
            """,
            Finans);

    [Fact]
    public Task The_FREG104_fix_adds_the_part_and_keeps_person_basis()
        => Verify<PartSelectionAnalyzer>.CodeFixAsync<PartSelectionCodeFixProvider>(
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client, System.Threading.CancellationToken token)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", cancellationToken: token);
                    return person.{|FREG104:Familierelasjon|};
                }
            }
            """,
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client, System.Threading.CancellationToken token)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.PersonBasis, FregPart.Familierelasjon], cancellationToken: token);
                    return person.Familierelasjon;
                }
            }
            """,
            Finans);

    [Fact]
    public Task The_FREG104_fix_appends_to_an_existing_selection()
        => Verify<PartSelectionAnalyzer>.CodeFixAsync<PartSelectionCodeFixProvider>(
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn]);
                    return person.Navn?.Count + person.{|FREG104:Sivilstand|}?.Count;
                }
            }
            """,
            Header + """
            public static class App
            {
                public static async Task<object?> Run(FregClient client)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn, FregPart.Sivilstand]);
                    return person.Navn?.Count + person.Sivilstand?.Count;
                }
            }
            """,
            Finans);

    [Fact]
    public Task The_FREG105_fix_asks_for_just_the_fields_read()
        => Verify<PartSelectionAnalyzer>.CodeFixAsync<PartSelectionCodeFixProvider>(
            Header + """
            public static class App
            {
                public static async Task<string?> Run(FregClient client)
                {
                    var person = await client.{|FREG105:HentSisteVersjonAvPersonAsync|}("x");
                    return person.Navn?.First().Fornavn;
                }
            }
            """,
            Header + """
            public static class App
            {
                public static async Task<string?> Run(FregClient client)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync("x", part: [FregPart.Navn]);
                    return person.Navn?.First().Fornavn;
                }
            }
            """,
            Finans);
}
