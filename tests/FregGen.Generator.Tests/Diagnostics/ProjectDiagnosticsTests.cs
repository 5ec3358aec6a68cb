using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using FregGen.Generator.Options;
using FregGen.Project;
using FregGen.Generator.Spec;
using FregGen.Generator.Tests.Infrastructure;
using FregGen.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Tests.Diagnostics;

/// <summary>Missing or wrong project settings give FREG001/FREG007/FREG008, located in the project file where possible.</summary>
public sealed class ProjectDiagnosticsTests
{
    private const string ProjectPath = "/project/Consumer.csproj";

    private static ScenarioFile ProjectFile(string? package) => new(
        ProjectPath,
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n"
        + (package is null ? string.Empty : "    <FregRightsPackage>" + package + "</FregRightsPackage>\n")
        + "  </PropertyGroup>\n</Project>\n",
        "FregProjectFile");

    [Fact]
    public void Missing_rights_package_gives_FREG001_that_lists_the_packages()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = null, Files = new[] { ProjectFile(null) } });

        var diagnostic = Assert.Single(outcome.Errors("FREG001"));
        var message = diagnostic.GetMessage();
        Assert.All(TestPaths.PackageIds, id => Assert.Contains(id, message, StringComparison.Ordinal));
        Assert.Equal(ProjectPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void Unknown_rights_package_gives_FREG001_at_the_property_with_a_suggestion()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "Offentlig-Med-Hjemmel", Files = new[] { ProjectFile("Offentlig-Med-Hjemmel") } });

        var diagnostic = Assert.Single(outcome.Errors("FREG001"));
        Assert.Contains("Did you mean 'offentlig-med-hjemmel'", diagnostic.GetMessage(), StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ProjectPath, span.Path);
        Assert.Equal(3, span.StartLinePosition.Line);
    }

    [Fact]
    public void FregGenerate_false_generates_nothing_and_reports_nothing()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = null, Generate = "false" });

        Assert.Empty(outcome.Result.GeneratedSources);
        Assert.Empty(outcome.GeneratorDiagnostics);
    }

    [Fact]
    public void With_the_client_in_a_referenced_assembly_the_generator_adds_no_source_and_reports_the_same_diagnostics()
    {
        var inProject = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", Files = new[] { ProjectFile("privat") } });
        var referenced = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", Files = new[] { ProjectFile("privat") }, ClientInReferencedAssembly = "true" });

        Assert.NotEmpty(inProject.Result.GeneratedSources);
        Assert.Empty(referenced.Result.GeneratedSources);
        Assert.NotEmpty(referenced.GeneratorDiagnostics);
        Assert.Equal(
            inProject.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal),
            referenced.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));
    }

    [Fact]
    public void With_the_client_in_a_referenced_assembly_an_unknown_rights_package_still_gives_FREG001()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privatt", Files = new[] { ProjectFile("privatt") }, ClientInReferencedAssembly = "true" });

        Assert.Single(outcome.Errors("FREG001"));
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void A_FregGenerate_value_that_is_not_a_boolean_gives_FREG008()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { Generate = "sometimes" });

        Assert.Single(outcome.Errors("FREG008"));
    }

    [Theory]
    [InlineData("1Freg")]
    [InlineData("My.class.Freg")]
    [InlineData("My..Freg")]
    public void An_invalid_namespace_gives_FREG008(string ns)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { Namespace = ns });

        var diagnostic = Assert.Single(outcome.Errors("FREG008"));
        Assert.Contains(ns, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_namespace_defaults_to_the_root_namespace_plus_Freg_and_can_be_set()
    {
        var byDefault = GeneratorHarness.Run(new GeneratorScenario { RootNamespace = "Acme.Bank" });
        var custom = GeneratorHarness.Run(new GeneratorScenario { Namespace = "Acme.Folkeregister" });

        Assert.Contains("namespace Acme.Bank.Freg", byDefault.GeneratedText("FregClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("namespace Acme.Folkeregister", custom.GeneratedText("FregClient.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void CSharp_10_gives_FREG007()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { LanguageVersion = LanguageVersion.CSharp10 });

        var diagnostic = Assert.Single(outcome.Errors("FREG007"));
        Assert.Contains("C# 11", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_framework_without_System_Text_Json_gives_FREG007()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            FrameworkReferences = false,
            ExtraReferences = new[] { MetadataReference.CreateFromFile(Path.Combine(runtimeDirectory, "System.Private.CoreLib.dll")) },
        });

        var diagnostic = Assert.Single(outcome.Errors("FREG007"));
        Assert.Contains(".NET 8", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_and_operations_outside_the_package_are_reported_as_FREG005_info_at_the_project_property()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", Files = new[] { ProjectFile("privat") } });

        var infos = outcome.GeneratorDiagnostics.Where(d => d.Id == "FREG005").ToList();
        Assert.All(infos, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(infos, d => d.GetMessage().Contains("'familierelasjon'", StringComparison.Ordinal));
        Assert.Contains(infos, d => d.GetMessage().Contains("POST /v1/personer/bulkoppslag", StringComparison.Ordinal));
        Assert.Contains(infos, d => d.GetMessage().Contains("kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer", StringComparison.Ordinal));
        Assert.All(infos, d => Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public void With_a_project_spec_FREG005_points_into_the_spec()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "privat",
            Files = new[] { Specs.File(TestPaths.PublishedSpecText), ProjectFile("privat") },
        });

        var info = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG005" && d.GetMessage().Contains("'familierelasjon'", StringComparison.Ordinal));
        var span = info.Location.GetLineSpan();
        Assert.Equal(Specs.SpecPath, span.Path);
        Assert.Contains("familierelasjon:", TestPaths.PublishedSpecText.Split('\n')[span.StartLinePosition.Line], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bug_in_planning_becomes_FREG000_instead_of_an_exception()
    {
        var inconsistent = new SpecDocument(
            "Broken",
            "1",
            new EquatableArray<SchemaSpec>(new[]
            {
                new SchemaSpec("x.person.v1.Folkeregisterperson", "Folkeregisterperson", null, new EquatableArray<PropertySpec>(new[]
                {
                    new PropertySpec("navn", new TypeRef(SpecTypeKind.Object, "x.person.v1.Missing"), null, false, false, null),
                }), null),
            }),
            new EquatableArray<OperationSpec>(new[]
            {
                new OperationSpec("GET", "/v1/hendelser/siste/sekvensnummer", "x", null, null, EquatableArray<ParameterSpec>.Empty, null,
                    new ResponseSpec(ResponseKind.Json, new TypeRef(SpecTypeKind.Object, "x.person.v1.Folkeregisterperson"), "application/json", null), false, false, null),
            }));
        var result = FregClientGenerator.Plan(
            new FregProjectOptions("offentlig-med-hjemmel", null, "Consumer", null),
            ImmutableArray.Create(new SpecParseResult("broken.yaml", inconsistent, EquatableArray<DiagnosticInfo>.Empty)),
            ImmutableArray<SpecParseResult>.Empty,
            ImmutableArray<CatalogueFileResult>.Empty,
            ImmutableArray<ProjectFileInfo?>.Empty,
            new CompilationFeatures(true, true, false, false, LanguageVersion.CSharp12),
            CancellationToken.None);

        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FREG000", diagnostic.DescriptorId);
    }
}
