using System;
using System.Collections.Concurrent;
using System.IO;
using FregGen.Simulator.Tests.Infrastructure;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace FregGen.Simulator.Tests.Conformance;

/// <summary>The published specs in ../shared (the one the build embeds, and the other OMH versions beside it), read with Microsoft.OpenApi.Readers.</summary>
public static class PublishedSpecDocument
{
    public const string Omh15 = "folkeregisteret-offentlig-med-hjemmel-1.5.yaml";
    public const string Omh162 = "folkeregisteret-offentlig-med-hjemmel-1.6.2.yaml";

    private static readonly ConcurrentDictionary<string, Lazy<OpenApiDocument>> Documents = new(StringComparer.Ordinal);

    /// <summary>The spec the simulator embeds (the build's FregPublishedSpec).</summary>
    public static OpenApiDocument Document => Load(Path.GetFileName(TestPathsAttribute.Current.PublishedSpec));

    public static string PathOf(string fileName) => Path.Combine(Path.GetDirectoryName(TestPathsAttribute.Current.PublishedSpec)!, fileName);

    public static bool IsEmbedded(string path) => string.Equals(Path.GetFullPath(path), Path.GetFullPath(TestPathsAttribute.Current.PublishedSpec), StringComparison.Ordinal);

    public static OpenApiDocument Load(string fileName)
        => Documents.GetOrAdd(fileName, name => new Lazy<OpenApiDocument>(() => Read(PathOf(name)))).Value;

    private static OpenApiDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);
        Assert.Empty(diagnostic.Errors);
        return document;
    }
}
