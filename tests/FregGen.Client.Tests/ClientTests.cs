using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;

namespace FregGen.Client.Tests;

/// <summary>The generated client's requests, answers, typed errors and limits, against a scripted HTTP handler.</summary>
public sealed class ClientTests
{
    private const string Fnr = "12888512371";

    [Fact]
    public async Task Lookup_sends_the_path_escaped_the_parts_once_each_and_accepts_json()
    {
        var handler = new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person")));
        var client = new FregClient(ScriptedHandler.Client(handler));

        var person = await client.HentSisteVersjonAvPersonAsync(Fnr, part: [FregPart.Navn, FregPart.Bostedsadresse, "navn", FregPart.Historikk]);

        Assert.Equal("Kari", person.Navn![0].Fornavn);
        var (request, _) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://freg.test/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/" + Fnr + "?part=navn&part=bostedsadresse&part=historikk", request.RequestUri!.AbsoluteUri);
        Assert.Equal("application/json", request.Headers.Accept.Single().MediaType);
    }

    [Fact]
    public async Task A_path_value_is_escaped()
    {
        var handler = new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person")));
        var client = new FregClient(ScriptedHandler.Client(handler));

        await client.HentArkivpersonAsync("a/b c");

        Assert.EndsWith("/v1/personer/arkiv/a%2Fb%20c", Assert.Single(handler.Requests).Request.RequestUri!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_gives_FregApiException_without_the_identity_number()
    {
        var handler = new ScriptedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.NotFound));
        var client = new FregClient(ScriptedHandler.Client(handler));

        var exception = await Assert.ThrowsAsync<FregApiException>(() => client.HentSisteVersjonAvPersonAsync(Fnr));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal("hentSisteVersjonAvPerson", exception.OperationId);
        Assert.DoesNotContain(Fnr, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Freg_error_body_is_parsed_and_its_identity_numbers_redacted()
    {
        var handler = new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("error-folkeregisterfeilmelding"), HttpStatusCode.Forbidden));
        var client = new FregClient(ScriptedHandler.Client(handler));

        var exception = await Assert.ThrowsAsync<FregApiException>(() => client.HentSisteVersjonAvPersonAsync(Fnr));

        Assert.Equal("FREG-403", exception.Error!.Kode);
        Assert.Equal("ERROR", exception.Error.Alvorlighetsgrad);
        Assert.Equal(403, exception.Error.HttpStatus);
        Assert.Contains(FregGen.Runtime.Logging.FregLogRedactor.Replacement, exception.Error.Melding, StringComparison.Ordinal);
        Assert.Contains("FREG-403", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Fnr, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Fnr, exception.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_error_shape_and_a_firewall_page_are_read_leniently()
    {
        var external = new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("error-external"), HttpStatusCode.NotFound));
        var waf = new ScriptedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("<html><body>The requested URL was rejected. Your support ID is: 1234567890123456789</body></html>", Encoding.UTF8, "text/html"),
        });

        var feedError = await Assert.ThrowsAsync<FregApiException>(() => new FregClient(ScriptedHandler.Client(external)).HentFeedSideAsync(1));
        var wafError = await Assert.ThrowsAsync<FregApiException>(() => new FregClient(ScriptedHandler.Client(waf)).HentSisteVersjonAvPersonAsync(Fnr));

        Assert.Equal(("404", "b1946ac9-2a3f-4d5e-8f90-1234567890ab", "Sekvensnummer finnes ikke"), (feedError.Error!.Kode, feedError.Error.Referanse, feedError.Error.Melding));
        Assert.Equal("1234567890123456789", wafError.Error!.Referanse);
    }

    [Theory]
    [InlineData("1500", 1500)]
    [InlineData("250", 250)]
    [InlineData("2", 2000)]
    public async Task Too_many_requests_exposes_Retry_After_which_Freg_gives_in_milliseconds(string header, int expectedMilliseconds)
    {
        var handler = new ScriptedHandler((_, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("Retry-After", header);
            return response;
        });
        var client = new FregClient(ScriptedHandler.Client(handler));

        var exception = await Assert.ThrowsAsync<FregTooManyRequestsException>(() => client.SisteSekvensnummerIFeedAsync());

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), exception.RetryAfter);
        Assert.Equal((HttpStatusCode)429, exception.StatusCode);
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_is_understood()
    {
        var handler = new ScriptedHandler((_, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("Retry-After", DateTimeOffset.UtcNow.AddSeconds(30).ToString("r", System.Globalization.CultureInfo.InvariantCulture));
            return response;
        });

        var exception = await Assert.ThrowsAsync<FregTooManyRequestsException>(() => new FregClient(ScriptedHandler.Client(handler)).SisteSekvensnummerIFeedAsync());

        Assert.InRange(exception.RetryAfter!.Value.TotalSeconds, 25, 31);
    }

    [Theory]
    [InlineData("{\"navn\": [ {\"fornavn\": ", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("<html>maintenance 12888512371</html>", "text/html")]
    public async Task An_unreadable_success_body_gives_FregResponseFormatException(string body, string mediaType)
    {
        var handler = new ScriptedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
        var client = new FregClient(ScriptedHandler.Client(handler));

        var exception = await Assert.ThrowsAsync<FregResponseFormatException>(() => client.HentSisteVersjonAvPersonAsync(Fnr));

        Assert.DoesNotContain(Fnr, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_lookup_above_1000_ids_is_split_and_joined_in_order()
    {
        var handler = new ScriptedHandler((request, body) =>
        {
            using var document = System.Text.Json.JsonDocument.Parse(body!);
            var ids = document.RootElement.GetProperty("foedselsEllerDNummer").EnumerateArray().Select(e => e.GetString()).ToList();
            var oppslag = string.Join(",", ids.Select(id => "{\"foedselsEllerDNummer\":\"" + id + "\"}"));
            return ScriptedHandler.Json("{\"oppslag\":[" + oppslag + "]}");
        });
        var client = new FregClient(ScriptedHandler.Client(handler));
        var ids = Enumerable.Range(0, 2500).Select(i => i.ToString("00000000000", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var response = await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ids }, somBestilt: true, part: [FregPart.Navn]);

        Assert.Equal(new[] { 1000, 1000, 500 }, handler.Requests.Select(r => System.Text.Json.JsonDocument.Parse(r.Body!).RootElement.GetProperty("foedselsEllerDNummer").GetArrayLength()));
        Assert.All(handler.Requests, r => Assert.Equal("?part=navn&somBestilt=true", r.Request.RequestUri!.Query));
        Assert.Equal(ids, response.Oppslag!.Select(o => o.FoedselsEllerDNummer));
    }

    [Fact]
    public async Task A_bulk_answer_read_by_the_client_shares_each_identity_number_between_its_places()
    {
        var ids = Enumerable.Range(0, 3).Select(i => (10000000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var oppslag = string.Join(",", ids.Select(id => "{\"foedselsEllerDNummer\":\"" + id + "\",\"folkeregisterperson\":{\"identifikasjonsnummer\":[{\"foedselsEllerDNummer\":\"" + id + "\"}]}}"));
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json("{\"oppslag\":[" + oppslag + "]}"))));

        var response = await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ids });

        Assert.Equal(ids, response.Oppslag!.Select(entry => entry.FoedselsEllerDNummer));
        Assert.All(response.Oppslag!, entry => Assert.Same(entry.FoedselsEllerDNummer, entry.Folkeregisterperson!.Identifikasjonsnummer![0].FoedselsEllerDNummer));
    }

    [Fact]
    public async Task The_feed_is_a_conditional_GET_with_ETag_and_304()
    {
        var handler = new ScriptedHandler((request, _) =>
        {
            if (request.Headers.IfNoneMatch.Any(tag => tag.Tag == "\"p1\""))
            {
                return new HttpResponseMessage(HttpStatusCode.NotModified);
            }

            var response = ScriptedHandler.Json(Payload.Read("feed"));
            response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"p1\"");
            return response;
        });
        var client = new FregClient(ScriptedHandler.Client(handler));

        var first = await client.HentFeedSideAsync(1000);
        var second = await client.HentFeedSideAsync(1000, first.ETag);

        Assert.False(first.NotModified);
        Assert.Equal(3, first.Value.Count);
        Assert.Equal("\"p1\"", first.ETag);
        Assert.True(second.NotModified);
        Assert.Null(second.Value);
        Assert.Contains("seq=1000", handler.Requests.First().Request.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_sequence_number_is_a_bare_number()
    {
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json("123456789"))));

        Assert.Equal(123456789L, await client.SisteSekvensnummerIFeedAsync());
    }

    [Fact]
    public async Task Archive_bulk_lookup_reads_the_wrapper_the_spec_declares_with_a_document_or_an_error_per_id()
    {
        const string body = """
            {"oppslag":[
              {"dokumentidentifikator":"a","folkeregisterperson":{"navn":[{"fornavn":"A"}]}},
              {"dokumentidentifikator":"b","feilmelding":{"feilmelding":"Ukjent dokumentid."}}]}
            """;
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(body))));

        var answer = await client.HentArkivpersonerAsync(new ArkivDokumentBulkoppslagRequest { Dokumentidentifikator = ["a", "b"] });

        Assert.Equal(new[] { "a", "b" }, answer.Oppslag!.Select(o => o.Dokumentidentifikator));
        Assert.Equal("A", answer.Oppslag![0].Folkeregisterperson!.Navn![0].Fornavn);
        Assert.Equal("Ukjent dokumentid.", answer.Oppslag![1].Feilmelding!.Feilmelding);
    }

    [Fact]
    public async Task Search_refuses_more_than_10000_hits_before_calling_Freg()
    {
        var handler = new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("search")));
        var client = new FregClient(ScriptedHandler.Client(handler));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.PersonsoekAsync(navn: "Kari Nordmann", maksTreff: 10_001));
        var hits = await client.PersonsoekAsync(navn: "Kari Nordmann", kommunenummer: "0301", maksTreff: 10_000);

        Assert.Equal(4, hits.FoedselsEllerDNummer!.Count);
        Assert.Equal("?navn=Kari%20Nordmann&kommunenummer=0301&maksTreff=10000", Assert.Single(handler.Requests).Request.RequestUri!.Query);
    }

    [Fact]
    public async Task The_xsd_is_fetched_as_xml_text()
    {
        var handler = new ScriptedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<xs:schema/>", Encoding.UTF8, "application/xml") });

        var xsd = await new FregClient(ScriptedHandler.Client(handler)).HentPersonXsdAsync();

        Assert.Equal("<xs:schema/>", xsd);
        Assert.Equal("application/xml", Assert.Single(handler.Requests).Request.Headers.Accept.Single().MediaType);
    }

    [Fact]
    public void Base_addresses_follow_the_package_path_segment()
    {
        Assert.Equal("https://folkeregisteret.api.skatteetaten.no/folkeregisteret/offentlig-med-hjemmel/api/", FregClient.GetBaseAddress(FregEnvironment.Produksjon).AbsoluteUri);
        Assert.Equal("https://folkeregisteret-api-konsument.sits.no/folkeregisteret/offentlig-med-hjemmel/api/", FregClient.GetBaseAddress(FregEnvironment.Konsumenttest).AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5080/folkeregisteret/offentlig-med-hjemmel/api/", FregClient.GetBaseAddress(new Uri("http://127.0.0.1:5080")).AbsoluteUri);
        Assert.Equal("folkeregister:deling/offentligmedhjemmel", FregClient.MaskinportenScope);
    }

    [Fact]
    public async Task Cancellation_is_passed_to_the_HTTP_call()
    {
        using var cancellation = new System.Threading.CancellationTokenSource();
        cancellation.Cancel();
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json("1"))));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SisteSekvensnummerIFeedAsync(cancellation.Token));
    }
}
