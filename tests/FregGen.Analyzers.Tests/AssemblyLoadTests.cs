using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.Loader;
using System.Threading.Tasks;
using FregGen.Analyzers.Tests.Infrastructure;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Tests;

/// <summary>
/// A project without catalogue files costs the compiler no YAML parser: every FregGen analyzer runs from a fresh
/// <see cref="AssemblyLoadContext"/> that sees each assembly the analyzers ask for (and has fresh statics, so the embedded
/// catalogue is read there, as in a new compiler process).
/// </summary>
public sealed class AssemblyLoadTests
{
    private const string Source = "using Shared.Freg.Person;\npublic static class App\n{\n    public static object? Read(Folkeregisterperson person) => person.Familierelasjon;\n}\n";

    [Fact]
    public async Task Analyzers_on_a_project_without_catalogue_files_do_not_load_SharpYaml()
    {
        var (diagnostics, requested) = await RunIsolatedAsync(ImmutableArray<AdditionalText>.Empty);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "FREG101");
        Assert.DoesNotContain("SharpYaml", requested);
    }

    [Fact]
    public async Task A_catalogue_file_loads_SharpYaml()
    {
        // The control: the probe sees SharpYaml when the analyzers do need it.
        var catalogue = new CatalogueText("/app/freg-catalogue.json", "{ \"formatVersion\": 2, \"packages\": [] }");

        var (diagnostics, requested) = await RunIsolatedAsync(ImmutableArray.Create<AdditionalText>(catalogue));

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "FREG101");
        Assert.Contains("SharpYaml", requested);
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, string[] Requested)> RunIsolatedAsync(ImmutableArray<AdditionalText> files)
    {
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.CSharp12), AnalyzerRun.SourcePath);
        var references = FregLibraries.Framework.Add(FregLibraries.Library("offentlig-med-hjemmel", TestProject.SharedNamespace));
        var compilation = CSharpCompilation.Create("App", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var global = new Dictionary<string, string> { ["build_property.FregRightsPackage"] = "privat", ["build_property.FregGenerate"] = "false" };
        var fileOptions = files.ToDictionary(file => file.Path, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FregCatalogue"] = "true" });
        var options = new AnalyzerOptions(files, new FregLibraries.GlobalOptionsProvider(global, fileOptions));

        var context = new AssemblyLoadProbe(typeof(FregGen.Analyzers.Compliance.FieldAccessAnalyzer).Assembly.Location);
        try
        {
            var analyzers = context.Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
            Assert.True(analyzers.Length > 3, "the probe runs every FregGen analyzer");
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            return (diagnostics, context.Requested);
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class CatalogueText : AdditionalText
    {
        private readonly string _text;

        public CatalogueText(string path, string text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(_text);
    }
}
