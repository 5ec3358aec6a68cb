using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>One project as the generator sees it: MSBuild properties, AdditionalFiles and C# sources.</summary>
public sealed record GeneratorScenario
{
    public string? RightsPackage { get; init; } = "privat";

    public string? Namespace { get; init; }

    public string RootNamespace { get; init; } = "Consumer";

    public string? Generate { get; init; }

    /// <summary>The <c>FregCatalogueDate</c> property; null leaves it unset (the catalogue's own date is used).</summary>
    public string? CatalogueDate { get; init; }

    /// <summary>The <c>_FregClientInReferencedAssembly</c> value FregGen.targets sets when the client has its own assembly.</summary>
    public string? ClientInReferencedAssembly { get; init; }

    public IReadOnlyList<ScenarioFile> Files { get; init; } = Array.Empty<ScenarioFile>();

    public IReadOnlyList<string> Sources { get; init; } = new[] { "namespace Consumer; public static class Program { public static void Main() { } }" };

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.CSharp12;

    public IReadOnlyList<MetadataReference> ExtraReferences { get; init; } = Array.Empty<MetadataReference>();

    public bool FrameworkReferences { get; init; } = true;

    /// <summary>Parse documentation comments as a project with GenerateDocumentationFile does (malformed XML docs are warnings).</summary>
    public bool DocumentationDiagnostics { get; init; }

    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationDiagnostics ? DocumentationMode.Diagnose : DocumentationMode.Parse);
}

/// <param name="Role">"FregSpec", "FregCatalogue", "FregProjectFile" or null for an ordinary AdditionalFiles item.</param>
public sealed record ScenarioFile(string Path, string? Text, string? Role);

public sealed record GeneratorOutcome(
    GeneratorDriver Driver,
    Compilation Compilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    GeneratorRunResult Result)
{
    public IEnumerable<Diagnostic> Errors(string id) => GeneratorDiagnostics.Where(d => d.Id == id);

    public string GeneratedText(string hintName) => Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Every generated file, ordered by hint name, in one text for snapshot comparison.</summary>
    public string Concatenated()
    {
        var builder = new StringBuilder();
        foreach (var source in Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            builder.Append("//----- ").Append(source.HintName).Append(" -----\n");
            builder.Append(source.SourceText.ToString().Replace("\r\n", "\n"));
            builder.Append('\n');
        }

        return builder.ToString();
    }
}

public static class GeneratorHarness
{
    /// <summary>The shared framework of the running .NET: what a net10.0 consumer compiles against, nothing more.</summary>
    public static readonly ImmutableArray<MetadataReference> FrameworkReferences = LoadFrameworkReferences();

    public static GeneratorOutcome Run(GeneratorScenario scenario) => Run(scenario, CreateDriver(scenario), CreateCompilation(scenario));

    public static GeneratorOutcome Run(GeneratorScenario scenario, GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new GeneratorOutcome(driver, output, diagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray(), result);
    }

    public static CSharpCompilation CreateCompilation(GeneratorScenario scenario)
    {
        var parseOptions = scenario.ParseOptions;
        return CSharpCompilation.Create(
            "Consumer",
            scenario.Sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, "Source" + i + ".cs")),
            (scenario.FrameworkReferences ? FrameworkReferences : ImmutableArray<MetadataReference>.Empty).AddRange(scenario.ExtraReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
    }

    /// <param name="generator">The generator to run; null: a <see cref="FregClientGenerator"/> of the test's own load context.</param>
    public static GeneratorDriver CreateDriver(GeneratorScenario scenario, IIncrementalGenerator? generator = null)
    {
        var global = new Dictionary<string, string>();
        void Set(string name, string? value)
        {
            if (value is not null)
            {
                global["build_property." + name] = value;
            }
        }

        Set("FregRightsPackage", scenario.RightsPackage);
        Set("FregNamespace", scenario.Namespace);
        Set("RootNamespace", scenario.RootNamespace);
        Set("FregGenerate", scenario.Generate);
        Set("FregCatalogueDate", scenario.CatalogueDate);
        Set("_FregClientInReferencedAssembly", scenario.ClientInReferencedAssembly);
        var fileOptions = scenario.Files.Where(f => f.Role is not null).ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles." + f.Role] = "true" });
        return CSharpGeneratorDriver.Create(
            new[] { (generator ?? new FregClientGenerator()).AsSourceGenerator() },
            scenario.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)),
            scenario.ParseOptions,
            new TestOptionsProvider(global, fileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Compiles the generated code with warnings as errors and returns every warning or error.</summary>
    public static ImmutableArray<Diagnostic> CompileErrors(GeneratorOutcome outcome)
        => outcome.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToImmutableArray();

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var file in Directory.GetFiles(directory, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
        {
            if (IsManaged(file))
            {
                references.Add(MetadataReference.CreateFromFile(file));
            }
        }

        return references.ToImmutable();
    }

    private static bool IsManaged(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
