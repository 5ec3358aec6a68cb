using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>The shared framework of the running .NET, as metadata references: what a net10.0 project compiles against.</summary>
public static class FrameworkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Shared = new(Load);

    public static ImmutableArray<MetadataReference> All => Shared.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(directory, "*.dll")
            .Where(IsManagedAssembly)
            .OrderBy(file => file, StringComparer.Ordinal)
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))
            .ToImmutableArray();
    }

    private static bool IsManagedAssembly(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
