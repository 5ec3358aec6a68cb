using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace FregGen.Analyzers.Tests;

/// <summary>
/// The analyzers resolve the project's rights exactly as the generator does (the shared code in common/Project):
/// catalogue files in any order, FREG006 when the generator does not run, and one reading of FregGenerate.
/// </summary>
public sealed class ProjectSettingsTests
{
    // "b-derived.json" derives from a package that "a-base.json" defines: the result must not depend on the order
    // in which MSBuild lists the two files.
    private static readonly (string, string) DerivedFile = ("/project/b-derived.json", """
        { "packages": [ { "id": "privat-pluss", "basedOn": "privat-med-familie", "properties": [ { "name": "foreldreansvar", "confidence": "documented", "source": "avtale" } ] } ] }
        """);

    private static readonly (string, string) BaseFile = ("/project/a-base.json", """
        { "packages": [ { "id": "privat-med-familie", "basedOn": "privat", "properties": [ { "name": "familierelasjon", "confidence": "documented", "source": "avtale" } ] } ] }
        """);

    private const string BrokenCatalogue = "{ \"packages\": [ { \"id\": \"x\", \"basedOn\": \"nope\" } ] }";

    private const string UsesGrantedAndNotGrantedFields = """
        using Shared.Freg.Person;
        public static class App
        {
            public static object?[] Read(Folkeregisterperson person) => new object?[] { person.Familierelasjon, person.Foreldreansvar, person.{|#0:FalskIdentitet|} };
        }
        """;

    [Fact]
    public Task Catalogue_files_listed_in_reverse_order_resolve_the_same_derived_package_as_the_generator()
        => Verify<FieldAccessAnalyzer>.AnalyzerAsync(
            UsesGrantedAndNotGrantedFields,
            TestProject.PrivatAppWithSharedLibrary with { RightsPackage = "privat-pluss", CatalogueFiles = new[] { DerivedFile, BaseFile } },
            Verify<FieldAccessAnalyzer>.Diagnostic("FREG101").WithLocation(0).WithArguments("falskIdentitet", "privat-pluss", "; it is granted by offentlig-med-hjemmel, offentlig-uten-hjemmel, finans, utsteder-eid"));

    [Fact]
    public Task With_the_generator_off_a_broken_catalogue_file_is_reported_by_the_analyzers()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(
            "public static class App { }",
            TestProject.PrivatAppWithSharedLibrary with { CatalogueFiles = new[] { ("/project/freg-catalogue.json", BrokenCatalogue) } },
            Verify<RightsPackageSettingAnalyzer>.Diagnostic("FREG006").WithSpan("/project/freg-catalogue.json", 1, 17, 1, 17).WithArguments(
                "freg-catalogue.json",
                "Package 'x' is based on 'nope', which is not defined before it. Known packages: offentlig-med-hjemmel, offentlig-uten-hjemmel, privat-uten-hjemmel, privat, privat-uten-folkeregisteridentifikator, finans, presse, presse-uten-folkeregisteridentifikator, utsteder-eid."));

    [Fact]
    public Task With_the_generator_on_it_reports_a_broken_catalogue_file_itself()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(
            "public static class App { }",
            TestProject.PrivatAppWithSharedLibrary with { GeneratorEnabled = true, CatalogueFiles = new[] { ("/project/freg-catalogue.json", BrokenCatalogue) } });

    [Fact]
    public Task An_invalid_FregGenerate_value_means_the_generator_does_not_run_so_the_analyzers_report()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(
            "public static class App { }",
            TestProject.PrivatAppWithSharedLibrary with { GenerateValue = "maybe", CatalogueFiles = new[] { ("/project/freg-catalogue.json", BrokenCatalogue) } },
            Verify<RightsPackageSettingAnalyzer>.Diagnostic("FREG006").WithSpan("/project/freg-catalogue.json", 1, 17, 1, 17).WithArguments(
                "freg-catalogue.json",
                "Package 'x' is based on 'nope', which is not defined before it. Known packages: offentlig-med-hjemmel, offentlig-uten-hjemmel, privat-uten-hjemmel, privat, privat-uten-folkeregisteridentifikator, finans, presse, presse-uten-folkeregisteridentifikator, utsteder-eid."));

    [Fact]
    public Task FregGenerate_is_read_case_insensitively_by_both()
        => Verify<RightsPackageSettingAnalyzer>.AnalyzerAsync(
            "public static class App { }",
            TestProject.PrivatAppWithSharedLibrary with { GenerateValue = "TRUE", CatalogueFiles = new[] { ("/project/freg-catalogue.json", BrokenCatalogue) } });
}
