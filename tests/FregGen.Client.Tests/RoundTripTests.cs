using System;
using System.Linq;
using System.Text.Json;
using FregGen.Client.Tests.Freg;
using LagretHendelseMedDokumentIdentifikatorer = FregGen.Client.Tests.Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer;
using LagretHendelseMedDokumentIdentifikatorerJsonConverter = FregGen.Client.Tests.Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorerJsonConverter;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;

namespace FregGen.Client.Tests;

/// <summary>The generated converters read realistic Freg bodies and write them back without losing anything.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Person_round_trips_with_unknown_properties_and_an_unknown_enum_value()
    {
        var json = Payload.Read("person");

        var person = JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<Folkeregisterperson>())!;
        var written = JsonSerializer.Serialize(person, FregJsonContext.GetTypeInfo<Folkeregisterperson>());

        JsonEquivalence.AssertEquivalent(json, written);
        var navn = person.Navn!.Single(n => n.ErGjeldende == true);
        Assert.Equal(("Kari", "Sofie", "Nordmann"), (navn.Fornavn, navn.Mellomnavn, navn.Etternavn));
        Assert.Equal(new DateOnly(1985, 8, 12), person.Foedsel![0].Foedselsdato);
        Assert.Equal(new DateTimeOffset(2017, 4, 5, 10, 11, 12, 345, TimeSpan.FromHours(2)), person.Identifikasjonsnummer![0].Ajourholdstidspunkt);
        Assert.Equal(Personstatus.Bosatt, person.Status![0].Status);
        Assert.True(person.Status[0].Status!.Value.IsKnown);
        var adresse = person.Bostedsadresse!.Single(a => a.ErGjeldende == true);
        Assert.Equal(("Storgata", "14", "B", "0184"), (adresse.Vegadresse!.Adressenavn, adresse.Vegadresse.Adressenummer!.Husnummer, adresse.Vegadresse.Adressenummer.Husbokstav, adresse.Vegadresse.Poststed!.Postnummer));
        Assert.Equal(Adressegradering.Ugradert, adresse.Adressegradering);
        Assert.Equal(1401L, adresse.Grunnkrets);
        Assert.Equal(12L, person.Bostedsadresse!.Single(a => a.ErGjeldende == false).Matrikkeladresse!.Matrikkelnummer!.Gaardsnummer);
        Assert.Null(person.Doedsfall!.Doedsdato);
    }

    [Fact]
    public void An_enum_value_Freg_adds_later_is_kept_as_is()
    {
        var person = JsonSerializer.Deserialize(Payload.Read("person"), FregJsonContext.GetTypeInfo<Folkeregisterperson>())!;

        var status = person.Identitetsgrunnlag![0].Identitetsgrunnlagstatus!.Value;
        Assert.False(status.IsKnown);
        Assert.Equal("unik", status.Value);
        Assert.NotEqual(Identitetsgrunnlagstatus.Kontrollert, status);
        Assert.Equal(new Identitetsgrunnlagstatus("unik"), status);
    }

    [Fact]
    public void Unknown_properties_are_kept_in_AdditionalProperties()
    {
        var person = JsonSerializer.Deserialize(Payload.Read("person"), FregJsonContext.GetTypeInfo<Folkeregisterperson>())!;

        var extra = Assert.Single(person.AdditionalProperties!);
        Assert.Equal("nyttFeltFraFreg2027", extra.Key);
        Assert.Equal(3, extra.Value.GetProperty("liste").GetArrayLength());
    }

    [Fact]
    public void Bulk_lookup_response_round_trips_with_per_person_errors()
    {
        var json = Payload.Read("bulk");

        var response = JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<PersonBulkoppslagResponse>())!;

        JsonEquivalence.AssertEquivalent(json, JsonSerializer.Serialize(response, FregJsonContext.GetTypeInfo<PersonBulkoppslagResponse>()));
        Assert.Equal(3, response.Oppslag!.Count);
        Assert.Equal("Ola", response.Oppslag[1].Folkeregisterperson!.Navn![0].Fornavn);
        Assert.Null(response.Oppslag[2].Folkeregisterperson);
        Assert.NotNull(response.Oppslag[2].Feilmelding!.FeilmeldingVerdi);
    }

    [Fact]
    public void Feed_page_round_trips_and_tolerates_gaps_and_new_fields()
    {
        var json = Payload.Read("feed");

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        var entries = FregJsonRead.List(ref reader, LagretHendelseMedDokumentIdentifikatorerJsonConverter.ReadValue)!;
        Assert.Equal(new long?[] { 1000, 1001, 1003 }, entries.Select(e => e.Sekvensnummer));
        Assert.Equal("personErOppdatert", entries[2].Hendelse!.Hendelsetype);
        Assert.Null(entries[2].Hendelse!.Hendelsesdokument);
        Assert.True(entries[2].Hendelse!.AdditionalProperties!.ContainsKey("nyttFelt"));
        var written = JsonSerializer.Serialize(entries.Select(e => JsonSerializer.SerializeToElement(e, FregJsonContext.GetTypeInfo<LagretHendelseMedDokumentIdentifikatorer>())).ToList());
        JsonEquivalence.AssertEquivalent(json, written);
    }

    [Fact]
    public void Search_response_round_trips()
    {
        var json = Payload.Read("search");

        var response = JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<PersonsoekResponse>())!;

        Assert.Equal(4, response.FoedselsEllerDNummer!.Count);
        JsonEquivalence.AssertEquivalent(json, JsonSerializer.Serialize(response, FregJsonContext.GetTypeInfo<PersonsoekResponse>()));
    }

    [Fact]
    public void Models_also_work_with_reflection_based_JsonSerializer_through_their_converter_attribute()
    {
        var json = Payload.Read("bulk");

        var response = JsonSerializer.Deserialize<PersonBulkoppslagResponse>(json)!;

        JsonEquivalence.AssertEquivalent(json, JsonSerializer.Serialize(response));
    }

    [Theory]
    [InlineData("{\"navn\": \"not an array\"}")]
    [InlineData("{\"foedsel\": [ { \"foedselsdato\": \"12.08.1985\" } ]}")]
    [InlineData("{\"status\": [ { \"status\": 17 } ]}")]
    [InlineData("[1, 2]")]
    public void Malformed_bodies_give_a_JsonException_that_does_not_quote_values(string json)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<Folkeregisterperson>()));

        Assert.DoesNotContain("12.08.1985", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not an array", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_time_without_offset_is_read_as_UTC()
    {
        var person = JsonSerializer.Deserialize("{\"navn\":[{\"gyldighetstidspunkt\":\"2020-01-02T03:04:05\"}]}", FregJsonContext.GetTypeInfo<Folkeregisterperson>())!;

        Assert.Equal(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero), person.Navn![0].Gyldighetstidspunkt);
    }

    [Fact]
    public void Escaped_property_names_and_values_are_read()
    {
        var person = JsonSerializer.Deserialize("{\"n\\u0061vn\":[{\"fornavn\":\"\\u00c5se\"}],\"status\":[{\"status\":\"b\\u006fsatt\"}]}", FregJsonContext.GetTypeInfo<Folkeregisterperson>())!;

        Assert.Equal("Åse", person.Navn![0].Fornavn);
        Assert.Equal(Personstatus.Bosatt, person.Status![0].Status);
    }

    [Theory]
    [InlineData("2020-01-02T03:04:05+00:00")]
    [InlineData("2020-07-02T03:04:05.1234567+02:00")]
    [InlineData("1899-12-31T23:59:59+01:00")]
    [InlineData("2020-01-02T03:04:05+05:30")]
    [InlineData("2020-01-02T03:04:05-03:00")]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00")]
    public void Timestamps_keep_their_instant_and_offset(string timestamp)
    {
        var json = "{\"ajourholdstidspunkt\":\"" + timestamp + "\",\"gyldighetstidspunkt\":\"2021-03-04T05:06:07+01:00\"}";
        var expected = DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture);

        var navn = JsonSerializer.Deserialize(json, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>())!;

        Assert.Equal(expected, navn.Ajourholdstidspunkt);
        Assert.Equal(expected.Offset, navn.Ajourholdstidspunkt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromHours(1)), navn.Gyldighetstidspunkt);
        Assert.Null(navn.Opphoerstidspunkt);
        Assert.Contains("\"ajourholdstidspunkt\":\"" + timestamp + "\"", JsonSerializer.Serialize(navn, FregJsonContext.GetTypeInfo<Folkeregisterpersonnavn>()), StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamp_properties_can_be_replaced_and_cleared()
    {
        var navn = new Folkeregisterpersonnavn();
        var india = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(330));
        var oslo = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(1));

        navn.Ajourholdstidspunkt = india;
        navn.Opphoerstidspunkt = india.AddDays(1);
        Assert.Equal((india, TimeSpan.FromMinutes(330)), (navn.Ajourholdstidspunkt, navn.Ajourholdstidspunkt!.Value.Offset));
        Assert.Equal(india.AddDays(1), navn.Opphoerstidspunkt);

        navn.Ajourholdstidspunkt = oslo;
        Assert.Equal((oslo, TimeSpan.FromHours(1)), (navn.Ajourholdstidspunkt, navn.Ajourholdstidspunkt!.Value.Offset));
        Assert.Equal(india.AddDays(1), navn.Opphoerstidspunkt);

        navn.Opphoerstidspunkt = null;
        Assert.Null(navn.Opphoerstidspunkt);
        Assert.Null(navn.Gyldighetstidspunkt);
    }

    [Fact]
    public void One_item_lists_behave_as_read_only_lists()
    {
        var person = JsonSerializer.Deserialize("{\"navn\":[{\"fornavn\":\"Kari\"}],\"status\":[]}", FregJsonContext.GetTypeInfo<Folkeregisterperson>())!;

        var navn = person.Navn!;
        Assert.Single(navn);
        Assert.Equal("Kari", navn[0].Fornavn);
        Assert.Throws<ArgumentOutOfRangeException>(() => navn[1]);
        Assert.Equal(new[] { "Kari" }, navn.Select(n => n.Fornavn).ToArray());
        Assert.Same(navn[0], navn.Single());
        Assert.Same(navn[0], navn.ToList()[0]);
        var list = Assert.IsAssignableFrom<System.Collections.Generic.IList<Folkeregisterpersonnavn>>(navn);
        Assert.True(list.IsReadOnly);
        Assert.Equal(0, list.IndexOf(navn[0]));
        Assert.Throws<NotSupportedException>(() => list.Add(new Folkeregisterpersonnavn()));
        Assert.Empty(person.Status!);
    }
}
