using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>Where the test project's sources and the published spec are, recorded at build time.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class TestPathsAttribute : Attribute
{
    public TestPathsAttribute(string projectDirectory, string publishedSpec, string newestSpec)
    {
        ProjectDirectory = projectDirectory;
        PublishedSpec = publishedSpec;
        NewestSpec = newestSpec;
    }

    public string ProjectDirectory { get; }

    public string PublishedSpec { get; }

    /// <summary>The newest published spec (1.6.2), which users download today.</summary>
    public string NewestSpec { get; }
}

public static class TestPaths
{
    private static readonly TestPathsAttribute Paths = typeof(TestPaths).Assembly.GetCustomAttribute<TestPathsAttribute>()!;

    public static string ProjectDirectory => Paths.ProjectDirectory;

    public static string PublishedSpecPath => Paths.PublishedSpec;

    public static string PublishedSpecText => File.ReadAllText(Paths.PublishedSpec);

    public static string NewestSpecPath => Paths.NewestSpec;

    public static string SnapshotDirectory => Path.Combine(ProjectDirectory, "Snapshots");

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static readonly string[] PackageIds =
    {
        "offentlig-med-hjemmel", "offentlig-uten-hjemmel", "privat-uten-hjemmel", "privat",
        "privat-uten-folkeregisteridentifikator", "finans", "presse", "presse-uten-folkeregisteridentifikator", "utsteder-eid",
    };
}
