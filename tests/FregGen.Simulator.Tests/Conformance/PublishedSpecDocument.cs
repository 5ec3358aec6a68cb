using System;
using System.IO;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests.Conformance;

/// <summary>The published spec from ../shared, read with Microsoft.OpenApi.Readers.</summary>
public static class PublishedSpecDocument
{
    private static readonly Lazy<OpenApiDocument> LazyDocument = new(Load);

    public static OpenApiDocument Document => LazyDocument.Value;

    private static OpenApiDocument Load()
    {
        using var stream = File.OpenRead(TestPathsAttribute.Current.PublishedSpec);
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);
        Assert.Empty(diagnostic.Errors);
        return document;
    }
}
