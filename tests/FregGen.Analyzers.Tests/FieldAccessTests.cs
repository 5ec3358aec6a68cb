using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG101: fields outside the project's rights package, also on types from another assembly.</summary>
public sealed class FieldAccessTests
{
    private const string Usings = "using System.Linq;\nusing Shared.Freg;\nusing Shared.Freg.Person;\n";

    [Fact]
    public Task Reading_a_field_privat_does_not_grant_from_a_shared_library_is_an_error()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + """
            public static class App
            {
                public static object? Read(Folkeregisterperson person) => person.{|#0:Familierelasjon|};
            }
            """,
            TestProject.PrivatAppWithSharedLibrary,
            Verify<FieldAccessAnalyzer>.Diagnostic("FREG101").WithLocation(0).WithArguments("familierelasjon", "privat", "; it is granted by offentlig-med-hjemmel, finans"));

    [Fact]
    public Task Writes_initializers_patterns_conditional_access_and_nameof_are_errors_too()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + """
            public static class App
            {
                public static string Use(Folkeregisterperson? person)
                {
                    var created = new Folkeregisterperson { {|FREG101:Foreldreansvar|} = null, Navn = null };
                    created.{|FREG101:Foreldreansvar|} = null;
                    var viaConditional = person?.{|FREG101:FalskIdentitet|};
                    if (person is { {|FREG101:Familierelasjon|}: not null }) { }
                    return nameof(Folkeregisterperson.{|FREG101:Familierelasjon|}) + viaConditional;
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary);

    [Fact]
    public Task A_nested_field_excluded_for_privat_is_an_error_and_its_granted_siblings_are_not()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + """
            public static class App
            {
                public static string? Read(Folkeregisterperson person)
                {
                    var contact = person.KontaktinformasjonForDoedsbo!.First().Person!;
                    return contact.Foedselsdato + contact.{|FREG101:FoedselsEllerDNummer|};
                }
            }
            """,
            TestProject.PrivatAppWithSharedLibrary);

    [Fact]
    public Task Granted_fields_are_fine()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + """
            public static class App
            {
                public static object? Read(Folkeregisterperson person)
                    => person.Navn!.First().Fornavn + person.Bostedsadresse!.First().Vegadresse!.Adressenavn + person.Identifikasjonsnummer + person.VergemaalEllerFremtidsfullmakt;
            }
            """,
            TestProject.PrivatAppWithSharedLibrary);

    [Fact]
    public Task The_same_code_is_fine_for_offentlig_med_hjemmel()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + """
            public static class App
            {
                public static object? Read(Folkeregisterperson person) => person.Familierelasjon;
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "offentlig-med-hjemmel" });

    [Fact]
    public Task Types_that_only_share_the_names_are_not_Freg_types()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            """
            public sealed class Folkeregisterperson { public object? Familierelasjon { get; set; } }
            public static class App
            {
                public static object? Read(Folkeregisterperson person) => person.Familierelasjon;
            }
            """,
            TestProject.PrivatAppWithSharedLibrary with { SharedLibraryPackage = null });

    [Fact]
    public Task Generated_code_is_not_analysed()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            "public static class App { }",
            TestProject.PrivatAppWithSharedLibrary with { SharedLibraryPackage = null, OwnGeneratedPackage = "offentlig-med-hjemmel" });

    [Fact]
    public Task Without_a_known_rights_package_nothing_is_judged()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            Usings + "public static class App { public static object? Read(Folkeregisterperson person) => person.Familierelasjon; }",
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "ukjent" });
}
