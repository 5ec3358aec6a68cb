using System;
using System.IO;
using System.Linq;
using FregGen.EndToEnd.Tests.Infrastructure;

namespace FregGen.EndToEnd.Tests;

/// <summary>
/// The README's Install section, line by line, on a fresh project: pack from the clone, then add FregGen with
/// <c>--source</c>, and through a nuget.config; each project names its rights package as the README shows, builds and runs.
/// </summary>
[Collection(PackedFregGenCollection.Name)]
public sealed class InstallTests
{
    private readonly PackedFregGen _package;

    public InstallTests(PackedFregGen package) => _package = package;

    [Fact]
    public void The_README_install_lines_work_as_written()
    {
        var readme = ReadmeInstall.Read();
        Assert.Equal(3, readme.Commands.Count);
        var clone = DotNetCli.RepositoryRoot.TrimEnd('/', '\\');

        // 1. In the clone: pack into the folder feed. It restores the clone's own projects, so it uses the machine's
        // packages folder: the isolated one is deleted after the run and must never end up in the clone's obj/ files.
        Run(DotNetCli.RepositoryRoot, readme.Command("dotnet pack "), packagesDirectory: null);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(clone, "artifacts", "packages"), "FregGen.*.nupkg"));

        // 2a. One project: dotnet add package --source.
        var direct = NewProject("Direct");
        Run(direct, readme.Command("dotnet add package FregGen --source ").Replace(ReadmeInstall.ClonePlaceholder, clone));
        AssertInstalledAsDevelopmentDependency(direct);
        BuildAndRun(direct, readme);

        // 2b. Another: the README's nuget.config, then dotnet add package.
        var configured = NewProject("Configured");
        File.WriteAllText(Path.Combine(configured, "nuget.config"), readme.XmlContaining("<packageSources>").Replace(ReadmeInstall.ClonePlaceholder, clone));
        Run(configured, readme.Commands.Single(c => c == "dotnet add package FregGen"));
        AssertInstalledAsDevelopmentDependency(configured);
        BuildAndRun(configured, readme);
    }

    private void BuildAndRun(string project, ReadmeInstall readme)
    {
        // 3. The README's property group, in the project file.
        var file = ProjectFile(project);
        File.WriteAllText(file, File.ReadAllText(file).Replace("</Project>", readme.XmlContaining("<FregRightsPackage>") + "\n</Project>"));

        Run(project, "dotnet build");
        var run = DotNetCli.Run(project, "run --no-build", _package.Packages);
        run.AssertSuccess("running " + Path.GetFileName(project));
        Assert.Contains("privat folkeregister:deling/privat", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "freg-usage.txt")), "no usage report");
    }

    private string NewProject(string name)
    {
        var directory = Path.Combine(_package.Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $$"""
            var person = new {{name}}.Freg.Person.Folkeregisterperson();
            Console.WriteLine({{name}}.Freg.FregClient.RettighetspakkeId + " " + {{name}}.Freg.FregClient.MaskinportenScope + " " + (person.Navn?.Count ?? 0));
            """);
        return directory;
    }

    private static void AssertInstalledAsDevelopmentDependency(string project)
    {
        var text = File.ReadAllText(ProjectFile(project));
        Assert.Contains("<PackageReference Include=\"FregGen\"", text, StringComparison.Ordinal);
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", text, StringComparison.Ordinal);
    }

    private static string ProjectFile(string project) => Path.Combine(project, Path.GetFileName(project) + ".csproj");

    private void Run(string directory, string command) => Run(directory, command, _package.Packages);

    private static void Run(string directory, string command, string? packagesDirectory)
    {
        Assert.StartsWith("dotnet ", command, StringComparison.Ordinal);
        DotNetCli.Run(directory, command.Substring("dotnet ".Length), packagesDirectory).AssertSuccess(command);
    }
}
