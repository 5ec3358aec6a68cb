using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.PackageSpecs;

/// <summary>
/// The same package gives the same client from the OMH file (1.5 or 1.6.2) and from the package's own file: paths
/// prefixed with the package below server '/', other operationIds, query parameter names in another case, only the
/// package's operations. The variants are derived from the OMH files in code (no third-party file is committed).
/// </summary>
public sealed class PackageSpecVariantTests
{
    public static TheoryData<string, string> PackagesAndSpecs()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in new[] { PublishedSpecs.Newest, PublishedSpecs.Older })
        {
            foreach (var package in TestPaths.PackageIds)
            {
                data.Add(package, version);
            }
        }

        return data;
    }

    public static TheoryData<string> Packages => new(TestPaths.PackageIds);

    [Theory]
    [MemberData(nameof(PackagesAndSpecs))]
    public void A_package_spec_gives_the_same_public_surface_as_the_OMH_file(string package, string version)
    {
        var fromOmh = PublishedSpecs.Run(package, PublishedSpecs.OmhYaml(version));
        var variant = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(version), PublishedSpecs.For(package));
        var fromPackageSpec = PublishedSpecs.Run(package, variant, "freg-package.json");

        Assert.Contains("\"/" + PublishedSpecs.PathPrefix(package) + "/v1/", variant, StringComparison.Ordinal);
        Assert.DoesNotContain(fromPackageSpec.GeneratorDiagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error || d.Id == "FREG011");
        AssertSameSurface(PublicSurface.Of(fromOmh), PublicSurface.Of(fromPackageSpec), allowed: _ => false);
        Assert.Contains(PublicSurface.Of(fromPackageSpec), line => line.Contains("FregClient.HentFeedSideAsync(", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_thin_feed_gets_its_own_models_and_nothing_else_of_the_surface_changes(string package)
    {
        var fromOmh = PublishedSpecs.Run(package, PublishedSpecs.OmhYaml(PublishedSpecs.Newest));
        var thin = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For(package) with { ThinFeed = true });
        var fromThin = PublishedSpecs.Run(package, thin, "freg-thin.json");

        var surface = PublicSurface.Of(fromThin);
        Assert.Contains(surface, line => line.Contains("FregClient.HentFeedSideAsync(", StringComparison.Ordinal) && line.Contains("Hendelse.LagretTynnHendelse", StringComparison.Ordinal));
        Assert.Contains("long? Consumer.Freg.Hendelse.LagretTynnHendelse.Sekvensnummer { get; set; }", surface);
        Assert.Contains("string? Consumer.Freg.Hendelse.TynnHendelse.Hendelsetype { get; set; }", surface);
        Assert.DoesNotContain(surface, line => line.Contains("TynnHendelse.Persondokument", StringComparison.Ordinal));
        AssertSameSurface(PublicSurface.Of(fromOmh), surface, allowed: line =>
            line.Contains("FregClient.HentFeedSideAsync(", StringComparison.Ordinal)
            || new[] { "LagretTynnHendelse", "TynnHendelse", "LagretTynnHendelseJsonConverter", "TynnHendelseJsonConverter", "LagretHendelseMedDokumentIdentifikatorer", "HendelseMedDokumentIdentifikatorer", "LagretHendelseMedDokumentIdentifikatorerJsonConverter", "HendelseMedDokumentIdentifikatorerJsonConverter" }
                .Any(type => PublicSurface.BelongsTo(line, type))
            || (line.Contains("FregJsonContext", StringComparison.Ordinal) && line.Contains("HendelseMedDokumentIdentifikatorer", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_package_spec_sends_the_parameter_names_it_declares_under_the_reference_spelling()
    {
        var variant = PackageSpecVariants.Derive(PublishedSpecs.OmhJson(PublishedSpecs.Newest), PublishedSpecs.For("finans"));

        var client = PublishedSpecs.Run("finans", variant, "freg-package.json").GeneratedText("FregClient.g.cs");

        Assert.Contains("url.Query(\"soekfonetisk\", soekFonetisk);", client, StringComparison.Ordinal);
        Assert.Contains("url.Query(\"makstreff\", maksTreff);", client, StringComparison.Ordinal);
        Assert.Contains("if (maksTreff > 10000)", client, StringComparison.Ordinal);
        Assert.Contains("url.Parts(\"part\", part);", client, StringComparison.Ordinal);
        Assert.Contains("new global::Consumer.Freg.FregUrlBuilder(\"v1/personer/soek\")", client, StringComparison.Ordinal);
        Assert.Contains("[global::Consumer.Freg.FregOperation(\"GET\", \"/v1/personer/soek\")]", client, StringComparison.Ordinal);
        Assert.DoesNotContain("FregUrlBuilder(\"finans", client, StringComparison.Ordinal);
    }

    private static void AssertSameSurface(IReadOnlyList<string> expected, IReadOnlyList<string> actual, Func<string, bool> allowed)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Where(line => !allowed(line)).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).Where(line => !allowed(line)).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            "Public surfaces differ.\nOnly from the OMH file:\n  " + string.Join("\n  ", missing.Take(15)) + "\nOnly from the package's file:\n  " + string.Join("\n  ", extra.Take(15)));
        Assert.True(expected.Count > 50, "the OMH surface has " + expected.Count + " lines");
    }
}
