using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>Where the test project's sources and the published spec are, recorded at build time.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class TestPathsAttribute : Attribute
{
    public TestPathsAttribute(string projectDirectory, string publishedSpec, string olderSpec)
    {
        ProjectDirectory = projectDirectory;
        PublishedSpec = publishedSpec;
        OlderSpec = olderSpec;
    }

    public string ProjectDirectory { get; }

    /// <summary>The newest published OMH spec (1.6.2), the generator's embedded default.</summary>
    public string PublishedSpec { get; }

    /// <summary>The previous published OMH spec (1.5), which users may still have.</summary>
    public string OlderSpec { get; }
}

public static class TestPaths
{
    private static readonly TestPathsAttribute Paths = typeof(TestPaths).Assembly.GetCustomAttribute<TestPathsAttribute>()!;

    public static string ProjectDirectory => Paths.ProjectDirectory;

    public static string PublishedSpecPath => Paths.PublishedSpec;

    public static string PublishedSpecText => File.ReadAllText(Paths.PublishedSpec);

    public static string OlderSpecPath => Paths.OlderSpec;

    public static string OlderSpecText => File.ReadAllText(Paths.OlderSpec);

    public static string SnapshotDirectory => Path.Combine(ProjectDirectory, "Snapshots");

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static readonly string[] PackageIds =
    {
        "offentlig-med-hjemmel", "offentlig-uten-hjemmel", "privat-uten-hjemmel", "privat",
        "privat-uten-folkeregisteridentifikator", "finans", "presse", "presse-uten-folkeregisteridentifikator", "utsteder-eid",
    };
}
