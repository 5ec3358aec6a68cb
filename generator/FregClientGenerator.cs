using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Generator.Emit;
using FregGen.Generator.Options;
using FregGen.Generator.Planning;
using FregGen.Generator.Spec;
using FregGen.Generator.Spec.Digest;
using FregGen.Generator.SpecChanges;
using FregGen.Infrastructure;
using FregGen.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FregGen.Generator;

/// <summary>
/// Generates a Folkeregisteret client and models limited to the project's rights package.
/// Pipeline: options, spec files, catalogue files, project file and compilation features are read into equatable
/// values; <see cref="Plan"/> applies the rights package; the output step only writes text.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FregClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => FregProjectOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (Text: pair.Left, Role: FregFileRoles.Of(pair.Right.GetOptions(pair.Left))))
            .Where(static file => file.Role != FregFileRole.None);

        var specs = files
            .Where(static file => file.Role == FregFileRole.Spec)
            .Select(static (file, cancellationToken) => ParseSpecFile(file.Text, cancellationToken))
            .WithTrackingName(TrackingNames.ParseSpec)
            .Collect();

        var baselines = files
            .Where(static file => file.Role == FregFileRole.SpecBaseline)
            .Select(static (file, cancellationToken) => ParseSpecFile(file.Text, cancellationToken))
            .WithTrackingName(TrackingNames.ParseSpecBaseline)
            .Collect();

        var catalogues = files
            .Where(static file => file.Role == FregFileRole.Catalogue)
            .Select(static (file, cancellationToken) => CatalogueFileResult.Read(file.Text.Path, () => file.Text.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.ReadCatalogue)
            .Collect();

        var projectFiles = files
            .Where(static file => file.Role == FregFileRole.ProjectFile)
            .Select(static (file, cancellationToken) => file.Text.GetText(cancellationToken) is { } text ? ProjectFileInfo.Read(file.Text.Path, text.ToString()) : null)
            .WithTrackingName(TrackingNames.ReadProjectFile)
            .Collect();

        var features = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFeatures.Read(compilation))
            .WithTrackingName(TrackingNames.Features);

        var results = options
            .Combine(specs)
            .Combine(baselines)
            .Combine(catalogues)
            .Combine(projectFiles)
            .Combine(features)
            .Select(static (input, cancellationToken) => Plan(
                input.Left.Left.Left.Left.Left,
                input.Left.Left.Left.Left.Right,
                input.Left.Left.Left.Right,
                input.Left.Left.Right,
                input.Left.Right,
                input.Right,
                cancellationToken))
            .WithTrackingName(TrackingNames.Plan);

        context.RegisterSourceOutput(results, static (output, result) => Emit(output, result));
    }

    internal static GenerationResult Plan(
        FregProjectOptions options,
        ImmutableArray<SpecParseResult> specs,
        ImmutableArray<SpecParseResult> baselines,
        ImmutableArray<CatalogueFileResult> catalogueFiles,
        ImmutableArray<ProjectFileInfo?> projectFiles,
        CompilationFeatures features,
        CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            var project = projectFiles.FirstOrDefault(file => file is not null);
            if (options.Generate is not { } generate)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption.Id, project?.Project, options.GenerateText ?? string.Empty, FregMSBuildProperties.Generate, "use true or false."));
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            if (!generate)
            {
                return new GenerationResult(null, EquatableArray<DiagnosticInfo>.Empty);
            }

            if (options.CatalogueDateIsInvalid)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption.Id, project?.CatalogueDate ?? project?.Project, options.CatalogueDateText!, FregMSBuildProperties.CatalogueDate, "use a day written yyyy-MM-dd (the rights package is resolved as of that day)."));
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            var projectCatalogue = ProjectCatalogue.Build(catalogueFiles, options.CatalogueDate);
            diagnostics.AddRange(projectCatalogue.Diagnostics);
            var catalogue = projectCatalogue.Catalogue;
            var resolution = RightsPackageResolution.Resolve(options.RightsPackage, catalogue);
            if (resolution.Package is not { } package)
            {
                var location = options.RightsPackage is null ? project?.Project : project?.RightsPackage ?? project?.Project;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RightsPackageMissingOrUnknown.Id, location, resolution.Problem!, resolution.KnownPackageIds));
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            if (!features.HasSystemTextJson || !features.HasDateOnly)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProjectCannotCompileClient.Id, project?.Project, ".NET 8 or later (System.Text.Json and System.DateOnly)", "target net8.0 or later."));
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            if (features.LanguageVersion != LanguageVersion.Default && features.LanguageVersion < LanguageVersion.CSharp11)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProjectCannotCompileClient.Id, project?.Project, "C# 11 or later", "the project uses C# " + features.LanguageVersion.ToDisplayString() + "."));
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            var rootNamespace = options.EffectiveNamespace;
            if (!IsValidNamespace(rootNamespace))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption.Id, project?.Namespace ?? project?.Project, rootNamespace, options.Namespace is null ? FregMSBuildProperties.RootNamespace : FregMSBuildProperties.Namespace, "it is not a valid C# namespace."));
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            var orderedSpecs = specs.OrderBy(spec => spec.SourceName, StringComparer.Ordinal).ToList();
            foreach (var ignored in orderedSpecs.Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MoreThanOneSpec.Id, project?.Project, orderedSpecs[0].SourceName, ignored.SourceName));
            }

            var embedded = EmbeddedSpec.Result;
            var spec = orderedSpecs.Count > 0 ? orderedSpecs[0] : embedded;
            diagnostics.AddRange(spec.Diagnostics);
            if (orderedSpecs.Count > 0 && embedded.Document is null)
            {
                // The embedded spec still names the client's parameters and is the upgrade report's baseline.
                diagnostics.AddRange(embedded.Diagnostics);
            }

            if (spec.Document is not { } document)
            {
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            cancellationToken.ThrowIfCancellationRequested();
            var generatedFeatures = new GeneratedFeatures(features.HasHttpClientFactory, features.HasFregRuntime, features.HasDataClassification, features.HasRequestMetadata, features.HasFregReplica);
            var (model, planDiagnostics) = GenerationPlanner.Plan(document, catalogue, package, rootNamespace, generatedFeatures, project?.RightsPackage ?? project?.Project, embedded.Document);
            diagnostics.AddRange(planDiagnostics);
            diagnostics.AddRange(SpecChangesReport(baselines, orderedSpecs.Count > 0 ? spec : null, catalogue, package));
            if (options.ClientInReferencedAssembly)
            {
                // The project references the assembly its client was compiled into (build/FregGen.targets): only the diagnostics.
                return new GenerationResult(null, diagnostics.ToEquatableArray());
            }

            model = LookupAuditPlanning.Apply(DataClassificationPlanning.Apply(model));
            return new GenerationResult(model, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, "planning the Freg client", ExceptionDescription.Of(exception)));
            return new GenerationResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>
    /// FREG012, the spec upgrade report: the first baseline file (ordinal path order) against the spec in use, or, without
    /// a baseline, the embedded spec against the project's own spec. Nothing when the project uses the embedded spec and
    /// has no baseline. An unreadable baseline gives its FREG002 instead.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> SpecChangesReport(ImmutableArray<SpecParseResult> baselines, SpecParseResult? projectSpec, RightsCatalogue catalogue, RightsPackage package)
    {
        var embedded = EmbeddedSpec.Result;
        var baseline = baselines.OrderBy(b => b.FilePath ?? b.SourceName, StringComparer.Ordinal).FirstOrDefault() ?? (projectSpec is null ? null : embedded);
        if (baseline is null)
        {
            yield break;
        }

        foreach (var unreadable in baseline.Diagnostics.Where(d => d.DescriptorId == DiagnosticDescriptors.SpecUnreadable.Id))
        {
            yield return unreadable;
        }

        var current = projectSpec ?? embedded;
        if (baseline.Document is not { } from || current.Document is not { } to)
        {
            yield break;
        }

        var changes = SpecComparison.Compare(from, baseline.SourceName, to, current.SourceName, catalogue, package);
        var location = current.FilePath ?? baseline.FilePath;
        yield return DiagnosticInfo.Create(DiagnosticDescriptors.SpecChanges.Id, location is null ? null : LocationInfo.StartOf(location), SpecChangeReport.Payload(changes));
    }

    internal static IEnumerable<EmittedFile> EmitFiles(GenerationModel model)
    {
        foreach (var file in SupportEmitter.Emit(model))
        {
            yield return file;
        }

        yield return PartEmitter.Emit(model);
        yield return ClientEmitter.Emit(model);
        yield return ClientInterfaceEmitter.Emit(model);
        if (FeedEmitter.Emit(model) is { } feed)
        {
            yield return feed;
        }

        if (Replica.ReplicaSourceEmitter.Emit(model) is { } replicaSource)
        {
            yield return replicaSource;
        }

        foreach (var type in model.Types)
        {
            yield return ModelEmitter.Emit(model, type);
        }

        foreach (var type in model.Enums)
        {
            yield return EnumEmitter.Emit(model, type);
        }
    }

    private static void Emit(SourceProductionContext context, GenerationResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (result.Model is not { } model)
        {
            return;
        }

        try
        {
            foreach (var file in EmitFiles(model))
            {
                context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, "writing the Freg client", ExceptionDescription.Of(exception)));
        }
    }

    private static SpecParseResult ParseSpecFile(AdditionalText file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.Path);
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new SpecParseResult(name, null, new EquatableArray<DiagnosticInfo>(new[]
                {
                    DiagnosticInfo.Create(DiagnosticDescriptors.SpecUnreadable.Id, null, file.Path, "the file does not exist or cannot be read."),
                }));
            }

            return SpecReader.Parse(text.ToString(), name, file.Path, cancellationToken) with { FilePath = file.Path };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SpecParseResult(name, null, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, "reading the spec '" + name + "'", ExceptionDescription.Of(exception)),
            }));
        }
    }

    private static bool IsValidNamespace(string name)
        => name.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
