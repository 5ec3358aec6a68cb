using System;
using System.IO;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace FregGen.Simulator.Schemas;

/// <summary>The published Freg spec, embedded at build time from ../shared, read once when an XSD is first asked for.</summary>
internal static class PublishedSpec
{
    public const string ResourceName = "FregGen.PublishedSpec.yaml";

    private static readonly Lazy<OpenApiDocument> LazyDocument = new(Load);

    public static OpenApiDocument Document => LazyDocument.Value;

    private static OpenApiDocument Load()
    {
        using var stream = typeof(PublishedSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The published Freg spec is not embedded in the simulator.");
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);
        if (diagnostic.Errors.Count > 0)
        {
            throw new InvalidDataException("The embedded Freg spec has errors: " + diagnostic.Errors[0].Message);
        }

        return document;
    }
}
