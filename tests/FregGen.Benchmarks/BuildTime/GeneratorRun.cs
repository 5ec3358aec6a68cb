using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Generator;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Benchmarks.BuildTime;

/// <summary>
/// FregClientGenerator in a CSharpGeneratorDriver, as the compiler runs it for one project: the rights package as an
/// MSBuild property, the spec as an AdditionalFiles item with FregSpec metadata, a small consumer compilation against
/// the shared framework. The driver is kept between runs, so later runs are warm and incremental.
/// </summary>
public sealed class GeneratorRun
{
    public const string SpecPath = "/consumer/folkeregisteret-offentlig-med-hjemmel.yaml";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private GeneratorDriver _driver;
    private AdditionalText _spec;

    private GeneratorRun(string package, GeneratorDriver driver, AdditionalText spec, Compilation compilation)
    {
        Package = package;
        _driver = driver;
        _spec = spec;
        Compilation = compilation;
    }

    public string Package { get; }

    public Compilation Compilation { get; private set; }

    public GeneratorRunResult LastResult => _driver.GetRunResult().Results.Single();

    public static GeneratorRun Create(string package, string specText, bool trackSteps)
    {
        var spec = new TestAdditionalText(SpecPath, specText);
        var options = new TestOptionsProvider(
            new Dictionary<string, string>
            {
                ["build_property.FregRightsPackage"] = package,
                ["build_property.FregNamespace"] = "Consumer.Freg",
                ["build_property.RootNamespace"] = "Consumer",
            },
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [SpecPath] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FregSpec"] = "true" },
            });
        var driver = CSharpGeneratorDriver.Create(
            new[] { new FregClientGenerator().AsSourceGenerator() },
            new[] { (AdditionalText)spec },
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { Parse("namespace Consumer; public static class Program { public static void Main() { } }", "Program.cs") },
            FrameworkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new GeneratorRun(package, driver, spec, compilation);
    }

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>Runs the generator on the current inputs; returns how many files it generated.</summary>
    public int Run()
    {
        _driver = _driver.RunGenerators(Compilation);
        return _driver.GetRunResult().Results[0].GeneratedSources.Length;
    }

    /// <summary>Replaces the spec's text (an edit of the spec file) and runs.</summary>
    public int RunWithSpec(string specText)
    {
        var next = new TestAdditionalText(SpecPath, specText);
        _driver = _driver.ReplaceAdditionalText(_spec, next);
        _spec = next;
        return Run();
    }

    /// <summary>Runs on another compilation (an edit of the project's code).</summary>
    public int RunWithCompilation(Compilation compilation)
    {
        Compilation = compilation;
        return Run();
    }

    public ImmutableArray<Diagnostic> GeneratorErrors()
        => LastResult.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}
