using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG001 from the analyzer side: Freg types used without a (known) rights package, in a project without the generator.</summary>
public sealed class RightsPackageSettingTests
{
    private const string Source = """
        using Shared.Freg.Person;
        public static class App
        {
            public static object? Read(Folkeregisterperson person) => {|#0:person.Navn|} ?? (object?)person.Bostedsadresse;
        }
        """;

    [Fact]
    public Task No_rights_package_is_reported_once_at_the_first_use()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(
            Source,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = null },
            Verify<RightsPackageSettingAnalyzer>.Diagnostic("FREG001").WithLocation(0).WithArguments(
                "This project uses Freg types but sets no rights package.",
                "offentlig-med-hjemmel, offentlig-uten-hjemmel, privat-uten-hjemmel, privat, privat-uten-folkeregisteridentifikator, finans, presse, presse-uten-folkeregisteridentifikator, utsteder-eid"));

    [Fact]
    public Task An_unknown_rights_package_is_reported()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(
            Source,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "privatt" },
            Verify<RightsPackageSettingAnalyzer>.Diagnostic("FREG001").WithLocation(0).WithArguments(
                "'privatt' is not a rights package FregGen knows.",
                "offentlig-med-hjemmel, offentlig-uten-hjemmel, privat-uten-hjemmel, privat, privat-uten-folkeregisteridentifikator, finans, presse, presse-uten-folkeregisteridentifikator, utsteder-eid"));

    [Fact]
    public Task When_the_generator_runs_it_reports_FREG001_itself()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(
            Source.Replace("{|#0:person.Navn|}", "person.Navn"),
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = null, GeneratorEnabled = true });

    [Fact]
    public Task A_known_rights_package_is_fine()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(Source.Replace("{|#0:person.Navn|}", "person.Navn"), TestProject.PrivatAppWithSharedLibrary);
}
