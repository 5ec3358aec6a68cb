using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Project;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>The published OMH specs as JSON (converted once) and each package's derived variant of them, as a package holder would download it.</summary>
public static class PublishedSpecs
{
    public const string Newest = "1.6.2";
    public const string Older = "1.5";

    private static readonly ConcurrentDictionary<string, string> Json = new(StringComparer.Ordinal);

    internal static RightsCatalogue Catalogue { get; } = ProjectCatalogue.Build(Array.Empty<CatalogueFileResult>(), null).Catalogue;

    public static string OmhYaml(string version) => version == Newest ? TestPaths.PublishedSpecText : TestPaths.OlderSpecText;

    public static string OmhJson(string version) => Json.GetOrAdd(version, v => YamlToJson.Convert(OmhYaml(v)));

    /// <summary>The package's segment in a package spec's paths: <c>offentligutenhjemmel</c>, <c>eid</c>, <c>offentlig-med-hjemmel</c>.</summary>
    public static string PathPrefix(string packageId)
        => Catalogue.FindPackage(packageId)!.UrlPathSegment.Split('/').Last(segment => segment is not ("folkeregisteret" or "api"));

    /// <summary>Options for a package's own file: prefixed paths below server '/', other operationIds, lower-case query parameters, only the package's operations.</summary>
    public static PackageSpecOptions For(string packageId)
    {
        var package = Catalogue.FindPackage(packageId)!;
        return new PackageSpecOptions
        {
            PathPrefix = PathPrefix(packageId),
            Title = "Folkeregisteret - " + package.Name,
            KeepOperation = (method, path) => package.GrantsOperation(method, path),
        };
    }

    public static ScenarioFile File(string json, string name = "freg-package.json") => Specs.File(json, "/project/" + name);

    public static GeneratorOutcome Run(string packageId, string specText, string fileName = "freg.yaml", bool withRuntime = false)
        => GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = packageId,
            Files = new[] { Specs.File(specText, "/project/" + fileName) },
            ExtraReferences = withRuntime ? SnapshotScenarios.RuntimeReferences() : Array.Empty<Microsoft.CodeAnalysis.MetadataReference>(),
        });
}
