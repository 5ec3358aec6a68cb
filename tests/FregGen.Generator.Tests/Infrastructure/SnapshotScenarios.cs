using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>
/// The projects whose generated code is kept as snapshots: each rights package on the embedded spec (OMH 1.6.2) in a
/// project that references only the framework; a project that also references FregGen.Runtime and
/// Microsoft.Extensions.Http (the runtime glue and the dependency-injection code); the previous published spec (1.5)
/// as a project file; and offentlig-uten-hjemmel's own file as derived from OMH 1.6.2 (prefixed paths, other
/// operationIds, lower-case query parameters, a thin feed), with the runtime glue over the thin feed.
/// </summary>
public static class SnapshotScenarios
{
    public const string WithRuntime = "privat-with-runtime";
    public const string OlderSpec = "offentlig-med-hjemmel-spec-1.5";
    public const string PackageSpec = "offentlig-uten-hjemmel-package-spec";

    public static IReadOnlyList<string> Names { get; } = TestPaths.PackageIds.Concat(new[] { WithRuntime, OlderSpec, PackageSpec }).ToArray();

    public static GeneratorScenario Create(string name) => name switch
    {
        WithRuntime => new GeneratorScenario { RightsPackage = "privat", ExtraReferences = RuntimeReferences() },
        OlderSpec => new GeneratorScenario { RightsPackage = "offentlig-med-hjemmel", Files = new[] { Specs.File(TestPaths.OlderSpecText, "/project/freg-1.5.yaml") } },
        PackageSpec => new GeneratorScenario
        {
            RightsPackage = "offentlig-uten-hjemmel",
            Files = new[] { PublishedSpecs.File(PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For("offentlig-uten-hjemmel") with { ThinFeed = true })) },
            ExtraReferences = RuntimeReferences(),
        },
        _ when TestPaths.PackageIds.Contains(name) => new GeneratorScenario { RightsPackage = name },
        _ => throw new ArgumentException("No snapshot scenario '" + name + "'.", nameof(name)),
    };

    /// <summary>FregGen.Runtime and the Microsoft.Extensions assemblies it builds on, from this test project's output.</summary>
    public static IReadOnlyList<MetadataReference> RuntimeReferences()
        => Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Append(Path.Combine(AppContext.BaseDirectory, "FregGen.Runtime.dll"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
}
