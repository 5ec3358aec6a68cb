using System;
using System.IO;
using System.Linq;
using System.Threading;
using FregGen.Generator.Spec;
using FregGen.Generator.Spec.Digest;
using FregGen.Generator.Tests.Infrastructure;

namespace FregGen.Generator.Tests.EmbeddedData;

/// <summary>
/// The embedded spec travels as a digest of the generator's own model (written at the generator's build by
/// tools/FregGen.SpecDigest): it must read back to exactly what SpecReader makes of the YAML, and a broken digest must
/// give FREG000, never an exception.
/// </summary>
public sealed class SpecDigestTests
{
    [Theory]
    [InlineData(PublishedSpecs.Newest)]
    [InlineData(PublishedSpecs.Older)]
    public void The_digest_reads_back_to_exactly_the_model_SpecReader_makes(string version)
    {
        var parsed = SpecReader.Parse(PublishedSpecs.OmhYaml(version), EmbeddedSpec.SourceName, null, CancellationToken.None);

        var read = SpecDigestReader.Read(SpecDigestWriter.Write(parsed));

        Assert.NotNull(parsed.Document);
        Assert.True(parsed.Document!.Operations.Count > 10 && parsed.Document.Schemas.Count > 40, "the published spec reads into a real model: " + parsed.Document.Operations.Count + " operations, " + parsed.Document.Schemas.Count + " schemas");
        Assert.Equal(parsed, read);
    }

    [Theory]
    [InlineData(PublishedSpecs.Newest)]
    [InlineData(PublishedSpecs.Older)]
    public void A_spec_file_with_locations_and_diagnostics_round_trips_too(string version)
    {
        // As a project file the reader locates every schema, property, parameter and operation; the digest keeps them.
        var yaml = PublishedSpecs.OmhYaml(version) + "\n";
        var withProblem = yaml.Replace("paths:\n", "paths:\n  /v1/extra:\n    get:\n      operationId: extra\n      parameters:\n        - name: X-Trace\n          in: header\n          schema:\n            type: string\n      responses:\n        \"200\":\n          description: ok\n", StringComparison.Ordinal);
        var parsed = SpecReader.Parse(withProblem, "freg.yaml", "/project/freg.yaml", CancellationToken.None);

        var read = SpecDigestReader.Read(SpecDigestWriter.Write(parsed));

        Assert.NotNull(parsed.Document!.Operations[0].Location);
        Assert.Contains(parsed.Diagnostics, diagnostic => diagnostic.DescriptorId == "FREG003" && diagnostic.Location is not null);
        Assert.Equal(parsed, read);
    }

    [Fact]
    public void The_embedded_digest_is_the_published_spec_exactly_as_SpecReader_reads_it()
    {
        // Same model, same (absent) locations and same diagnostics as when the generator parsed the embedded YAML itself.
        var expected = SpecReader.Parse(TestPaths.PublishedSpecText, EmbeddedSpec.SourceName, null, CancellationToken.None);

        Assert.Equal(expected, EmbeddedSpec.Result);
    }

    [Fact]
    public void A_missing_digest_gives_FREG000()
    {
        var result = EmbeddedSpec.Load(() => null);

        AssertInternalError(result, "holds no FregGen.PublishedSpec.digest");
    }

    [Fact]
    public void A_digest_of_another_format_version_gives_FREG000_that_says_so()
    {
        var digest = Digest();
        var versionOffset = 1 + SpecDigestFormat.Magic.Length;
        digest[versionOffset]++;

        AssertInternalError(Load(digest), "format version " + (SpecDigestFormat.Version + 1));
    }

    [Fact]
    public void Text_that_is_not_a_digest_gives_FREG000()
    {
        AssertInternalError(Load(File.ReadAllBytes(TestPaths.PublishedSpecPath)), "not a FregGen spec digest");
        AssertInternalError(Load(Array.Empty<byte>()), "truncated or corrupt");
    }

    [Fact]
    public void A_truncated_digest_gives_FREG000_wherever_it_is_cut()
    {
        var digest = Digest();
        for (var length = 0; length < digest.Length; length += Math.Max(1, digest.Length / 211))
        {
            AssertInternalError(Load(digest.Take(length).ToArray()), string.Empty);
        }

        AssertInternalError(Load(digest.Take(digest.Length - 1).ToArray()), string.Empty);
        AssertInternalError(Load(digest.Concat(new byte[] { 0 }).ToArray()), "does not end where its content ends");
    }

    [Fact]
    public void A_digest_with_damaged_bytes_never_throws()
    {
        var random = new Random(1402);
        var original = Digest();
        for (var round = 0; round < 300; round++)
        {
            var digest = (byte[])original.Clone();
            for (var flips = 0; flips < 1 + (round % 4); flips++)
            {
                digest[random.Next(digest.Length)] ^= (byte)(1 << random.Next(8));
            }

            var result = EmbeddedSpec.Load(() => new MemoryStream(digest));

            // A flip inside a text can still read as a (different) model; anything else must be FREG000.
            Assert.True(result.Document is not null || result.Diagnostics.Any(d => d.DescriptorId == "FREG000"), "round " + round);
        }
    }

    private static byte[] Digest()
        => SpecDigestWriter.Write(SpecReader.Parse(TestPaths.PublishedSpecText, EmbeddedSpec.SourceName, null, CancellationToken.None));

    private static SpecParseResult Load(byte[] digest) => EmbeddedSpec.Load(() => new MemoryStream(digest));

    private static void AssertInternalError(SpecParseResult result, string expected)
    {
        Assert.Null(result.Document);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FREG000", diagnostic.DescriptorId);
        Assert.Equal("reading the embedded Freg specification", diagnostic.MessageArgs[0]);
        Assert.Contains(expected, diagnostic.MessageArgs[1], StringComparison.Ordinal);
    }
}
