using System;
using System.IO;
using System.Threading;

namespace FregGen.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs FregGen once per test run with a unique pre-release version into a local folder feed, so consumers restore
/// exactly this build (NuGet caches by version) into an isolated packages folder that the run deletes afterwards.
/// </summary>
public sealed class PackedFregGen : IDisposable
{
    public PackedFregGen()
    {
        Root = Path.Combine(Path.GetTempPath(), "freggen-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var pack = DotNetCli.Run(
            DotNetCli.RepositoryRoot,
            "pack packaging/FregGen.Package.csproj -c Release -o \"" + Feed + "\" -p:Version=" + Version + " -nodeReuse:false");
        pack.AssertSuccess("dotnet pack FregGen");
        NupkgPath = Path.Combine(Feed, "FregGen." + Version + ".nupkg");
        Assert.True(File.Exists(NupkgPath), "no package at " + NupkgPath);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public string NupkgPath { get; }

    /// <summary>Copies a consumer template from Consumers/ into a fresh folder, with the feed and version filled in.</summary>
    public string CreateConsumer(string template, params (string Placeholder, string Value)[] replacements)
    {
        var source = Path.Combine(DotNetCli.RepositoryRoot, "tests", "FregGen.EndToEnd.Tests", "Consumers", template);
        var target = Path.Combine(Root, template + "-" + Interlocked.Increment(ref _count));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var destination = Path.Combine(target, relative.EndsWith(".template", StringComparison.Ordinal) ? relative.Substring(0, relative.Length - ".template".Length) : relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var text = File.ReadAllText(file).Replace("$FREGGEN_VERSION$", Version).Replace("$FEED$", Feed);
            foreach (var (placeholder, value) in replacements)
            {
                text = text.Replace(placeholder, value);
            }

            File.WriteAllText(destination, text);
        }

        return target;
    }

    public CliResult Build(string directory, string extraArguments = "")
        => DotNetCli.Run(directory, "build -nodeReuse:false " + extraArguments, Packages);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int _count;
}
