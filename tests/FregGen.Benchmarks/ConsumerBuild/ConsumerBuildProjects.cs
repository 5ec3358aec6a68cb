using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.ConsumerBuild;

/// <summary>
/// The two consumers the build-cost benchmark compiles, each in its own temporary folder: the same small privat
/// client code (a lookup with a part selection and field reads, the feed, the last sequence number), once against
/// FregGen as its package delivers it (the DLLs the package puts under analyzers/dotnet/cs — generator, analyzers, code
/// fixes, Microsoft.OpenApi.Readers, Microsoft.OpenApi, SharpYaml — as Analyzer items, the usage-report task, and
/// FregGen.props/.targets imported as the package does; the SDK's defaults otherwise) and once against NSwag's
/// client for the whole spec, generated during the run and compiled as a source file.
/// </summary>
public sealed class ConsumerBuildProjects : IDisposable
{
    private ConsumerBuildProjects(string directory) => Directory = directory;

    public string Directory { get; }

    public string FregGenProject => Path.Combine(Directory, "FregGenConsumer", "FregGenConsumer.csproj");

    public string NSwagProject => Path.Combine(Directory, "NSwagConsumer", "NSwagConsumer.csproj");

    public string UsageReport => Path.Combine(Directory, "FregGenConsumer", "bin", "Release", "net10.0", "freg-usage.txt");

    /// <summary>
    /// What FregGen's package puts under analyzers/dotnet/cs (packaging/FregGen.Package.csproj): the repository's
    /// Release builds, and the OpenAPI and YAML readers this process loads (the same central package versions).
    /// </summary>
    public static IReadOnlyList<string> PackageAnalyzers { get; } = new[]
    {
        Path.Combine(BenchmarkPaths.RepositoryRoot, "generator", "bin", "Release", "netstandard2.0", "FregGen.Generator.dll"),
        Path.Combine(BenchmarkPaths.RepositoryRoot, "analyzers", "FregGen.Analyzers", "bin", "Release", "netstandard2.0", "FregGen.Analyzers.dll"),
        Path.Combine(BenchmarkPaths.RepositoryRoot, "analyzers", "FregGen.CodeFixes", "bin", "Release", "netstandard2.0", "FregGen.CodeFixes.dll"),
        typeof(Microsoft.OpenApi.Readers.OpenApiStringReader).Assembly.Location,
        typeof(Microsoft.OpenApi.Models.OpenApiDocument).Assembly.Location,
        typeof(SharpYaml.Serialization.Serializer).Assembly.Location,
    };

    /// <summary>The generator's DLLs of <see cref="PackageAnalyzers"/>: what a project gets with FregGen's analyzers turned off.</summary>
    public static IReadOnlyList<string> GeneratorDlls { get; } = PackageAnalyzers.Where(dll => !dll.Contains(Path.Combine("analyzers", "FregGen."), StringComparison.Ordinal)).ToList();

    /// <summary>FregGen's analyzer and code-fix DLLs of <see cref="PackageAnalyzers"/>.</summary>
    public static IReadOnlyList<string> AnalyzerDlls { get; } = PackageAnalyzers.Except(GeneratorDlls).ToList();

    /// <summary>Builds (Release) the projects whose DLLs <see cref="PackageAnalyzers"/> lists, and checks that they are all there.</summary>
    public static void BuildPackageAnalyzers(Action<string> log)
    {
        foreach (var component in new[] { BenchmarkPaths.AnalyzersProject, Path.Combine(BenchmarkPaths.RepositoryRoot, "analyzers", "FregGen.CodeFixes", "FregGen.CodeFixes.csproj"), BenchmarkPaths.GeneratorProject })
        {
            log("Building " + BenchmarkPaths.Relative(component) + " (Release), whose DLL the package ships.");
            ProcessRunner.Run("dotnet", new[] { "build", component, "-c", "Release", "-nologo", "-v:q" }, BenchmarkPaths.RepositoryRoot).EnsureSuccess("Building " + component);
        }

        foreach (var missing in PackageAnalyzers.Where(dll => !File.Exists(dll)))
        {
            throw new InvalidOperationException("The package's analyzer DLL " + missing + " is missing.");
        }
    }

