using System;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>Paths MSBuild knows at build time: the repository root and the published Freg spec.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BenchmarkPathsAttribute : Attribute
{
    public BenchmarkPathsAttribute(string repositoryRoot, string publishedSpec)
    {
        RepositoryRoot = repositoryRoot;
        PublishedSpec = publishedSpec;
    }

    public string RepositoryRoot { get; }

    public string PublishedSpec { get; }
}
