using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using LagretHendelseMedDokumentIdentifikatorer = FregGen.Client.Tests.Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;

namespace FregGen.Client.Tests;

/// <summary>Real answers are read where their meaning is clear; where it is not, one bad value costs that value, named by its position.</summary>
public sealed class LenientReadingTests
{
    private const string First = "12888512371";
    private const string Second = "03848945640";
    private const string Third = "01817011191";

    [Theory]
    [InlineData("1956-8-19", 19)]
    [InlineData("1956-08-9", 9)]
    [InlineData(" 1956-08-19 ", 19)]
    [InlineData("1956-08-19", 19)]
    [InlineData("1956-08-19T00:00:00+01:00", 19)]
    public void A_hand_edited_date_whose_meaning_is_clear_is_read(string date, int day)
    {
        var foedsel = JsonSerializer.Deserialize("{\"foedselsdato\":\"" + date + "\"}", FregJsonContext.GetTypeInfo<Foedsel>())!;

        Assert.Equal(new DateOnly(1956, 8, day), foedsel.Foedselsdato);
    }

    [Theory]
    [InlineData("19.08.1956")]
    [InlineData("08/19/1956")]
    [InlineData("1956-2-30")]
    [InlineData("56-8-19")]
    [InlineData("1956-008-19")]
    public void A_date_whose_meaning_is_not_clear_is_refused_without_quoting_it(string date)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\"foedselsdato\":\"" + date + "\"}", FregJsonContext.GetTypeInfo<Foedsel>()));

        Assert.DoesNotContain(date, exception.Message, StringComparison.Ordinal);
        Assert.Contains("a date (yyyy-MM-dd)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("2020-06-01T12:00:00+14:30")]
    [InlineData("2020-06-01T12:00:00.5-15:00")]
    public void A_date_time_outside_what_DateTimeOffset_holds_is_invalid_not_an_exception_of_another_kind(string dateTime)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\"ajourholdstidspunkt\":\"" + dateTime + "\"}", FregJsonContext.GetTypeInfo<Foedsel>()));

        Assert.Contains("a date-time (ISO 8601)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", 1, 0)]
    [InlineData("9999-12-31T23:59:59+00:00", 9999, 0)]
    [InlineData("0001-01-01T01:00:00+01:00", 1, 60)]
    [InlineData("2020-06-01T12:00:00+14:00", 2020, 840)]
    [InlineData("2020-06-01T12:00:00.1234567-14:00", 2020, -840)]
    public void A_date_time_at_the_edge_of_what_DateTimeOffset_holds_is_read(string dateTime, int year, int offsetMinutes)
    {
        var foedsel = JsonSerializer.Deserialize("{\"ajourholdstidspunkt\":\"" + dateTime + "\"}", FregJsonContext.GetTypeInfo<Foedsel>())!;

        Assert.Equal(year, foedsel.Ajourholdstidspunkt!.Value.Year);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), foedsel.Ajourholdstidspunkt.Value.Offset);
    }

    [Fact]
    public async Task One_bad_value_in_a_bulk_answer_names_its_entry_and_leaves_the_rest_readable()
    {
        var json = BulkAnswer(("1956-8-19", "bosatt"), ("19.08.1956", "bosatt"), ("1960-01-02", "utflyttet"));
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(json))));

        var exception = await Assert.ThrowsAsync<FregResponseFormatException>(() => client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = [First, Second, Third] }));

        Assert.Contains("1 value has the wrong type or format: $.oppslag[1].folkeregisterperson.foedsel[0].foedselsdato (expected a date (yyyy-MM-dd))", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("19.08.1956", exception.ToString(), StringComparison.Ordinal);
        Assert.All(new[] { First, Second, Third }, id => Assert.DoesNotContain(id, exception.ToString(), StringComparison.Ordinal));
        var partial = Assert.IsType<PersonBulkoppslagResponse>(exception.PartialValue);
        Assert.Equal(3, partial.Oppslag!.Count);
        Assert.Equal(new DateOnly(1956, 8, 19), partial.Oppslag[0].Folkeregisterperson!.Foedsel![0].Foedselsdato);
        Assert.Null(partial.Oppslag[1].Folkeregisterperson!.Foedsel![0].Foedselsdato);
        Assert.Equal("Ola", partial.Oppslag[1].Folkeregisterperson!.Navn![0].Fornavn);
        Assert.Equal(Personstatus.Utflyttet, partial.Oppslag[2].Folkeregisterperson!.Status![0].Status);
    }

    [Fact]
    public async Task Values_of_the_wrong_type_are_each_named_and_values_of_another_shape_are_kept()
    {
        var json = """
            {"oppslag":[
              {"foedselsEllerDNummer":"12888512371","folkeregisterperson":{"navn":{"fornavn":"Kari"},"status":[{"status":["bosatt"]}]}},
              {"foedselsEllerDNummer":"03848945640","folkeregisterperson":{"bostedsadresse":[{"grunnkrets":"fire","vegadresse":"Storgata 1","erGjeldende":"ja"}],"navn":[{"fornavn":"Ola"}]}}
            ]}
            """;
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(json))));

        var exception = await Assert.ThrowsAsync<FregResponseFormatException>(() => client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = [First, Second] }));

        Assert.StartsWith("Freg's answer to hentPersoner could not be read: 3 values have the wrong type or format: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.oppslag[0].folkeregisterperson.status[0].status (expected a Personstatus value)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.oppslag[1].folkeregisterperson.bostedsadresse[0].grunnkrets (expected a 64-bit integer)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.oppslag[1].folkeregisterperson.bostedsadresse[0].erGjeldende (expected true or false)", exception.Message, StringComparison.Ordinal);
        var partial = Assert.IsType<PersonBulkoppslagResponse>(exception.PartialValue);
        Assert.Equal("Kari", Assert.Single(partial.Oppslag![0].Folkeregisterperson!.Navn!).Fornavn);
        Assert.Equal("Ola", partial.Oppslag[1].Folkeregisterperson!.Navn![0].Fornavn);
        var adresse = partial.Oppslag[1].Folkeregisterperson!.Bostedsadresse![0];
        Assert.Null(adresse.Vegadresse);
        Assert.Equal("Storgata 1", adresse.AdditionalProperties!["vegadresse"].GetString());
    }

    [Fact]
    public void A_stored_feed_page_reads_as_a_list_of_entries_in_every_collection_shape()
    {
        var json = Payload.Read("feed");

        var list = JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<List<LagretHendelseMedDokumentIdentifikatorer>>())!;
        var readOnly = JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<IReadOnlyList<LagretHendelseMedDokumentIdentifikatorer>>())!;
        var array = JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<LagretHendelseMedDokumentIdentifikatorer[]>())!;
        var enumerable = JsonSerializer.Deserialize(json, FregJsonContext.Options.GetTypeInfo(typeof(IEnumerable<LagretHendelseMedDokumentIdentifikatorer>)));

        Assert.Equal(new long?[] { 1000, 1001, 1003 }, list.Select(entry => entry.Sekvensnummer));
        Assert.Equal(list.Select(entry => entry.Sekvensnummer), readOnly.Select(entry => entry.Sekvensnummer));
        Assert.Equal(list.Select(entry => entry.Sekvensnummer), array.Select(entry => entry.Sekvensnummer));
        Assert.Equal(3, ((IEnumerable<LagretHendelseMedDokumentIdentifikatorer>)enumerable!).Count());
        JsonEquivalence.AssertEquivalent(json, JsonSerializer.Serialize(list, FregJsonContext.GetTypeInfo<List<LagretHendelseMedDokumentIdentifikatorer>>()));
        Assert.Null(FregJsonContext.Default.GetTypeInfo(typeof(List<string>), FregJsonContext.Options));
    }

    private static string BulkAnswer(params (string Foedselsdato, string Status)[] persons)
        => "{\"oppslag\":[" + string.Join(",", persons.Select((person, i) =>
            "{\"foedselsEllerDNummer\":\"" + new[] { First, Second, Third }[i] + "\",\"folkeregisterperson\":{\"navn\":[{\"fornavn\":\"" + new[] { "Kari", "Ola", "Per" }[i] + "\"}],"
            + "\"foedsel\":[{\"foedselsdato\":\"" + person.Foedselsdato + "\",\"erGjeldende\":true}],\"status\":[{\"status\":\"" + person.Status + "\"}]}}")) + "]}";
}
