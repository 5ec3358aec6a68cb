using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FregGen.Analyzers.Tests.Infrastructure;

/// <summary>How the analysed project is set up: its rights package and where its Freg types come from.</summary>
public sealed record TestProject(string? RightsPackage = "privat", string? SharedLibraryPackage = "offentlig-med-hjemmel", string? OwnGeneratedPackage = null, bool GeneratorEnabled = false)
{
    /// <summary>The FregGenerate value as written in the project; null writes <see cref="GeneratorEnabled"/>.</summary>
    public string? GenerateValue { get; init; }

    /// <summary>The FregCatalogueDate value (the day the package is resolved on); null leaves it unset.</summary>
    public string? CatalogueDate { get; init; }

    /// <summary>The project's own catalogue files (AdditionalFiles with FregCatalogue="true"), in the order MSBuild lists them.</summary>
    public (string Path, string Text)[] CatalogueFiles { get; init; } = System.Array.Empty<(string, string)>();

    public const string SharedNamespace = "Shared.Freg";
    public const string OwnNamespace = "Generated.Freg";

    /// <summary>An app with FregRightsPackage=privat that uses a model library generated for offentlig-med-hjemmel.</summary>
    public static TestProject PrivatAppWithSharedLibrary { get; } = new();
}

/// <summary>Runs an analyzer (and optionally a code fix) on code with FregGen metadata, with no network (framework from the running runtime).</summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync(string source, TestProject project, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, project);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource, TestProject project, int? codeActionIndex = null, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex };
        Configure(test.TestState, project);
        Configure(test.FixedState, project);
        test.ExpectedDiagnostics.AddRange(expected);
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck;
        test.NumberOfFixAllIterations = 0;
        return test.RunAsync(CancellationToken.None);
    }

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Error);

    private static void Configure(SolutionState state, TestProject project)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(FregLibraries.Framework);
        if (project.SharedLibraryPackage is { } shared)
        {
            state.AdditionalReferences.Add(FregLibraries.Library(shared, TestProject.SharedNamespace));
        }

        if (project.OwnGeneratedPackage is { } own)
        {
            foreach (var (hintName, text) in FregLibraries.Generated(own, TestProject.OwnNamespace))
            {
                state.Sources.Add(("/generated/" + hintName, text));
            }
        }

        var config = "is_global = true\n"
            + (project.RightsPackage is null ? string.Empty : "build_property.FregRightsPackage = " + project.RightsPackage + "\n")
            + "build_property.FregGenerate = " + (project.GenerateValue ?? (project.GeneratorEnabled ? "true" : "false")) + "\n"
            + (project.CatalogueDate is null ? string.Empty : "build_property.FregCatalogueDate = " + project.CatalogueDate + "\n");
        state.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        if (project.CatalogueFiles.Length > 0)
        {
            var editorConfig = "root = true\n";
            foreach (var (path, text) in project.CatalogueFiles)
            {
                state.AdditionalFiles.Add((path, text));
                editorConfig += "[" + path + "]\nbuild_metadata.AdditionalFiles.FregCatalogue = true\n";
            }

            state.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }
    }
}
