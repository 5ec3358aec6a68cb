using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;

namespace FregGen.Client.Tests.Production;

/// <summary>
/// No identity number in the text of anything the client throws: 3,000 mutated bulk answers, many with the fault right
/// next to a fødselsnummer, and the ToString() of every exception (inner exceptions included) scanned.
/// </summary>
public sealed partial class ExceptionTextTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Mutations = 3000;

    [Fact]
    public async Task Mutated_bulk_answers_never_put_an_identity_number_in_an_exception()
    {
        var (body, numbers) = BulkAnswer(persons: 25);
        var random = new Random(20261201);
        var thrown = 0;
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        var systemTextJsonLeaks = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var mutated = Mutate(body, numbers, random);
            if (SystemTextJsonMessageLeaks(mutated))
            {
                systemTextJsonLeaks++;
            }

            var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(mutated))));
            try
            {
                await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = numbers }, part: [FregPart.Navn]);
            }
            catch (Exception exception)
            {
                thrown++;
                var format = Assert.IsType<FregResponseFormatException>(exception);
                // Malformed JSON stops reading at a position; values of the wrong type or format are named by their JSON
                // path and the rest of the answer is kept (PartialValue).
                Assert.True(format.BytePosition is not null || format.PartialValue is not null, "neither a position nor a partial answer: " + format.Message);
                kinds.Add(format.InnerException?.GetType().Name ?? (format.PartialValue is not null ? "PartialValue" : "none"));
                AssertNoIdentityNumber(exception, numbers, mutated);
            }
        }

        output.WriteLine($"{Mutations} mutations: {thrown} rejected as FregResponseFormatException ({string.Join(", ", kinds)} inner); System.Text.Json's own message would have quoted an identity number for {systemTextJsonLeaks}.");

        // The corpus is meaningful: System.Text.Json's own messages would have quoted identity numbers for some answers.
        Assert.True(systemTextJsonLeaks > 0, "no mutation made System.Text.Json quote an identity number; the test would prove nothing");
        Assert.True(thrown > Mutations / 2, thrown + " of " + Mutations + " mutations were rejected");
        Assert.Contains(nameof(System.Text.Json.JsonException), kinds);
    }

    [Theory]
    [InlineData("{\"oppslag\":[{\"foedselsEllerDNummer\":t12888512371\", \"folkeregisterperson\":{}}]}")]
    [InlineData("{\"oppslag\":[{\"foedselsEllerDNummer\":f12888512371 03848945640}]}")]
    [InlineData("{\"oppslag\":[{\"foedselsEllerDNummer\":n12888512371-03848945640}]}")]
    [InlineData("{\"oppslag\":[{\"foedselsEllerDNummer\":\"12888512371\",\"folkeregisterperson\":{\"navn\":[{\"fornavn\":tru 12888-512371")]
    [InlineData("{\"oppslag\":[{\"12888512371\":{\"foedselsEllerDNummer\":\"03848945640\"} ]]}")]
    public async Task An_invalid_literal_followed_by_identity_numbers_keeps_position_and_kind_only(string body)
    {
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(body))));

        var exception = await Assert.ThrowsAsync<FregResponseFormatException>(() => client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ["12888512371"] }));

        AssertNoIdentityNumber(exception, ["12888512371", "03848945640"], body);
        Assert.Matches("at byte [0-9]+", exception.Message);
        Assert.NotNull(exception.InnerException);
        Assert.DoesNotContain("12888", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_body_a_media_type_and_a_firewall_page_with_identity_numbers_stay_out_of_the_text()
    {
        var answers = new Func<HttpResponseMessage>[]
        {
            () => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("{\"feilmelding\":\"Ugyldig 12888512371 og 128885 12371\",\"feilkode\":\"12888512371\"}", Encoding.UTF8, "application/json") },
            () => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("[\"12888512371\", tru", Encoding.UTF8, "application/json") },
            () => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("Feil for 12888512371", Encoding.UTF8, "text/plain") },
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "text/x-12888512371") },
        };
        foreach (var answer in answers)
        {
            var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => answer())));

            var exception = await Assert.ThrowsAnyAsync<FregApiException>(() => client.HentSisteVersjonAvPersonAsync("12888512371"));

            AssertNoIdentityNumber(exception, ["12888512371"], string.Empty);
        }
    }

    internal static void AssertNoIdentityNumber(Exception exception, IReadOnlyCollection<string> numbers, string body)
    {
        var texts = new List<string> { exception.ToString() };
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            texts.Add(inner.Message);
            texts.AddRange(inner.Data.Values.Cast<object?>().Select(value => value?.ToString() ?? string.Empty));
        }

        if (exception is FregApiException { Error: { } error })
        {
            texts.Add(error.ToString());
        }

        foreach (var text in texts)
        {
            Assert.False(IdentityNumber().IsMatch(text), "An identity number in: " + text + "\nBody: " + body);
            foreach (var number in numbers)
            {
                Assert.DoesNotContain(number, text, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Whether System.Text.Json's own message for this body would quote an identity number.</summary>
    private static bool SystemTextJsonMessageLeaks(string body)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return false;
        }
        catch (System.Text.Json.JsonException exception)
        {
            return IdentityNumber().IsMatch(exception.Message);
        }
    }

    /// <summary>One mutation; most put the fault next to an identity number, where a parser message would quote it.</summary>
    private static string Mutate(string body, IReadOnlyList<string> numbers, Random random)
    {
        var number = numbers[random.Next(numbers.Count)];
        var at = body.IndexOf("\"" + number + "\"", StringComparison.Ordinal);
        var anywhere = random.Next(body.Length);
        return random.Next(10) switch
        {
            // The opening quote of an identity number becomes a literal's first letter: "…":t12888512371",…
            0 => body[..at] + "tfn"[random.Next(3)] + body[(at + 1)..],
            1 => body[..at] + "tru" + body[(at + 1)..],
            // The closing quote removed, or the value unquoted.
            2 => body[..(at + 12)] + body[(at + 13)..],
            3 => body[..at] + number + body[(at + 13)..],
            // A stray character or a deleted one just before or after the number.
            4 => body[..at] + RandomCharacter(random) + body[at..],
            5 => body[..(at + 13)] + RandomCharacter(random) + body[(at + 13)..],
            6 => body[..anywhere] + body[(anywhere + 1)..],
            7 => body[..anywhere] + RandomCharacter(random) + body[(anywhere + 1)..],
            8 => body[..anywhere],
            _ => body[..anywhere] + "t" + number + " " + body[anywhere..],
        };
    }

    private static char RandomCharacter(Random random) => "tfnx{}[]:,\"\\0123456789 -+.eE"[random.Next(28)];

    private static (string Body, List<string> Numbers) BulkAnswer(int persons)
    {
        var numbers = new List<string>();
        var body = new StringBuilder("{\"oppslag\":[");
        for (var i = 0; i < persons; i++)
        {
            var number = (12088500000L + i * 7919L).ToString("00000000000", CultureInfo.InvariantCulture);
            var relative = (30107600000L + i * 104729L).ToString("00000000000", CultureInfo.InvariantCulture);
            numbers.Add(number);
            numbers.Add(relative);
            body.Append(i == 0 ? string.Empty : ",")
                .Append("{\"foedselsEllerDNummer\":\"").Append(number).Append("\",\"folkeregisterperson\":{")
                .Append("\"identifikasjonsnummer\":[{\"foedselsEllerDNummer\":\"").Append(number).Append("\",\"erGjeldende\":true,\"identifikatortype\":\"foedselsnummer\"}],")
                .Append("\"navn\":[{\"fornavn\":\"Kari\",\"etternavn\":\"Nordmann\",\"erGjeldende\":true,\"gyldighetstidspunkt\":\"2020-01-01T00:00:00\"}],")
                .Append("\"familierelasjon\":[{\"relatertPerson\":\"").Append(relative).Append("\",\"relatertPersonsRolle\":\"mor\",\"erGjeldende\":false}],")
                .Append("\"bostedsadresse\":[{\"vegadresse\":{\"adressenavn\":\"Storgata\",\"adressenummer\":{\"husnummer\":\"1\"},\"postnummer\":\"0155\"},\"erGjeldende\":true,\"kilde\":null}]")
                .Append("}}");
        }

        return (body.Append("]}").ToString(), numbers);
    }

    [GeneratedRegex("(?<![0-9])[0-9]{6}[ -]?[0-9]{5}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityNumber();
}
