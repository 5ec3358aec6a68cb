using System;
using System.IO;
using System.Reflection;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>Where the suite reads its inputs and writes its outputs. Everything it produces lives under artifacts/ (gitignored) except the report.</summary>
public static class BenchmarkPaths
{
    private static readonly BenchmarkPathsAttribute Paths = typeof(BenchmarkPaths).Assembly.GetCustomAttribute<BenchmarkPathsAttribute>()
        ?? throw new InvalidOperationException("The benchmark assembly carries no BenchmarkPathsAttribute.");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Paths.RepositoryRoot);

    /// <summary>The published Freg spec (offentlig-med-hjemmel, the version FregGen embeds), the input of every generator.</summary>
    public static string PublishedSpec { get; } = Path.GetFullPath(Paths.PublishedSpec);

    /// <summary>artifacts/benchmarks: payloads, peer sources, the Kiota CLI, BenchmarkDotNet's own logs.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(RepositoryRoot, "artifacts", "benchmarks");

    public static string PayloadDirectory { get; } = Path.Combine(ArtifactsDirectory, "payloads");

    public static string PeerSourceDirectory { get; } = Path.Combine(ArtifactsDirectory, "peers");

    public static string ToolDirectory { get; } = Path.Combine(ArtifactsDirectory, "tools");

    public static string BenchmarkDotNetArtifacts { get; } = Path.Combine(ArtifactsDirectory, "BenchmarkDotNet.Artifacts");

    public static string ReportFile { get; } = Path.Combine(RepositoryRoot, "docs", "benchmarks.md");

    public static string GeneratorProject { get; } = Path.Combine(RepositoryRoot, "generator", "FregGen.Generator.csproj");

    public static string AnalyzersProject { get; } = Path.Combine(RepositoryRoot, "analyzers", "FregGen.Analyzers", "FregGen.Analyzers.csproj");

    /// <summary>FregGen's build task as the Release build of this project leaves it (the package has it under tasks/).</summary>
    public static string TasksAssembly { get; } = Path.Combine(RepositoryRoot, "analyzers", "FregGen.Tasks", "bin", "Release", "netstandard2.0", "FregGen.Tasks.dll");

    public static string GeneratorBuildDirectory { get; } = Path.Combine(RepositoryRoot, "generator", "build");

    /// <summary>Relative to the repository root, with forward slashes, for the report.</summary>
    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
}
