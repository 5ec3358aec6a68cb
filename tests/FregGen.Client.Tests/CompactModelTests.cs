using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;

namespace FregGen.Client.Tests;

/// <summary>
/// The models store date-times, numbers, dates and enum values in compact fields, and the readers reuse repeated strings:
/// every value a property can hold reads back exactly as set or sent.
/// </summary>
public sealed class CompactModelTests
{
    public static TheoryData<DateTimeOffset> DateTimes => new()
    {
        DateTimeOffset.MinValue,
        DateTimeOffset.MaxValue,
        new DateTimeOffset(1, 1, 1, 14, 0, 0, TimeSpan.FromHours(14)),
        new DateTimeOffset(9999, 12, 31, 9, 59, 59, TimeSpan.FromHours(-14)).AddTicks(9_999_999),
        new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(-570)).AddTicks(1),
        new DateTimeOffset(2020, 6, 30, 23, 59, 59, TimeSpan.FromMinutes(345)).AddTicks(1_234_567),
        new DateTimeOffset(1899, 12, 31, 23, 59, 59, TimeSpan.FromHours(1)),
    };

    [Theory]
    [MemberData(nameof(DateTimes))]
    public void A_date_time_property_keeps_every_value_to_the_tick_with_its_offset(DateTimeOffset value)
    {
        var status = new Folkeregisterpersonstatus { Gyldighetstidspunkt = value };

        Assert.Equal(value, status.Gyldighetstidspunkt);
        Assert.Equal(value.Offset, status.Gyldighetstidspunkt!.Value.Offset);
        Assert.Equal(value.Ticks, status.Gyldighetstidspunkt.Value.Ticks);
        Assert.Null(status.Ajourholdstidspunkt);
        Assert.Null(status.Opphoerstidspunkt);

        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize(status, FregJsonContext.GetTypeInfo<Folkeregisterpersonstatus>()), FregJsonContext.GetTypeInfo<Folkeregisterpersonstatus>())!;
        Assert.True(value.EqualsExact(read.Gyldighetstidspunkt!.Value));
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(1401L)]
    public void A_number_property_keeps_every_value_and_tells_zero_from_absent(long value)
    {
        var adresse = JsonSerializer.Deserialize("{\"grunnkrets\":" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"kirkekrets\":null}", FregJsonContext.GetTypeInfo<Bostedsadresse>())!;

        Assert.Equal(value, adresse.Grunnkrets);
        Assert.Null(adresse.Kirkekrets);
        Assert.Null(adresse.Skolekrets);
        adresse.Skolekrets = value;
        adresse.Grunnkrets = null;
        Assert.Equal((null, value), (adresse.Grunnkrets, adresse.Skolekrets));
        Assert.Equal("{\"skolekrets\":" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", JsonSerializer.Serialize(adresse, FregJsonContext.GetTypeInfo<Bostedsadresse>()));
    }

    [Fact]
    public void A_date_property_keeps_the_first_and_last_day_and_absence()
    {
        var foedsel = new Foedsel { Foedselsdato = DateOnly.MinValue };
        Assert.Equal(DateOnly.MinValue, foedsel.Foedselsdato);

        foedsel.Foedselsdato = DateOnly.MaxValue;
        Assert.Equal(DateOnly.MaxValue, foedsel.Foedselsdato);
        Assert.Equal("{\"foedselsdato\":\"9999-12-31\"}", JsonSerializer.Serialize(foedsel, FregJsonContext.GetTypeInfo<Foedsel>()));

        foedsel.Foedselsdato = null;
        Assert.Null(foedsel.Foedselsdato);
        Assert.Equal("{}", JsonSerializer.Serialize(foedsel, FregJsonContext.GetTypeInfo<Foedsel>()));
    }

    [Fact]
    public void An_enum_property_keeps_known_unknown_default_and_absent_values()
    {
        var status = JsonSerializer.Deserialize("{\"status\":\"bosatt\"}", FregJsonContext.GetTypeInfo<Folkeregisterpersonstatus>())!;
        Assert.Equal(Personstatus.Bosatt, status.Status);
        Assert.True(status.Status!.Value.IsKnown);
        Assert.Same(Personstatus.Bosatt.Value, status.Status.Value.Value);

        status.Status = new Personstatus("tilbakeflyttet");
        Assert.Equal(("tilbakeflyttet", false), (status.Status!.Value.Value, status.Status.Value.IsKnown));

        status.Status = default(Personstatus);
        Assert.Equal(default(Personstatus), status.Status);

        status.Status = null;
        Assert.Null(status.Status);
        Assert.Equal("{}", JsonSerializer.Serialize(status, FregJsonContext.GetTypeInfo<Folkeregisterpersonstatus>()));
    }

    [Fact]
    public void Lists_of_none_one_and_many_entries_read_every_entry_and_a_bad_value_inside_a_list_costs_only_that_value()
    {
        var entries = string.Join(",", Enumerable.Range(0, 9).Select(i => "{\"grunnkrets\":" + (i == 4 ? "\"fire\"" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + ",\"gyldighetstidspunkt\":\"20" + (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01-02T03:04:05+01:00\",\"adressegradering\":\"ugradert\"}"));
        var json = Encoding.UTF8.GetBytes("{\"status\":[],\"navn\":[{\"fornavn\":\"Kari\"}],\"bostedsadresse\":[" + entries + "]}");

        Folkeregisterperson person;
        using (var problems = FregJsonProblems.Collect())
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            person = FolkeregisterpersonJsonConverter.ReadValue(ref reader)!;
            Assert.Equal(1, problems.Count);
            Assert.Equal("1 value has the wrong type or format: $.bostedsadresse[4].grunnkrets (expected a 64-bit integer)", problems.Describe(json));
        }

        Assert.Empty(person.Status!);
        Assert.Equal("Kari", Assert.Single(person.Navn!).Fornavn);
        Assert.Equal(9, person.Bostedsadresse!.Count);
        Assert.Equal(new long?[] { 0, 1, 2, 3, null, 5, 6, 7, 8 }, person.Bostedsadresse.Select(adresse => adresse.Grunnkrets));
        Assert.Equal(Enumerable.Range(2010, 9), person.Bostedsadresse.Select(adresse => adresse.Gyldighetstidspunkt!.Value.Year));
        Assert.All(person.Bostedsadresse, adresse => Assert.Equal(Adressegradering.Ugradert, adresse.Adressegradering));
    }

    [Fact]
    public void Repeated_short_values_are_one_string_and_every_value_reads_as_sent_however_many_there_are()
    {
        var values = Enumerable.Range(0, 20_000).Select(i => "V" + i.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        values.AddRange(new[] { "Ærøskøbing", "Tromsø", "Å", "x", new string('y', 32), new string('z', 33), "Blåbærstien 17 æøå ÆØÅ" });
        // Every value of one to seven letters a and b: short values that share their ends (and so their hash) must still differ.
        values.AddRange(Enumerable.Range(1, 7).SelectMany(length => Enumerable.Range(0, 1 << length)
            .Select(bits => new string(Enumerable.Range(0, length).Select(i => (bits >> i & 1) == 0 ? 'a' : 'b').ToArray()))));
        // Values of 9 to 32 bytes that differ only in the middle: up to 16 bytes a value is its own key in the table, beyond that only its ends are.
        values.AddRange(Enumerable.Range(9, 24).SelectMany(length => new[] { 'm', 'x', 'ø' }
            .Select(middle => new string('m', length / 2) + middle + new string('m', length - (length / 2) - 1))));

        var read = values.Select(value => FregStringCache.Get(Encoding.UTF8.GetBytes(value))).ToList();
        var again = values.Select(value => FregStringCache.Get(Encoding.UTF8.GetBytes(value))).ToList();

        Assert.Equal(values, read);
        Assert.Equal(values, again);
        Assert.Same(FregStringCache.Get("Ærøskøbing"u8), FregStringCache.Get("Ærøskøbing"u8));
        Assert.Same(FregStringCache.Get("KILDE_DSF"u8), FregStringCache.Get("KILDE_DSF"u8));
        Assert.NotEqual(FregStringCache.Get("Tromsø"u8), FregStringCache.Get("Tromso"u8));
        Assert.Same(string.Empty, FregStringCache.Get(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Values_seen_once_do_not_push_out_one_that_repeats()
    {
        var kilde = FregStringCache.Get("KILDE_SKD"u8);
        for (var i = 0; i < 20_000; i++)
        {
            FregStringCache.Get(Encoding.UTF8.GetBytes("7" + i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture)));
            if (i % 100 == 0)
            {
                Assert.Same(kilde, FregStringCache.Get("KILDE_SKD"u8));
            }
        }
    }

    [Fact]
    public void Identity_numbers_are_read_as_sent_and_never_kept_in_the_table()
    {
        var first = FregStringCache.Get("01017012345"u8);
        var second = FregStringCache.Get("01017012345"u8);

        Assert.Equal("01017012345", first);
        Assert.Equal(first, second);
        Assert.NotSame(first, second);
        Assert.Same(FregStringCache.Get("0101701234"u8), FregStringCache.Get("0101701234"u8));
        Assert.Same(FregStringCache.Get("0101701234a"u8), FregStringCache.Get("0101701234a"u8));
    }

    [Fact]
    public void Identity_numbers_repeated_within_one_answer_share_a_string_that_is_forgotten_when_the_answer_is_read()
    {
        string first;
        string again;
        default(FregAnswerScope).Dispose();
        using (FregStringCache.BeginAnswer())
        {
            first = FregStringCache.Get("01017012345"u8);
            again = FregStringCache.Get("01017012345"u8);
            Assert.Same(first, again);
            Assert.Contains(AnswerTable(), entry => ReferenceEquals(entry, first));
        }

        Assert.All(AnswerTable(), entry => Assert.Null(entry));
        using (FregStringCache.BeginAnswer())
        {
            var nextAnswer = FregStringCache.Get("01017012345"u8);
            Assert.Equal(first, nextAnswer);
            Assert.NotSame(first, nextAnswer);
        }

        Assert.NotSame(first, FregStringCache.Get("01017012345"u8));
    }

    /// <summary>The strings in the answer's table (its places hold a key and a string).</summary>
    private static string?[] AnswerTable()
    {
        var table = (Array?)typeof(FregStringCache).GetField("_answerEntries", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null);
        if (table is null)
        {
            return Array.Empty<string?>();
        }

        var value = table.GetType().GetElementType()!.GetProperty("Value")!;
        return table.Cast<object>().Select(entry => (string?)value.GetValue(entry)).ToArray();
    }

    [Fact]
    public void Names_and_places_repeated_across_a_bulk_answer_share_their_strings()
    {
        var oppslag = string.Join(",", Enumerable.Range(0, 50).Select(i => "{\"foedselsEllerDNummer\":\"" + (10000000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "\",\"folkeregisterperson\":{\"navn\":[{\"fornavn\":\"Åse\",\"kilde\":\"KILDE_DSF\"}]}}"));
        var response = JsonSerializer.Deserialize("{\"oppslag\":[" + oppslag + "]}", FregJsonContext.GetTypeInfo<PersonBulkoppslagResponse>())!;

        var navn = response.Oppslag!.Select(entry => entry.Folkeregisterperson!.Navn![0]).ToList();
        Assert.All(navn, entry => Assert.Same(navn[0].Fornavn, entry.Fornavn));
        Assert.All(navn, entry => Assert.Same(navn[0].Kilde, entry.Kilde));
        Assert.Equal(50, response.Oppslag!.Select(entry => entry.FoedselsEllerDNummer).Distinct().Count());
    }

    [Fact]
    public void One_unknown_property_and_several_are_kept_and_written_back()
    {
        var one = JsonSerializer.Deserialize("{\"fornavn\":\"Kari\",\"endringsinformasjon\":{\"kilde\":\"Skatteetaten\",\"versjon\":2}}", FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())!;
        Assert.Equal("{\"fornavn\":\"Kari\",\"endringsinformasjon\":{\"kilde\":\"Skatteetaten\",\"versjon\":2}}", JsonSerializer.Serialize(one, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>()));
        Assert.True(one.AdditionalProperties!.TryGetValue("endringsinformasjon", out var endring));
        Assert.Equal(2, endring.GetProperty("versjon").GetInt32());
        Assert.Single(one.AdditionalProperties);

        var several = JsonSerializer.Deserialize("{\"a\":1,\"fornavn\":\"Kari\",\"b\":[2],\"c\":\"3\"}", FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())!;
        Assert.Equal("{\"fornavn\":\"Kari\",\"a\":1,\"b\":[2],\"c\":\"3\"}", JsonSerializer.Serialize(several, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>()));
        Assert.Equal(new[] { "a", "b", "c" }, several.AdditionalProperties!.Keys.OrderBy(key => key, StringComparer.Ordinal));
        several.AdditionalProperties.Remove("a");
        Assert.Equal("{\"fornavn\":\"Kari\",\"b\":[2],\"c\":\"3\"}", JsonSerializer.Serialize(several, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>()));
    }

    [Fact]
    public void Models_can_be_given_their_own_unknown_properties()
    {
        var navn = new Folkeregisterpersonnavn { Fornavn = "Kari", AdditionalProperties = new Dictionary<string, JsonElement> { ["nytt"] = JsonSerializer.SerializeToElement(true) } };

        Assert.Equal("{\"fornavn\":\"Kari\",\"nytt\":true}", JsonSerializer.Serialize(navn, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>()));
    }
}
