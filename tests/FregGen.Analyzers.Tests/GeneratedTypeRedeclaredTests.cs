using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Analyzers.Setup;
using FregGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Tests;

/// <summary>FREG109: the project's own code declares a type its client assembly (FregClientAssembly) already holds.</summary>
public sealed class GeneratedTypeRedeclaredTests
{
    private const string Source = """
        namespace App.Freg.Person
        {
            public partial class Folkeregisterperson
            {
                public string Display => "x";
            }

            public partial class MyOwnHelper
            {
            }
        }
        """;

    [Fact]
    public async Task A_partial_declaration_of_a_type_in_the_projects_client_assembly_gives_FREG109_at_the_declaration()
    {
        var diagnostics = await RunAsync(Source, ClientAssembly("App"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FREG109", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'App.Freg.Person.Folkeregisterperson' is generated into App.FregClient", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("<FregClientAssembly>false</FregClientAssembly>", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_assembly_of_another_project_is_not_this_projects_concern()
    {
        Assert.Empty(await RunAsync(Source, ClientAssembly("SomeOtherProject")));
    }

    [Fact]
    public async Task A_model_library_without_the_client_assembly_marker_is_not_this_projects_concern()
    {
        Assert.Empty(await RunAsync(Source, Library(marker: null)));
    }

    [Fact]
    public async Task Without_a_client_assembly_set_up_by_FregGen_targets_nothing_is_looked_for()
    {
        Assert.Empty(await RunAsync(Source, ClientAssembly("App"), clientAssemblyName: null));
    }

    [Fact]
    public async Task Only_the_reference_FregGen_targets_names_is_the_client_assembly()
    {
        Assert.Empty(await RunAsync(Source, ClientAssembly("App"), clientAssemblyName: "App.SomethingElse"));
    }

    private static MetadataReference ClientAssembly(string owner) => Library(owner);

    private static MetadataReference Library(string? marker)
    {
        var trees = FregLibraries.Generated("privat", "App.Freg")
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.CSharp12), s.HintName))
            .ToList();
        if (marker is not null)
        {
            trees.Add(CSharpSyntaxTree.ParseText("[assembly: System.Reflection.AssemblyMetadata(\"FregGen.GeneratedClientOf\", \"" + marker + "\")]", new CSharpParseOptions(LanguageVersion.CSharp12)));
        }

        var compilation = CSharpCompilation.Create("App.FregClient", trees, FregLibraries.Framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, MetadataReference client, string? clientAssemblyName = "App.FregClient")
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), AnalyzerRun.SourcePath);
        var compilation = CSharpCompilation.Create("App", new[] { tree }, FregLibraries.Framework.Add(client), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FregLibraries.GlobalOptionsProvider(clientAssemblyName is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property._FregClientAssemblyName"] = clientAssemblyName }));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GeneratedTypeRedeclaredAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
    }
}
