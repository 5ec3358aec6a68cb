using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>
/// The projects whose generated code is kept as snapshots: each rights package on the embedded spec (OMH 1.6.2) in a
/// project that references only the framework; a project that also references FregGen.Runtime and
/// Microsoft.Extensions.Http (the runtime glue and the dependency-injection code); and the previous published spec (1.5)
/// as a project file.
/// </summary>
public static class SnapshotScenarios
{
    public const string WithRuntime = "privat-with-runtime";
    public const string OlderSpec = "offentlig-med-hjemmel-spec-1.5";

    public static IReadOnlyList<string> Names { get; } = TestPaths.PackageIds.Concat(new[] { WithRuntime, OlderSpec }).ToArray();

    public static GeneratorScenario Create(string name) => name switch
    {
        WithRuntime => new GeneratorScenario { RightsPackage = "privat", ExtraReferences = RuntimeReferences() },
        OlderSpec => new GeneratorScenario { RightsPackage = "offentlig-med-hjemmel", Files = new[] { Specs.File(TestPaths.OlderSpecText, "/project/freg-1.5.yaml") } },
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
