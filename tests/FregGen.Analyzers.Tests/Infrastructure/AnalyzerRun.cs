using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs an analyzer over one source file and returns its diagnostics whole (with their properties, which the
/// analyzer-testing library does not compare): an app with a rights package and the shared model library.
/// </summary>
public static class AnalyzerRun
{
    public const string SourcePath = "/app/Program.cs";

    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync<TAnalyzer>(string source, string rightsPackage = "privat", string sharedLibraryPackage = "offentlig-med-hjemmel", IReadOnlyDictionary<string, string>? buildProperties = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), SourcePath);
        var references = FregLibraries.Framework.Add(FregLibraries.Library(sharedLibraryPackage, TestProject.SharedNamespace));
        var compilation = CSharpCompilation.Create("App", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile: " + string.Join("\n", errors));
        var globalOptions = new Dictionary<string, string>
        {
            ["build_property.FregRightsPackage"] = rightsPackage,
            ["build_property.FregGenerate"] = "false",
        };
        foreach (var (name, value) in buildProperties ?? new Dictionary<string, string>())
        {
            globalOptions["build_property." + name] = value;
        }

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FregLibraries.GlobalOptionsProvider(globalOptions));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
    }
}
