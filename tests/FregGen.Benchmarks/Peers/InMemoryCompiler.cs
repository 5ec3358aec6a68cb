using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using FregGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Benchmarks.Peers;

/// <summary>Compiles a peer's generated C# in memory (optimised, like a Release build) and loads it into this process.</summary>
public static class InMemoryCompiler
{
    /// <summary>What the SDK defines for net10.0: the peers' code branches on these (Kiota's nullable annotations do).</summary>
    private static readonly string[] PreprocessorSymbols =
    {
        "NET", "NETCOREAPP", "NET10_0", "NETCOREAPP3_1_OR_GREATER", "NETSTANDARD2_1_OR_GREATER",
        "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER",
        "RELEASE",
    };

    public static Assembly CompileAndLoad(string assemblyName, IEnumerable<(string Path, string Text)> sources, IEnumerable<Assembly> extraReferences)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: PreprocessorSymbols);
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, parseOptions, source.Path)).ToList();
        var references = FrameworkReferences.All.AddRange(extraReferences.Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Annotations, concurrentBuild: true));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(d => d.ToString());
            throw new InvalidOperationException("Compiling " + assemblyName + " failed:\n" + string.Join("\n", errors));
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }
}
