using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FregGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FregGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Real FregGen output for analyzer tests: the generated sources of a package (to put into the analysed project) and a
/// compiled model library (to reference from it, as a shared library from another assembly).
/// </summary>
public static class FregLibraries
{
    private static readonly ConcurrentDictionary<(string, string), ImmutableArray<(string HintName, string Text)>> Sources = new();
    private static readonly ConcurrentDictionary<(string, string), MetadataReference> Libraries = new();

    public static readonly ImmutableArray<MetadataReference> Framework = LoadFramework();

    /// <summary>The generated sources for a package in a namespace.</summary>
    public static ImmutableArray<(string HintName, string Text)> Generated(string package, string ns)
        => Sources.GetOrAdd((package, ns), key => Generate(key.Item1, key.Item2));

    /// <summary>A compiled assembly "{ns}" holding the generated client and models for a package.</summary>
    public static MetadataReference Library(string package, string ns)
        => Libraries.GetOrAdd((package, ns), key =>
        {
            var trees = Generated(key.Item1, key.Item2).Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.CSharp12), s.HintName));
            var compilation = CSharpCompilation.Create(key.Item2, trees, Framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("The generated library does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }

            return MetadataReference.CreateFromImage(stream.ToArray());
        });

    private static ImmutableArray<(string, string)> Generate(string package, string ns)
    {
        var compilation = CSharpCompilation.Create("Generating", Array.Empty<SyntaxTree>(), Framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new GlobalOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.FregRightsPackage"] = package,
            ["build_property.FregNamespace"] = ns,
        });
        var driver = CSharpGeneratorDriver.Create(new[] { new FregClientGenerator().AsSourceGenerator() }, optionsProvider: options, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        return result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var names = new[]
        {
            "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Linq", "System.Net.Http", "System.Net.Primitives",
            "System.Text.Json", "System.Memory", "System.Console", "System.Threading", "System.Threading.Tasks", "System.Runtime.Extensions",
            "System.Text.Encodings.Web", "System.ComponentModel.Primitives", "System.ObjectModel", "netstandard", "System.Diagnostics.Debug",
            "System.Diagnostics.TraceSource", "System.Collections.Concurrent", "System.Private.Uri", "System.Runtime.InteropServices",
            "System.Diagnostics.DiagnosticSource", "System.Security.Cryptography", "System.Threading.Thread", "System.Security.Principal", "System.Security.Claims",
            "System.Linq.Expressions",
        };
        return names.Select(name => Path.Combine(directory, name + ".dll")).Where(File.Exists)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
            .ToImmutableArray();
    }

    internal sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;
        private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;

        /// <param name="values">The global options (<c>build_property.*</c>).</param>
        /// <param name="files">Each additional file's options by path (<c>build_metadata.AdditionalFiles.*</c>); none when null.</param>
        public GlobalOptionsProvider(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? files = null)
        {
            _global = new Options(values);
            _files = files ?? new Dictionary<string, IReadOnlyDictionary<string, string>>();
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => new Options(_files.TryGetValue(textFile.Path, out var values) ? values : new Dictionary<string, string>());

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
