using System;
using System.IO;
using FregGen.Diagnostics;
using FregGen.Infrastructure;

namespace FregGen.Generator.Spec.Digest;

/// <summary>
/// The default spec (the published OMH spec the generator was built with), read once per process from the digest the
/// build embedded (<see cref="SpecDigestFormat.ResourceName"/>): no YAML parse, no Microsoft.OpenApi or SharpYaml load.
/// A missing or unreadable digest is a broken FregGen build: FREG000, never an exception.
/// </summary>
internal static class EmbeddedSpec
{
    public const string SourceName = "the embedded Freg specification";

    private static readonly Lazy<SpecParseResult> LazyResult = new(() => Load(() => typeof(EmbeddedSpec).Assembly.GetManifestResourceStream(SpecDigestFormat.ResourceName)));

    public static SpecParseResult Result => LazyResult.Value;

    /// <param name="open">Opens the digest; null when there is none.</param>
    internal static SpecParseResult Load(Func<Stream?> open)
    {
        try
        {
            using var stream = open();
            if (stream is null)
            {
                return Failed("the generator assembly holds no " + SpecDigestFormat.ResourceName + " (the build step that writes it did not run)");
            }

            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return SpecDigestReader.Read(bytes.ToArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(ExceptionDescription.Of(exception));
        }
    }

    private static SpecParseResult Failed(string problem)
        => new(SourceName, null, new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, "reading " + SourceName, problem),
        }));
}
