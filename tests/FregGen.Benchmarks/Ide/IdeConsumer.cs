using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FregGen.Benchmarks.ConsumerBuild;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.Ide;

/// <summary>Where FregGen's generated client lives in the IDE benchmark's consumer.</summary>
public enum IdeLayout
{
    /// <summary>One project holds the generator, the analyzers and the user's code (FregGen's normal setup): the generated client is compiled into its own assembly, which the project references (FregClientAssembly, the default).</summary>
    SameProject,

    /// <summary>As <see cref="SameProject"/>, with <c>FregClientAssembly</c> false: the generated code is part of the project's own compilation.</summary>
    SameProjectInProjectClient,

    /// <summary>The generator runs in a referenced class library; the user's project has only the analyzers.</summary>
    ReferencedProject,
}

/// <summary>
/// A small privat consumer in a temporary folder, as a user writes it: a lookup with a part selection and field reads
/// (one read outside the selection, so FREG104 must appear when analyzers run), the feed, the last sequence number.
/// FregGen comes in as its package delivers it: the DLLs the package puts under analyzers/dotnet/cs (the repository's
/// Release builds) as Analyzer items, FregGen.props/.targets imported as the package does.
/// </summary>
public sealed class IdeConsumer : IDisposable
{
    public const string RightsPackage = "privat";

    private IdeConsumer(string directory, IdeLayout layout)
    {
        Directory = directory;
        Layout = layout;
    }

    public string Directory { get; }

    public IdeLayout Layout { get; }

    public string AppDirectory => Path.Combine(Directory, "App");

    public string ProjectFile => Path.Combine(AppDirectory, "IdeConsumer.csproj");

    /// <summary>The file the benchmark edits.</summary>
    public string EditedFile => Path.Combine(AppDirectory, "Lookups.cs");

    public static IdeConsumer Create(IdeLayout layout)
    {
        var directory = Path.Combine(Path.GetTempPath(), "freggen-ide-" + layout.ToString().ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        var consumer = new IdeConsumer(directory, layout);
        System.IO.Directory.CreateDirectory(consumer.AppDirectory);

        // The temp folder may lie inside a clone of this repository: stop MSBuild's upward search.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, file), "<Project />\n");
        }

        if (layout == IdeLayout.ReferencedProject)
        {
            var library = Path.Combine(directory, "FregClient");
            System.IO.Directory.CreateDirectory(library);
            File.WriteAllText(Path.Combine(library, "FregClient.csproj"), Project(generator: true, analyzers: false, reference: null, clientAssembly: false));
        }

        File.WriteAllText(
            consumer.ProjectFile,
            Project(
                generator: layout != IdeLayout.ReferencedProject,
                analyzers: true,
                reference: layout == IdeLayout.ReferencedProject ? "../FregClient/FregClient.csproj" : null,
                clientAssembly: layout != IdeLayout.SameProjectInProjectClient));
        File.WriteAllText(consumer.EditedFile, Source(0));
        File.WriteAllText(Path.Combine(consumer.AppDirectory, "Feed.cs"), FeedSource);
        return consumer;
    }

    /// <summary>The edited file after edit number <paramref name="edit"/>: one line differs (the name of an unused local, which CS0219 names).</summary>
    public static string Source(int edit) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using IdeConsumer.Freg;

        namespace IdeConsumer;

        public sealed class Lookups
        {
            private readonly FregClient _client;

            public Lookups(FregClient client) => _client = client;

            public async Task<string?> NameAsync(string identifikasjonsnummer, CancellationToken cancellationToken)
            {
                var person = await _client.EntydigSoekAsync(identifikasjonsnummer: identifikasjonsnummer, part: new[] { FregPart.Navn }, cancellationToken: cancellationToken);
                var {{UnusedLocal(edit)}} = 1;
                var navn = person.Navn is { Count: > 0 } names ? names[0] : null;
                var bosted = person.Bostedsadresse;
                return navn?.Fornavn + " " + navn?.Etternavn + (bosted is null ? string.Empty : " (bosatt)");
            }

            public Task<long> LastSequenceNumberAsync(CancellationToken cancellationToken) => _client.SisteSekvensnummerIFeedAsync(cancellationToken);
        }
        """;

    /// <summary>The name the edited line gives its unused local; CS0219 repeats it, which shows a diagnostic answer is fresh.</summary>
    public static string UnusedLocal(int edit) => "unused" + edit.ToString(CultureInfo.InvariantCulture);

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

    private const string FeedSource = """
        using System.Threading;
        using System.Threading.Tasks;
        using IdeConsumer.Freg;

        namespace IdeConsumer;

        public sealed class Feed
        {
            private readonly FregClient _client;

            public Feed(FregClient client) => _client = client;

            public async Task<int> CountAsync(long from, CancellationToken cancellationToken)
            {
                var page = await _client.HentFeedSideAsync(from, cancellationToken: cancellationToken);
                return page.Value?.Count ?? 0;
            }
        }
        """;

    private static string Project(bool generator, bool analyzers, string? reference, bool clientAssembly = true)
    {
        var build = BenchmarkPaths.GeneratorBuildDirectory;
        var dlls = (generator ? ConsumerBuildProjects.GeneratorDlls : Array.Empty<string>()).Concat(analyzers ? ConsumerBuildProjects.AnalyzerDlls : Array.Empty<string>());
        var items = string.Concat(dlls.Select(dll => $"\n    <Analyzer Include=\"{dll}\" />"))
            + (reference is null ? string.Empty : $"\n    <ProjectReference Include=\"{reference}\" />");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/FregGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <FregRightsPackage>{RightsPackage}</FregRightsPackage>
                <FregNamespace>IdeConsumer.Freg</FregNamespace>
                <FregTasksAssembly>{BenchmarkPaths.TasksAssembly}</FregTasksAssembly>
                <FregClientAssembly>{(clientAssembly ? "true" : "false")}</FregClientAssembly>
              </PropertyGroup>
              <ItemGroup>{items}
              </ItemGroup>
              <Import Project="{build}/FregGen.targets" />
            </Project>
            """;
    }
}
