using System;
using System.IO;
using System.Linq;
using FregGen.Benchmarks.Infrastructure;
using PackageAnalyzers = FregGen.Benchmarks.ConsumerBuild.ConsumerBuildProjects;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>
/// A consumer project in a temporary folder: rights package finans, <see cref="ConsumerSources"/> files, FregGen's
/// generator and analyzers as the package delivers them (the DLLs it puts under <c>analyzers/dotnet/cs</c>, built from
/// the working tree as Analyzer items; ProjectReferences would add MSBuild work no package user pays), FregGen's props
/// and targets imported as the package would, and its build task as this benchmark project's build left it.
/// The <see cref="AnalyzerScenario"/> decides whether the SDK's own .NET analyzers run beside FregGen's.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public const string RightsPackage = "finans";

    /// <summary>The MSBuild property that, set to false, leaves FregGen's analyzers out of the build.</summary>
    public const string AnalyzerSwitch = "FregBenchAnalyzers";

    private readonly bool keep;

    private ConsumerProject(string directory, int fileCount, bool keep)
    {
        Directory = directory;
        FileCount = fileCount;
        this.keep = keep;
    }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "BenchConsumer.csproj");

    public int FileCount { get; }

    /// <summary>Where FregGen's targets write the usage report (from FREG107) when the analyzers ran.</summary>
    public string UsageReport => Path.Combine(Directory, "bin", "Release", "net10.0", "freg-usage.txt");

    public static ConsumerProject Create(int fileCount, AnalyzerScenario scenario, bool keep = false)
    {
        var directory = Path.Combine(Path.GetTempPath(), "freggen-bench-consumer-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        System.IO.Directory.CreateDirectory(directory);
        var project = new ConsumerProject(directory, fileCount, keep);
        File.WriteAllText(project.ProjectFile, ProjectText(directory, scenario));

        // The temp folder may lie inside a clone of this repository (see TempFolder): stop MSBuild from importing its
        // Directory.Build.props and central package versions into the consumer.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, file), "<Project />\n");
        }

        for (var i = 0; i < fileCount; i++)
        {
            var path = Path.Combine(directory, ConsumerSources.FileName(i));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ConsumerSources.File(i));
        }

        return project;
    }

    public void Dispose()
    {
        if (keep)
        {
            return;
        }

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

    private static string ProjectText(string directory, AnalyzerScenario scenario)
    {
        var sdkAnalyzers = scenario.SdkAnalyzers ? string.Empty : "\n    <EnableNETAnalyzers>false</EnableNETAnalyzers>";
        var analyzers = scenario.EmptyAnalyzer
            ? $"<Analyzer Include=\"{EmptyOperationAnalyzer.Build(directory)}\" />"
            : string.Concat(PackageAnalyzers.AnalyzerDlls.Select(dll => $"<Analyzer Condition=\"'$({AnalyzerSwitch})' != 'false'\" Include=\"{dll}\" />\n    "));
        var generator = string.Concat(PackageAnalyzers.GeneratorDlls.Select(dll => $"<Analyzer Include=\"{dll}\" />\n    "));
        var build = BenchmarkPaths.GeneratorBuildDirectory;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/FregGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <RootNamespace>{ConsumerSources.RootNamespace}</RootNamespace>
                <FregRightsPackage>{RightsPackage}</FregRightsPackage>{sdkAnalyzers}
                <GenerateDocumentationFile>false</GenerateDocumentationFile>
                <FregTasksAssembly>{BenchmarkPaths.TasksAssembly}</FregTasksAssembly>
              </PropertyGroup>
              <ItemGroup>
                {generator}{analyzers}
              </ItemGroup>
              <Import Project="{build}/FregGen.targets" />
            </Project>
            """;
    }
}
