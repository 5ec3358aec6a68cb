using System;
using System.IO;
using System.Linq;
using FregGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>
/// The floor under any semantic analyzer: an analyzer that asks for the same operations FregGen's do (calls and
/// property reads) and does nothing with them. Built at run time into the consumer's folder, so nothing is committed.
/// </summary>
public static class EmptyOperationAnalyzer
{
    private const string Source = """
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Diagnostics;

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new("BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.PropertyReference);
            }
        }
        """;

    /// <summary>Compiles the analyzer into <paramref name="directory"/> and returns the DLL's path.</summary>
    public static string Build(string directory)
    {
        var path = Path.Combine(directory, "analyzer", "EmptyOperationAnalyzer.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var compilation = CSharpCompilation.Create(
            "EmptyOperationAnalyzer",
            new[] { CSharpSyntaxTree.ParseText(Source) },
            FrameworkReferences.All.Add(MetadataReference.CreateFromFile(typeof(DiagnosticAnalyzer).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var output = File.Create(path);
        var result = compilation.Emit(output);
        if (!result.Success)
        {
            throw new InvalidOperationException("The empty analyzer did not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return path;
    }
}
