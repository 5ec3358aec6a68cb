using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using FregGen.Runtime.Identity;

namespace FregGen.Runtime.Tests.Identity;

public sealed class FoedselsEllerDNummerJsonConverterTests
{
    [Fact]
    public void Numbers_round_trip_as_digit_strings()
    {
        var request = new BulkLookup([FoedselsEllerDNummer.Parse("30108299939"), FoedselsEllerDNummer.Parse("41819077906")]);

        var json = JsonSerializer.Serialize(request);
        var back = JsonSerializer.Deserialize<BulkLookup>(json)!;

        Assert.Equal("{\"foedselsEllerDNummer\":[\"30108299939\",\"41819077906\"]}", json);
        Assert.Equal(request.Numbers, back.Numbers);
        Assert.True(back.Numbers[1].IsSynthetic);
    }

    [Fact]
    public void Invalid_numbers_give_a_json_exception_without_the_value()
    {
        const string json = "{\"foedselsEllerDNummer\":[\"20036914712\"]}";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BulkLookup>(json));

        Assert.DoesNotContain("20036914712", exception.Message, StringComparison.Ordinal);
        Assert.Contains("control digit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_string_token_is_rejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FoedselsEllerDNummer>("30108299939"));
    }

    [Fact]
    public void Numbers_work_as_dictionary_keys()
    {
        var byNumber = new Dictionary<FoedselsEllerDNummer, int> { [FoedselsEllerDNummer.Parse("20036914700")] = 7 };

        var json = JsonSerializer.Serialize(byNumber);
        var back = JsonSerializer.Deserialize<Dictionary<FoedselsEllerDNummer, int>>(json)!;

        Assert.Equal("{\"20036914700\":7}", json);
        Assert.Equal(7, back[FoedselsEllerDNummer.Parse("20036914700")]);
    }

    [Fact]
    public void A_converter_with_the_reject_policy_refuses_synthetic_numbers()
    {
        var options = new JsonSerializerOptions { Converters = { new FoedselsEllerDNummerJsonConverter(SyntheticNumberPolicy.Reject) } };

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FoedselsEllerDNummer>("\"30908299902\"", options));
        Assert.Equal("30108299939", JsonSerializer.Deserialize<FoedselsEllerDNummer>("\"30108299939\"", options).Value);
    }

    [Fact]
    public void Nullable_numbers_read_null()
    {
        Assert.Null(JsonSerializer.Deserialize<FoedselsEllerDNummer?>("null"));
    }

    private sealed record BulkLookup(
        [property: JsonPropertyName("foedselsEllerDNummer")] IReadOnlyList<FoedselsEllerDNummer> Numbers);
}
