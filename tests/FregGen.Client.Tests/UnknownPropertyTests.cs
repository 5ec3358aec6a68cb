using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;

namespace FregGen.Client.Tests;

/// <summary>Properties Freg adds later are kept in AdditionalProperties exactly as sent, and the models keep nothing beside their properties.</summary>
public sealed class UnknownPropertyTests
{
    private const string Unknowns = """
        {"fornavn":"Kari","tekst":"si \"hei\" p\u00e5 \\ vei","tall":-12.50e3,"sann":true,"usann":false,"ingenting":null,
        "objekt":{"liste":[1,[2,{}],{"a":[]}],"tom":{},"\u00e6":"\u00f8"},"tomListe":[],"etternavn":"Nordmann"}
        """;

    [Fact]
    public void Unknown_values_of_every_kind_are_kept_byte_for_byte()
    {
        var navn = JsonSerializer.Deserialize(Unknowns, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())!;

        Assert.Equal(("Kari", "Nordmann"), (navn.Fornavn, navn.Etternavn));
        var unknown = navn.AdditionalProperties!;
        Assert.Equal(new[] { "tekst", "tall", "sann", "usann", "ingenting", "objekt", "tomListe" }.OrderBy(k => k), unknown.Keys.OrderBy(k => k));
        Assert.Equal("si \"hei\" på \\ vei", unknown["tekst"].GetString());
        Assert.Equal("\"si \\\"hei\\\" p\\u00e5 \\\\ vei\"", unknown["tekst"].GetRawText());
        Assert.Equal("-12.50e3", unknown["tall"].GetRawText());
        Assert.Equal(JsonValueKind.Null, unknown["ingenting"].ValueKind);
        Assert.Equal("{\"liste\":[1,[2,{}],{\"a\":[]}],\"tom\":{},\"\\u00e6\":\"\\u00f8\"}", unknown["objekt"].GetRawText());
        Assert.Equal("ø", unknown["objekt"].GetProperty("æ").GetString());
        Assert.Equal("[]", unknown["tomListe"].GetRawText());
    }

    [Fact]
    public void Unread_unknown_properties_are_written_back_as_they_came()
    {
        var navn = JsonSerializer.Deserialize(Unknowns, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())!;

        var written = JsonSerializer.Serialize(navn, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>());

        Assert.Contains("\"objekt\":{\"liste\":[1,[2,{}],{\"a\":[]}],\"tom\":{},\"\\u00e6\":\"\\u00f8\"}", written, StringComparison.Ordinal);
        Assert.Contains("\"tall\":-12.50e3", written, StringComparison.Ordinal);
        Infrastructure.JsonEquivalence.AssertEquivalent(Unknowns.Replace("\"ingenting\":null,", string.Empty, StringComparison.Ordinal), written);
    }

    [Fact]
    public void Changed_unknown_properties_are_written_as_changed()
    {
        var navn = JsonSerializer.Deserialize(Unknowns, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())!;

        navn.AdditionalProperties!.Remove("objekt");
        navn.AdditionalProperties["ny"] = JsonSerializer.SerializeToElement(42);
        var written = JsonDocument.Parse(JsonSerializer.Serialize(navn, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())).RootElement;

        Assert.False(written.TryGetProperty("objekt", out _));
        Assert.Equal(42, written.GetProperty("ny").GetInt32());
        Assert.True(written.GetProperty("sann").GetBoolean());
    }

    [Fact]
    public void A_repeated_unknown_property_keeps_its_last_value_once()
    {
        var navn = JsonSerializer.Deserialize("{\"x\":1,\"fornavn\":\"Kari\",\"x\":{\"y\":2}}", FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())!;

        var written = JsonSerializer.Serialize(navn, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>());

        Assert.Equal("{\"fornavn\":\"Kari\",\"x\":{\"y\":2}}", written);
        Assert.Equal(2, navn.AdditionalProperties!["x"].GetProperty("y").GetInt32());
        Assert.Single(navn.AdditionalProperties);
    }

    [Fact]
    public async Task Unknown_properties_split_across_stream_buffers_are_kept()
    {
        var entries = string.Join(",", Enumerable.Range(0, 200).Select(i => "{\"fornavn\":\"N" + i + "\",\"nytt\":{\"tekst\":\"" + new string('x', i) + "\",\"tall\":" + i + "}}"));
        var json = "{\"navn\":[" + entries + "]}";
        var options = new JsonSerializerOptions { TypeInfoResolver = FregJsonContext.Default, DefaultBufferSize = 16 };

        var person = await JsonSerializer.DeserializeAsync<Folkeregisterperson>(new MemoryStream(Encoding.UTF8.GetBytes(json)), options);

        Assert.Equal(200, person!.Navn!.Count);
        Assert.All(person.Navn.Select((navn, i) => (navn, i)), entry =>
        {
            Assert.Equal(new string('x', entry.i), entry.navn.AdditionalProperties!["nytt"].GetProperty("tekst").GetString());
            Assert.Equal(entry.i, entry.navn.AdditionalProperties["nytt"].GetProperty("tall").GetInt32());
        });
    }

    [Fact]
    public void Generated_models_keep_each_property_in_one_field_of_its_own_with_nothing_beside_them()
    {
        var models = typeof(FregJsonContext).Assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith("FregGen.Client.Tests.Freg.", StringComparison.Ordinal) == true && type.IsClass && type.GetProperty("AdditionalProperties") is not null)
            .ToList();

        Assert.True(models.Count > 50, "found " + models.Count + " models");
        foreach (var model in models)
        {
            var properties = model.GetProperties().Select(property => property.Name).ToHashSet();
            var fields = model.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
            Assert.All(fields, field => Assert.True(
                !field.IsStatic && (field.IsDefined(typeof(CompilerGeneratedAttribute)) || (field.IsPrivate && properties.Contains(char.ToUpperInvariant(field.Name[1]) + field.Name.Substring(2)))),
                model.Name + "." + field.Name + " is neither an auto-property's backing field nor the field of the property it is named after"));
            Assert.Equal(properties.Count, fields.Length);
        }

        Assert.DoesNotContain(typeof(FregJsonContext).Assembly.GetTypes().SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)),
            field => field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>));
    }
}
