using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Catalogue.Nodes;
using FregGen.Generator.Tests.Infrastructure;
using SharpYaml.Serialization;

namespace FregGen.Generator.Tests.EmbeddedData;

/// <summary>
/// The embedded catalogue is read with FregGen's own JSON parser (no SharpYaml in a build without catalogue files): it
/// must give exactly the nodes, positions and catalogue SharpYaml gives for the same text.
/// </summary>
public sealed class CatalogueJsonTests
{
    private static readonly string CatalogueText = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "catalogue", "freg-rights-catalogue.json"));

    [Fact]
    public void The_embedded_catalogue_gives_the_nodes_and_positions_SharpYaml_gives()
    {
        AssertSameNodes(CatalogueText);
    }

    [Fact]
    public void The_embedded_catalogue_reads_to_the_same_catalogue_file_either_way()
    {
        var jsonErrors = new List<CatalogueError>();
        var yamlErrors = new List<CatalogueError>();

        var json = CatalogueReader.ReadJson(CatalogueText, jsonErrors);
        var yaml = CatalogueReader.Read(CatalogueText, yamlErrors);

        Assert.Empty(jsonErrors);
        Assert.Empty(yamlErrors);
        Assert.NotNull(json);
        Assert.True(json!.Packages.Count >= 9);
        Assert.Equal(yaml, json);
        Assert.Equal(yaml, EmbeddedCatalogue.File);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"a\": [] , \"b\": {}, \"c\": [ {}, [], \"\" ] }")]
    [InlineData("{\"n\": 0, \"m\": -12.5e+3, \"t\": true, \"f\": false, \"z\": null, \"big\": 12345678901234567890}")]
    [InlineData("{\"text\": \"quote \\\" backslash \\\\ slash \\/ tab \\t line \\n æøå \\u00e6\\u00F8 \\ud83d\\ude00 \\b\\f\\r\"}")]
    [InlineData("{\r\n  \"crlf\": [\r\n    1,\r\n    \"two\"\r\n  ]\r\n}\r\n")]
    [InlineData("{\n\t\"tabs\":\t{\"deep\": {\"deeper\": [[[\"x\"]]]}},\n  \"after\": \"æ\"\n}")]
    public void Any_JSON_gives_the_nodes_and_positions_SharpYaml_gives(string text)
    {
        AssertSameNodes(text);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 0, 8)]
    [InlineData("{\"a\": \"open}", 0, 12)]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 2, 2)]
    [InlineData("{\"a\": tru}", 0, 6)]
    [InlineData("{\"a\": 01}", 0, 7)]
    [InlineData("{\"a\": 1} x", 0, 9)]
    [InlineData("{\"a\": \"\\x\"}", 0, 7)]
    [InlineData("", 0, 0)]
    public void Text_that_is_not_JSON_is_an_error_with_its_position(string text, int line, int column)
    {
        var errors = new List<CatalogueError>();

        var file = CatalogueReader.ReadJson(text, errors);

        Assert.Null(file);
        var error = Assert.Single(errors);
        Assert.StartsWith("The catalogue file is not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_an_error_not_a_stack_overflow()
    {
        var errors = new List<CatalogueError>();

        Assert.Null(CatalogueReader.ReadJson(new string('[', 100_000), errors));
        Assert.Contains("nests deeper", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    private static void AssertSameNodes(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));

        AssertSame(YamlCatalogueNodes.From(stream.Documents[0].RootNode), CatalogueJson.Parse(text), "$");
    }

    private static void AssertSame(CatalogueNode expected, CatalogueNode actual, string path)
    {
        Assert.True(expected.GetType() == actual.GetType(), path + ": " + expected.GetType().Name + " expected, " + actual.GetType().Name + " read");
        Assert.True((expected.Line, expected.Column) == (actual.Line, actual.Column), path + ": at " + (expected.Line, expected.Column) + " expected, " + (actual.Line, actual.Column) + " read");
        switch (expected)
        {
            case CatalogueScalar scalar:
                Assert.Equal(scalar.Value, ((CatalogueScalar)actual).Value);
                break;
            case CatalogueSequence sequence:
                var items = ((CatalogueSequence)actual).Items;
                Assert.Equal(sequence.Items.Count, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSame(sequence.Items[i], items[i], path + "[" + i + "]");
                }

                break;
            case CatalogueMapping mapping:
                var entries = ((CatalogueMapping)actual).Entries;
                Assert.Equal(mapping.Entries.Count, entries.Count);
                for (var i = 0; i < entries.Count; i++)
                {
                    AssertSame(mapping.Entries[i].Key, entries[i].Key, path + ".key" + i);
                    AssertSame(mapping.Entries[i].Value, entries[i].Value, path + "." + ((CatalogueScalar)entries[i].Key).Value);
                }

                break;
        }
    }
}
