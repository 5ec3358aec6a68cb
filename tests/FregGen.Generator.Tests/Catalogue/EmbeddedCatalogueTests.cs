using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FregGen.Catalogue;
using FregGen.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FregGen.Generator.Tests.Catalogue;

/// <summary>
/// The catalogue FregGen ships: it reads without an error, every fact says where it comes from and how sure it is, and
/// every rule the audit (../shared/freg/research/catalogue-audit.md) found it could not express is now either expressed
/// or listed in its own <c>notExpressed</c> section.
/// </summary>
public sealed class EmbeddedCatalogueTests
{
    private static readonly string CataloguePath = Path.Combine(TestPaths.RepositoryRoot, "catalogue", "freg-rights-catalogue.json");

    private readonly ITestOutputHelper _output;

    public EmbeddedCatalogueTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_embedded_catalogue_is_format_2_and_builds_without_an_error()
    {
        var errors = new List<(CatalogueError Error, string Path)>();
        var catalogue = CatalogueBuilder.Build(EmbeddedCatalogue.File, Array.Empty<(CatalogueFile, string)>(), errors);

        Assert.Empty(errors);
        Assert.Equal(2, EmbeddedCatalogue.File.FormatVersion);
        Assert.Equal(TestPaths.PackageIds, catalogue.Packages.Select(p => p.Id));
        Assert.All(catalogue.Packages, package => Assert.NotNull(catalogue.FindSpecification(package.Specification!)));
    }

    [Fact]
    public void Every_fact_has_a_source_and_is_documented_or_inferred()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CataloguePath));
        var problems = new List<string>();
        Walk(document.RootElement, "$", problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Per_package_count_of_facts()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CataloguePath));
        var notExpressed = document.RootElement.GetProperty("notExpressed").EnumerateArray().ToList();
        foreach (var package in document.RootElement.GetProperty("packages").EnumerateArray())
        {
            var id = package.GetProperty("id").GetString()!;
            var confidences = Confidences(package).ToList();
            var screening = package.GetProperty("screening").EnumerateArray().Count();
            var open = notExpressed.Count(rule => rule.GetProperty("packages").EnumerateArray().Any(p => p.GetString() == id));
            _output.WriteLine(id + ": " + confidences.Count(c => c == "documented") + " documented, " + confidences.Count(c => c == "inferred") + " inferred, " + open + " not expressed (" + screening + " screening rules applied)");
            Assert.True(confidences.Count > 20);
        }
    }

    /// <summary>The audit's "Rules the catalogue cannot express yet", 1 to 11, and where the catalogue now has each.</summary>
    [Theory]
    [InlineData(1, "screeningRules:strengt-fortrolige-adresser,fortrolige-adresser,klientadresser")]
    [InlineData(2, "screeningRules:historiske-flyttedatoer,flytting-ved-adressebeskyttelse,flytting-strengt-fortrolig")]
    [InlineData(3, "screeningRules:taushetsbelagte-statuser")]
    [InlineData(4, "alwaysReturned:identifikasjonsnummer")]
    [InlineData(5, "notExpressed:Private and press consumers may only look up")]
    [InlineData(6, "feed:personErOppdatert,endringIOppholdPaaSvalbard;notExpressed:'I enkelte rettighetspakker")]
    [InlineData(7, "specification")]
    [InlineData(8, "excludedFields:vergemaalEllerFremtidsfullmakt.embete;notExpressed:The vergemål fields")]
    [InlineData(9, "notExpressed:Registration dates")]
    [InlineData(10, "dated:vergemaalEllerFremtidsfullmakt.verge.foedselsEllerDNummer,legitimasjonsdokument,innflytting,kontaktinformasjonForDoedsbo;valueChanges:unik")]
    [InlineData(11, "notExpressed:Defects in the dataminimering table;notExpressed:person-basis is called non-confidential")]
    public void Every_rule_the_audit_found_inexpressible_is_expressed_or_listed_as_not_expressed(int rule, string where)
    {
        var errors = new List<(CatalogueError Error, string Path)>();
        var catalogue = CatalogueBuilder.Build(EmbeddedCatalogue.File, Array.Empty<(CatalogueFile, string)>(), errors);
        foreach (var part in where.Split(';'))
        {
            var (kind, names) = (part.Split(':')[0], part.Contains(':') ? part.Split(':')[1].Split(',') : Array.Empty<string>());
            switch (kind)
            {
                case "screeningRules":
                    Assert.All(names, name => Assert.Contains(catalogue.Packages, p => p.Screening.Any(s => s.Rule == name)));
                    break;
                case "alwaysReturned":
                    Assert.All(names, name => Assert.Contains(catalogue.Packages, p => p.AlwaysReturnedProperties().Contains(name)));
                    break;
                case "notExpressed":
                    Assert.All(names, name => Assert.Contains(catalogue.NotExpressed, n => n.Rule.StartsWith(name, StringComparison.Ordinal) && n.Reason.Length > 40));
                    break;
                case "feed":
                    Assert.All(names, name => Assert.Contains(catalogue.Packages, p => p.Feed.WithheldEventTypes.Any(w => w.Type == name)));
                    Assert.Contains(catalogue.Packages, p => p.Feed.Shape == FeedShape.Thin);
                    break;
                case "specification":
                    Assert.All(catalogue.Packages, p => Assert.NotNull(p.Specification));
                    Assert.Equal(5, catalogue.Packages.Select(p => p.Specification).Distinct().Count());
                    break;
                case "excludedFields":
                    Assert.All(names, name => Assert.Contains(catalogue.Packages, p => p.ExcludedFields.Any(e => e.Path == name)));
                    break;
                case "dated":
                    Assert.All(names, name => Assert.Contains(catalogue.Packages, p =>
                        p.Properties.Any(g => g.Name == name && g.Validity.IsDated) || p.ExcludedFields.Any(e => e.Path == name && e.Validity.IsDated)));
                    break;
                case "valueChanges":
                    Assert.All(names, name => Assert.Contains(catalogue.ValueChanges, change => change.Value == name && change.Validity.From is not null));
                    break;
                default:
                    throw new InvalidOperationException("Unknown kind " + kind + " for rule " + rule);
            }
        }
    }

    private static IEnumerable<string> Confidences(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("onfidence", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var nested in Confidences(property.Value))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var nested in Confidences(item))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }

    /// <summary>A <c>xConfidence</c> needs a <c>xSource</c> beside it (and <c>confidence</c> a <c>source</c>), and is documented or inferred.</summary>
    private static void Walk(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name.EndsWith("onfidence", StringComparison.Ordinal))
                {
                    var value = property.Value.GetString();
                    if (value is not ("documented" or "inferred"))
                    {
                        problems.Add(path + "." + property.Name + " is '" + value + "'");
                    }

                    var sourceKey = property.Name.Substring(0, property.Name.Length - "onfidence".Length - 1) + (property.Name == "confidence" ? "source" : "Source");
                    if (!element.TryGetProperty(sourceKey, out var source) || string.IsNullOrWhiteSpace(source.GetString()))
                    {
                        problems.Add(path + " has " + property.Name + " but no " + sourceKey);
                    }
                }

                Walk(property.Value, path + "." + property.Name, problems);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, path + "[" + index++ + "]", problems);
            }
        }
    }
}
