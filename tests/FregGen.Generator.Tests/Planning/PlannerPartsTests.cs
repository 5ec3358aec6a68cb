using System;
using System.Linq;
using System.Threading;
using FregGen.Catalogue;
using FregGen.Generator.Planning;
using FregGen.Generator.Spec;
using FregGen.Generator.Tests.Infrastructure;
using FregGen.Project;

namespace FregGen.Generator.Tests.Planning;

/// <summary>The planner's parts on the published spec, each through its own input and output.</summary>
public sealed class PlannerPartsTests
{
    private static readonly Lazy<SpecDocument> Spec = new(() => SpecReader.Parse(TestPaths.PublishedSpecText, "spec", null, CancellationToken.None).Document!);
    private static readonly RightsCatalogue Catalogue = ProjectCatalogue.Build(Array.Empty<CatalogueFileResult>(), null).Catalogue;

    [Fact]
    public void The_person_schema_is_the_catalogues_person_document_in_the_person_section()
    {
        var person = PersonSchema.Find(Spec.Value, Catalogue);

        Assert.NotNull(person);
        Assert.Equal("Person", Catalogue.SectionOf(person!.Key));
        Assert.Equal("Folkeregisterperson", person.Title);
    }

    [Fact]
    public void Operations_are_recognised_by_method_and_path_whatever_the_path_parameter_is_called()
    {
        var lookup = Spec.Value.Operations.Single(o => o.OperationId == "hentSisteVersjonAvPerson");
        var renamed = lookup with { Path = "/v1/personer/{id}/", Method = "get" };

        var recognised = OperationRecognition.Recognise(renamed, null, Catalogue, Catalogue.FindPackage("finans")!);

        Assert.True(recognised.Granted);
        Assert.NotNull(recognised.Grant);
        Assert.Equal(OperationRecognition.Recognise(lookup, null, Catalogue, Catalogue.FindPackage("privat")!).Facts, recognised.Facts);
    }

    [Theory]
    [InlineData("/folkeregisteret/offentlig-med-hjemmel/api", "/v1/personer/{personidentifikator}")]
    [InlineData("/", "/offentligutenhjemmel/v1/personer/{personidentifikator}")]
    [InlineData(null, "/folkeregisteret/api/offentligutenhjemmel/v1/personer/{personidentifikator}")]
    [InlineData("https://virtserver.swaggerhub.com/skatteetaten/Folkeregisteret_Offentlig_med_hjemmel/1.6.2", "/v1/personer/{personidentifikator}")]
    [InlineData("https://folkeregisteret.api.skatteetaten.no/folkeregisteret/api/finans/v1", "/personer/{personidentifikator}")]
    [InlineData("/", "/eid/V1/personer/{id}")]
    public void Operations_are_recognised_below_the_server_base_path_and_package_segments(string? server, string path)
    {
        var lookup = Spec.Value.Operations.Single(o => o.OperationId == "hentSisteVersjonAvPerson") with { Path = path };

        var recognised = OperationRecognition.Recognise(lookup, server, Catalogue, Catalogue.FindPackage("finans")!);

        Assert.True(recognised.Granted);
        Assert.Equal("GET /v1/personer/{}", recognised.Key.Value);
        Assert.Equal("HentSisteVersjonAvPersonAsync", recognised.Facts?.MethodName);
        Assert.StartsWith("/", recognised.Path, StringComparison.Ordinal);
        Assert.EndsWith("personer/" + path.Substring(path.LastIndexOf('{')), recognised.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rights_filter_keeps_only_what_the_package_grants_and_reports_the_rest()
    {
        var package = Catalogue.FindPackage("privat-uten-hjemmel")!;
        var person = PersonSchema.Find(Spec.Value, Catalogue);

        var (granted, diagnostics) = RightsFilter.Apply(Spec.Value, person, Catalogue, package, null);

        Assert.All(granted.GrantedPersonProperties, property => Assert.True(package.GrantsProperty(property), property));
        Assert.Contains(granted.SpecPersonProperties, property => !package.GrantsProperty(property));
        Assert.All(granted.Operations, operation => Assert.True(package.GrantsOperation(operation.Spec.Method, operation.Spec.Path)));
        var entydig = granted.Operations.Single(o => o.Spec.OperationId == "entydigSoek");
        Assert.DoesNotContain(entydig.Parameters, p => p.Name.Equals("legitimasjonsdokument", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(entydig.Spec.Parameters, p => p.Name.Equals("legitimasjonsdokument", StringComparison.OrdinalIgnoreCase));
        Assert.All(diagnostics, d => Assert.Equal("FREG005", d.DescriptorId));
        var withheld = granted.SpecPersonProperties.Count - granted.GrantedPersonProperties.Count;
        var withheldOperations = Spec.Value.Operations.Count - granted.Operations.Count;
        Assert.True(diagnostics.Count >= withheld + withheldOperations + 1, "one FREG005 per withheld property, operation and parameter");
    }

    [Fact]
    public void A_schema_only_a_withheld_operation_uses_is_not_reachable()
    {
        var package = Catalogue.FindPackage("privat")!;
        var (granted, _) = RightsFilter.Apply(Spec.Value, PersonSchema.Find(Spec.Value, Catalogue), Catalogue, package, null);

        var reachable = ReachableSchemas.Find(granted);

        Assert.DoesNotContain(reachable, key => Catalogue.SectionOf(key) == "Uttrekk");
        Assert.Equal(reachable.OrderBy(k => k, StringComparer.Ordinal), reachable);
    }

    [Fact]
    public void Type_names_are_unique_per_section_and_clear_of_the_generated_names()
    {
        var package = Catalogue.FindPackage("offentlig-med-hjemmel")!;
        var (granted, _) = RightsFilter.Apply(Spec.Value, PersonSchema.Find(Spec.Value, Catalogue), Catalogue, package, null);
        var reachable = ReachableSchemas.Find(granted);

        var names = TypeNames.Assign(reachable, granted, Catalogue);

        var all = reachable.Select(names.Of).Concat(names.Enums.Select(e => (e.Section, e.Name))).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.DoesNotContain(all, name => name.Item2 is "System" or "FregClient" or "FregPart");
        Assert.Contains(all, name => name == ("Person", "Bostedsadresse"));
        Assert.Contains(all, name => name == ("Hendelse", "Bostedsadresse"));
    }
}