    public static ConsumerBuildProjects Create(string nswagClientSource)
    {
        var projects = new ConsumerBuildProjects(Path.Combine(Path.GetTempPath(), "freggen-consumer-build-" + Guid.NewGuid().ToString("N").Substring(0, 8)));
        System.IO.Directory.CreateDirectory(projects.Directory);

        // The temp folder may lie inside a clone of this repository: stop MSBuild's upward search.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(projects.Directory, file), "<Project />\n");
        }

        var build = BenchmarkPaths.GeneratorBuildDirectory;
        Write(projects.FregGenProject, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/FregGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <FregRightsPackage>privat</FregRightsPackage>
                <FregNamespace>Consumer.Freg</FregNamespace>
                <FregTasksAssembly>{BenchmarkPaths.TasksAssembly}</FregTasksAssembly>
              </PropertyGroup>
              <ItemGroup>
            {string.Concat(PackageAnalyzers.Select(dll => $"    <Analyzer Include=\"{dll}\" />\n"))}  </ItemGroup>
              <Import Project="{build}/FregGen.targets" />
            </Project>
            """);
        Write(Path.Combine(Path.GetDirectoryName(projects.FregGenProject)!, "Lookups.cs"), FregGenLookups);
        Write(projects.NSwagProject, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <!-- NSwag's generated file is not written for nullable reference types. -->
                <NoWarn>$(NoWarn);CS8600;CS8601;CS8602;CS8603;CS8604;CS8618;CS8625;CS8765;CS0108;CS0114;CS0472;CS0612;CS0618;CS1573;CS1591</NoWarn>
              </PropertyGroup>
            </Project>
            """);
        Write(Path.Combine(Path.GetDirectoryName(projects.NSwagProject)!, "NSwagClient.cs"), nswagClientSource);
        Write(Path.Combine(Path.GetDirectoryName(projects.NSwagProject)!, "Lookups.cs"), NSwagLookups);
        return projects;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Write(string path, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private const string FregGenLookups = """
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Consumer.Freg;

        namespace Consumer;

        public sealed class Lookups
        {
            private readonly FregClient _client;

            public Lookups(FregClient client) => _client = client;

            public async Task<string?> NameAsync(string identifikasjonsnummer, CancellationToken cancellationToken)
            {
                var person = await _client.EntydigSoekAsync(identifikasjonsnummer: identifikasjonsnummer, part: new[] { FregPart.Navn, FregPart.Status }, cancellationToken: cancellationToken);
                var navn = person.Navn?.FirstOrDefault(n => n.ErGjeldende == true);
                return navn is null ? null : navn.Fornavn + " " + navn.Etternavn;
            }

            public async Task<int> FeedPageAsync(long from, CancellationToken cancellationToken)
            {
                var page = await _client.HentFeedSideAsync(from, cancellationToken: cancellationToken);
                return page.Value?.Count ?? 0;
            }

            public Task<long> LastSequenceNumberAsync(CancellationToken cancellationToken) => _client.SisteSekvensnummerIFeedAsync(cancellationToken);
        }
        """;

    private const string NSwagLookups = """
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using NSwagConsumer.Freg;

        namespace Consumer;

        public sealed class Lookups
        {
            private readonly FregNSwagClient _client;

            public Lookups(FregNSwagClient client) => _client = client;

            public async Task<string?> NameAsync(string identifikasjonsnummer, CancellationToken cancellationToken)
            {
                // NSwag makes every parameter positional and required.
                var person = await _client.EntydigSoekAsync(identifikasjonsnummer, null, null, null, null, null, null, null, null, new[] { "navn", "status" }, null, null, cancellationToken);
                var navn = person.Navn?.FirstOrDefault(n => n.ErGjeldende == true);
                return navn is null ? null : navn.Fornavn + " " + navn.Etternavn;
            }

            public async Task<int> FeedPageAsync(long from, CancellationToken cancellationToken)
            {
                var page = await _client.HentFeedSideAsync(from, cancellationToken);
                return page?.Count ?? 0;
            }

            public Task<long> LastSequenceNumberAsync(CancellationToken cancellationToken) => _client.SisteSekvensnummerIFeedAsync(cancellationToken);
        }
        """;
}
