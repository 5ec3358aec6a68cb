using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;
using DokumentForHendelse = FregGen.Client.Tests.Freg.Hendelse.DokumentForHendelse;
using LagretHendelse = FregGen.Client.Tests.Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer;
using UttrekkDataResponse = FregGen.Client.Tests.Freg.Uttrekk.UttrekkDataResponse;

namespace FregGen.Client.Tests;

/// <summary>Real Freg answers published in public repositories (restated, see RealAnswers/SOURCES.md) are read without loss, date-times to 100 ns.</summary>
public sealed class RealAnswerTests
{
    private static readonly Dictionary<string, Type> Answers = new(StringComparer.Ordinal)
    {
        ["skatteetaten-oppslag-person"] = typeof(Folkeregisterperson),
        ["skatteetaten-oppslag-part-status"] = typeof(Folkeregisterperson),
        ["skatteetaten-bulkoppslag-part-status"] = typeof(PersonBulkoppslagResponse),
        ["skatteetaten-entydigsoek-part-navn"] = typeof(Folkeregisterperson),
        ["skatteetaten-feed-2017"] = typeof(List<LagretHendelse>),
        ["skatteetaten-feed"] = typeof(List<LagretHendelse>),
        ["skatteetaten-hendelse-registrere-ny"] = typeof(DokumentForHendelse),
        ["skatteetaten-hendelse-korrigere"] = typeof(DokumentForHendelse),
        ["skatteetaten-hendelse-annullere"] = typeof(DokumentForHendelse),
        ["skatteetaten-hendelse-korrigere-historisk"] = typeof(DokumentForHendelse),
        ["uttrekk-siste-batch"] = typeof(UttrekkDataResponse),
        ["dan-plugin-person"] = typeof(Folkeregisterperson),
        ["dan-plugin-relasjon-utvidet"] = typeof(Folkeregisterperson),
        ["dan-plugin-uten-hjemmel"] = typeof(Folkeregisterperson),
        ["ks-fiks-bostedsadresse"] = typeof(Folkeregisterperson),
        ["bulkoppslag-haandredigert-dato"] = typeof(PersonBulkoppslagResponse),
    };

    public static TheoryData<string> Names => new(Answers.Keys);

    [Fact]
    public void Every_kept_answer_is_listed()
    {
        var kept = typeof(RealAnswerTests).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("RealAnswers.", StringComparison.Ordinal))
            .Select(name => Path.GetFileNameWithoutExtension(name.Substring("RealAnswers.".Length)));

        Assert.Equal(Answers.Keys.OrderBy(k => k, StringComparer.Ordinal), kept.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(16, Answers.Count);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_answer_is_read_and_written_back_without_loss_and_date_times_keep_100_ns(string name)
    {
        var json = Read(name);
        var typeInfo = FregJsonContext.Options.GetTypeInfo(Answers[name]);

        var value = JsonSerializer.Deserialize(json, typeInfo);
        var written = JsonSerializer.Serialize(value, typeInfo);

        Assert.NotNull(value);
        // The one hand-edited date is read as the date it means and written in the spec's form.
        JsonEquivalence.AssertEquivalent(json.Replace("\"1956-8-19\"", "\"1956-08-19\"", StringComparison.Ordinal), written);
        AssertDateTimesExact(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(written).RootElement, "$");
    }

    [Fact]
    public void The_2017_feed_example_keeps_what_the_spec_no_longer_has()
    {
        var feed = JsonSerializer.Deserialize(Read("skatteetaten-feed-2017"), FregJsonContext.GetTypeInfo<List<LagretHendelse>>())!;

        Assert.Equal(new long?[] { 1, 2 }, feed.Select(entry => entry.Sekvensnummer));
        Assert.Equal("1.0", feed[0].AdditionalProperties!["skjemaversjon"].GetString());
        Assert.Equal("personErOpprettet", feed[1].Hendelse!.AdditionalProperties!["registeroppdatering"].GetString());
        Assert.Equal(new DateTimeOffset(2017, 5, 2, 13, 44, 18, 511, TimeSpan.FromHours(2)), feed[1].Hendelse!.Ajourholdstidspunkt);
    }

    [Fact]
    public void The_hand_edited_date_is_read_in_a_bulk_answer_of_several_persons()
    {
        var answer = JsonSerializer.Deserialize(Read("bulkoppslag-haandredigert-dato"), FregJsonContext.GetTypeInfo<PersonBulkoppslagResponse>())!;

        Assert.Equal(new DateOnly(1956, 8, 19), answer.Oppslag![0].Folkeregisterperson!.Foedsel![0].Foedselsdato);
        Assert.Equal(new DateOnly(1981, 4, 3), answer.Oppslag[1].Folkeregisterperson!.Foedsel![0].Foedselsdato);
        Assert.Null(answer.Oppslag[2].Folkeregisterperson);
    }

    [Fact]
    public void Date_times_with_one_to_seven_fraction_digits_keep_their_ticks_and_offset()
    {
        var person = JsonSerializer.Deserialize(Read("dan-plugin-person"), FregJsonContext.GetTypeInfo<Folkeregisterperson>())!;

        Assert.Equal(new DateTimeOffset(2021, 1, 8, 11, 27, 14, 600, TimeSpan.Zero), person.Identifikasjonsnummer![0].Ajourholdstidspunkt);
        Assert.Equal(new DateTimeOffset(1966, 9, 7, 13, 52, 7, TimeSpan.Zero).AddTicks(4155980), person.Foedsel![0].Gyldighetstidspunkt);
        var statsborgerskap = person.Statsborgerskap![0];
        Assert.Equal(new DateTimeOffset(2022, 4, 19, 14, 52, 7, TimeSpan.FromHours(1)).AddTicks(6312080), statsborgerskap.Ajourholdstidspunkt);
        Assert.Equal(TimeSpan.FromHours(1), statsborgerskap.Ajourholdstidspunkt!.Value.Offset);
        Assert.Equal("FÃ¸dsel", statsborgerskap.Aarsak);
    }

    private static void AssertDateTimesExact(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(property.Name, out var written))
                    {
                        AssertDateTimesExact(property.Value, written, path + "." + property.Name);
                    }
                }

                break;
            case JsonValueKind.Array:
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertDateTimesExact(expected[i], actual[i], path + "[" + i + "]");
                }

                break;
            case JsonValueKind.String when IsDateTime(expected.GetString()!, out var sent):
                Assert.True(IsDateTime(actual.GetString()!, out var read), path + " was not written as a date-time");
                Assert.True(sent.UtcTicks == read.UtcTicks && sent.Offset == read.Offset, path + ": " + sent.ToString("O", CultureInfo.InvariantCulture) + " != " + read.ToString("O", CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>An ISO 8601 date-time; one without an offset is UTC, as the models read it.</summary>
    private static bool IsDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

    private static string Read(string name)
    {
        using var stream = typeof(RealAnswerTests).Assembly.GetManifestResourceStream("RealAnswers." + name + ".json")
            ?? throw new FileNotFoundException("No real answer " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
