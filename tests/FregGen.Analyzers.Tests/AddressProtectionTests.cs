using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using FregGen.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG108: an address passed on by a method that never reads the person's adressebeskyttelse, and its code fix.</summary>
public sealed class AddressProtectionTests
{
    private const string Header = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.Logging;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    private static readonly TestProject Finans = TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "finans" };

    private static DiagnosticResult Warning(int location) => new DiagnosticResult("FREG108", DiagnosticSeverity.Warning).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public Task The_message_names_the_address_and_how_it_leaves_the_method()
        => Verify<AddressProtectionAnalyzer>.AnalyzerAsync(
            Header + """
            public sealed class Letter { public string? To { get; set; } }
            public static class App
            {
                private static readonly List<object?> Archive = new();

                public static string? Returned(Folkeregisterperson person) => person.{|#0:Bostedsadresse|}?[0].Vegadresse?.Adressenavn;

                public static void Stored(Folkeregisterperson person, Letter letter) => letter.To = person.{|#1:Postadresse|}?[0].Postboksadresse?.Postboks;

                public static void Logged(ILogger logger, Folkeregisterperson? person) => logger.LogInformation("{Adresse}", person?.{|#2:Oppholdsadresse|}?.FirstOrDefault());

                public static void Sent(Folkeregisterperson person) => Archive.Add(person.{|#3:DeltBosted|});

                public static IEnumerable<string?> Yielded(IEnumerable<Folkeregisterperson> persons)
                {
                    foreach (var p in persons)
                    {
                        yield return p.{|#4:PostadresseIUtlandet|}?[0].UtenlandskAdresse?.ByEllerStedsnavn;
                    }
                }
            }
            """,
            Finans,
            Warning(0).WithArguments("person.Bostedsadresse", "returned"),
            Warning(1).WithArguments("person.Postadresse", "stored in 'To'"),
            Warning(2).WithArguments("person.Oppholdsadresse", "logged"),
            Warning(3).WithArguments("person.DeltBosted", "passed to 'Add'"),
            Warning(4).WithArguments("p.PostadresseIUtlandet", "returned"));

    [Fact]
    public Task A_check_of_adressebeskyttelse_in_any_form_or_of_the_address_grading_or_in_a_helper_is_enough()
        => Verify<AddressProtectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static string? Checked(Folkeregisterperson person)
                    => person.Adressebeskyttelse?.Any(g => g.ErGjeldende == true) == true ? null : person.Bostedsadresse?[0].Vegadresse?.Adressenavn;

                public static string? Pattern(Folkeregisterperson person)
                    => person is { Adressebeskyttelse: { Count: > 0 } } ? null : person.Bostedsadresse?[0].Vegadresse?.Adressenavn;

                public static string? Switch(Folkeregisterperson person) => person switch
                {
                    { Adressebeskyttelse.Count: > 0 } => null,
                    _ => person.Postadresse?[0].Vegadresse?.Adressenavn,
                };

                public static string? Grading(Folkeregisterperson person)
                {
                    var adresse = person.Bostedsadresse?.FirstOrDefault();
                    return adresse?.Adressegradering == Adressegradering.Ugradert ? adresse.Vegadresse?.Adressenavn : null;
                }

                public static string? Helper(Folkeregisterperson person) => Beskyttet(person) ? null : person.Bostedsadresse?[0].Vegadresse?.Adressenavn;

                public static string? Extension(Folkeregisterperson person) => person.HarAdressebeskyttelse() ? null : person.Bostedsadresse?[0].Vegadresse?.Adressenavn;

                private static bool Beskyttet(Folkeregisterperson person) => person.Adressebeskyttelse is { Count: > 0 };
            }

            public static class PersonExtensions
            {
                public static bool HarAdressebeskyttelse(this Folkeregisterperson person) => person.Adressebeskyttelse?.Count > 0;
            }
            """,
            Finans);

    [Fact]
    public Task Only_inspecting_an_address_is_fine()
        => Verify<AddressProtectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static bool Inspect(Folkeregisterperson person, ILogger logger)
                {
                    var count = person.Bostedsadresse?.Count ?? 0;
                    var inOslo = person.Bostedsadresse?.Any(a => a.Vegadresse?.Kommunenummer == "0301") == true;
                    var current = person.Bostedsadresse?.FirstOrDefault()?.ErGjeldende == true;
                    var empty = string.IsNullOrEmpty(person.Oppholdsadresse?[0].Vegadresse?.Adressenavn);
                    logger.LogInformation("{Count} addresses, registered {When}", count, person.Bostedsadresse?[0].Ajourholdstidspunkt);
                    return inOslo && current && !empty && person.Postadresse is not null;
                }
            }
            """,
            Finans);

    [Fact]
    public Task Another_person_s_check_does_not_count_and_each_person_is_reported_once()
        => Verify<AddressProtectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static string Describe(Folkeregisterperson person, Folkeregisterperson spouse)
                {
                    if (spouse.Adressebeskyttelse is { Count: > 0 })
                    {
                        return "-";
                    }

                    return spouse.Bostedsadresse?[0].Vegadresse?.Adressenavn + person.{|#0:Bostedsadresse|}?[0].Vegadresse?.Adressenavn + person.Postadresse?[0].Vegadresse?.Adressenavn;
                }
            }
            """,
            Finans,
            Warning(0).WithArguments("person.Bostedsadresse", "returned"));

    [Fact]
    public Task A_package_without_adressebeskyttelse_leaves_nothing_to_check()
        => Verify<AddressProtectionAnalyzer>.AnalyzerAsync(
            Header + """
            public static class App
            {
                public static string? Returned(Folkeregisterperson person) => person.Bostedsadresse?[0].Vegadresse?.Adressenavn;
            }
            """,
            Finans with
            {
                RightsPackage = "finans-uten-beskyttelse",
                CatalogueFiles = new[] { ("/project/freg-catalogue.json", """{ "packages": [ { "id": "finans-uten-beskyttelse", "basedOn": "finans", "properties": [ { "name": "adressebeskyttelse", "granted": false } ] } ] }""") },
            });

    [Fact]
    public Task The_fix_refuses_a_protected_person_before_the_address_leaves()
        => Verify<AddressProtectionAnalyzer>.CodeFixAsync<AddressProtectionCodeFixProvider>(
            Header + """
            public static class App
            {
                public static async Task<string?> Address(FregClient client, string id)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync(id);
                    var adresse = person.{|FREG108:Bostedsadresse|}?.FirstOrDefault(a => a.ErGjeldende == true);
                    return adresse?.Vegadresse?.Adressenavn;
                }
            }
            """,
            Header + """
            public static class App
            {
                public static async Task<string?> Address(FregClient client, string id)
                {
                    var person = await client.HentSisteVersjonAvPersonAsync(id);
                    if (person.Adressebeskyttelse is { Count: > 0 })
                    {
                        throw new InvalidOperationException("The person has adressebeskyttelse (fortrolig or strengt fortrolig): their address must not be passed on.");
                    }

                    var adresse = person.Bostedsadresse?.FirstOrDefault(a => a.ErGjeldende == true);
                    return adresse?.Vegadresse?.Adressenavn;
                }
            }
            """,
            Finans);

    [Fact]
    public Task In_a_loop_over_persons_the_fix_skips_a_protected_person()
        => Verify<AddressProtectionAnalyzer>.CodeFixAsync<AddressProtectionCodeFixProvider>(
            Header + """
            public static class App
            {
                public static List<string?> Addresses(PersonBulkoppslagResponse response)
                {
                    var result = new List<string?>();
                    foreach (var oppslag in response.Oppslag!)
                    {
                        var person = oppslag.Folkeregisterperson;
                        result.Add(person?.{|FREG108:Bostedsadresse|}?[0].Vegadresse?.Adressenavn);
                    }

                    return result;
                }
            }
            """,
            Header + """
            public static class App
            {
                public static List<string?> Addresses(PersonBulkoppslagResponse response)
                {
                    var result = new List<string?>();
                    foreach (var oppslag in response.Oppslag!)
                    {
                        var person = oppslag.Folkeregisterperson;
                        if (person?.Adressebeskyttelse is { Count: > 0 })
                        {
                            continue;
                        }

                        result.Add(person?.Bostedsadresse?[0].Vegadresse?.Adressenavn);
                    }

                    return result;
                }
            }
            """,
            Finans);
}
