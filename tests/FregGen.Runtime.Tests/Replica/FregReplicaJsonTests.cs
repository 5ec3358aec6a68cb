using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Replica;

namespace FregGen.Runtime.Tests.Replica
{
    /// <summary>
    /// The replica reads Freg's answers by JSON name, so it works for every spec variant: full and thin feeds, the 1.5
    /// and 1.6 bulk shapes, extract batches and their end marker. Examples are shaped after Skatteetaten's documentation
    /// (hendelsesliste.md, uttrekk.md) and the published specs.
    /// </summary>
    public sealed class FregReplicaJsonTests
    {
        [Fact]
        public void A_full_feed_page_gives_sequence_identifier_type_and_both_document_ids()
        {
            var json = """
                [
                  { "sekvensnummer": 1, "hendelse": { "folkeregisteridentifikator": "69028400470", "hendelsetype": "endringIIdentitetsgrunnlag",
                    "hendelsesdokument": "55591b51b20518f4f22bf1edd6aa9f25", "persondokument": "8f475708c3d855defca884f4af6e49ae",
                    "ajourholdstidspunkt": "2017-06-20T09:26:03.689+02:00" } },
                  { "hendelse": { "hendelsestype": "personErDoed", "folkeregisteridentifikator": "01010112345" }, "sekvensnummer": 3, "ekstra": [1, {"a": 2}] }
                ]
                """;

            var entries = FregReplicaJson.ReadFeedEntries(Encoding.UTF8.GetBytes(json));

            Assert.Equal(new long[] { 1, 3 }, entries.Select(e => e.Sequence));
            Assert.Equal("69028400470", entries[0].Identifier);
            Assert.Equal("endringIIdentitetsgrunnlag", entries[0].EventType);
            Assert.Equal("8f475708c3d855defca884f4af6e49ae", entries[0].PersonDocumentId);
            Assert.Equal("55591b51b20518f4f22bf1edd6aa9f25", entries[0].EventDocumentId);
            Assert.Equal(new DateTimeOffset(2017, 6, 20, 9, 26, 3, 689, TimeSpan.FromHours(2)), entries[0].Ajourholdstidspunkt);
            Assert.Equal("personErDoed", entries[1].EventType);
            Assert.Null(entries[1].PersonDocumentId);
            Assert.DoesNotContain("01010112345", entries[1].ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_thin_feed_page_has_no_document_ids()
        {
            var json = """[{ "sekvensnummer": 42, "hendelse": { "ajourholdstidspunkt": "2024-01-01T00:00:00Z", "folkeregisteridentifikator": "01010112345", "hendelsetype": "endringIPerson" } }]""";

            var entry = Assert.Single(FregReplicaJson.ReadFeedEntries(Encoding.UTF8.GetBytes(json)));

            Assert.Equal(42, entry.Sequence);
            Assert.Equal("endringIPerson", entry.EventType);
            Assert.Null(entry.PersonDocumentId);
            Assert.Null(entry.EventDocumentId);
        }

        [Fact]
        public void A_feed_entry_without_a_sequence_number_breaks_the_contract()
        {
            Assert.Throws<FregFeedProtocolException>(() => FregReplicaJson.ReadFeedEntries("""[{ "hendelse": {} }]"""u8.ToArray()));
            Assert.Throws<FregFeedProtocolException>(() => FregReplicaJson.ReadFeedEntries("""{ "not": "a page" }"""u8.ToArray()));
            Assert.Throws<FregFeedProtocolException>(() => FregReplicaJson.ReadFeedEntries("""[{ "sekvensnummer": 1"""u8.ToArray()));
        }

        [Fact]
        public void A_bulk_answer_gives_each_document_as_its_own_json_and_each_error_redacted()
        {
            var json = """
                { "oppslag": [
                    { "foedselsEllerDNummer": "01010112345", "folkeregisterperson": { "navn": [ { "fornavn": "Kari" } ], "status": [ { "status": "bosatt", "erGjeldende": true } ] } },
                    { "foedselsEllerDNummer": "41010112345", "feilmelding": { "feilmelding": "Identifikatoren 41010112345 er utgått." } },
                    { "foedselsEllerDNummer": "01010154321", "feilmelding": "Fant ingen person." }
                ] }
                """;

            var results = FregReplicaJson.ReadPersonDocuments(Encoding.UTF8.GetBytes(json));

            Assert.Equal(3, results.Count);
            Assert.Equal("01010112345", results[0].Key);
            using (var document = JsonDocument.Parse(results[0].Document!))
            {
                Assert.Equal("Kari", document.RootElement.GetProperty("navn")[0].GetProperty("fornavn").GetString());
            }

            Assert.Null(results[1].Document);
            Assert.DoesNotContain("41010112345", results[1].Error, StringComparison.Ordinal);
            Assert.Equal("Fant ingen person.", results[2].Error);
            Assert.DoesNotContain("01010112345", results[0].ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void An_archive_answer_is_read_as_bare_documents_or_as_keyed_items()
        {
            var bare = """[ { "identifikasjonsnummer": [ { "foedselsEllerDNummer": "01010112345", "erGjeldende": true } ] }, { "navn": [] } ]""";
            var keyed = """{ "oppslag": [ { "dokumentidentifikator": "af79a3bea0935c0d6dbd4d3678c4b5cb", "folkeregisterperson": { "navn": [] } } ] }""";

            var fromBare = FregReplicaJson.ReadPersonDocuments(Encoding.UTF8.GetBytes(bare));
            var fromKeyed = FregReplicaJson.ReadPersonDocuments(Encoding.UTF8.GetBytes(keyed));

            Assert.Equal(2, fromBare.Count);
            Assert.All(fromBare, result => Assert.Null(result.Key));
            Assert.Contains("identifikasjonsnummer", Encoding.UTF8.GetString(fromBare[0].Document!), StringComparison.Ordinal);
            Assert.Equal("af79a3bea0935c0d6dbd4d3678c4b5cb", Assert.Single(fromKeyed).Key);
        }

        [Fact]
        public void An_extract_batch_holds_identifiers_or_document_ids_and_an_empty_object_ends_the_job()
        {
            var identifiers = FregReplicaJson.ReadExtractBatch("""{ "foedselsEllerDNummer": ["01010112345", "01010154321"] }"""u8.ToArray());
            var documents = FregReplicaJson.ReadExtractBatch("""{ "dokumentidentifikator": ["af79a3bea0935c0d6dbd4d3678c4b5cb"] }"""u8.ToArray());
            var end = FregReplicaJson.ReadExtractBatch("{}"u8.ToArray());

            Assert.Equal((FregExtractBatchStatus.Ready, FregExtractItemKind.Identifiers, 2), (identifiers.Status, identifiers.Kind, identifiers.Items.Count));
            Assert.Equal((FregExtractBatchStatus.Ready, FregExtractItemKind.DocumentIds, 1), (documents.Status, documents.Kind, documents.Items.Count));
            Assert.Equal(FregExtractBatchStatus.End, end.Status);
            Assert.Throws<FregReplicaSourceException>(() => FregReplicaJson.ReadExtractBatch("""{ "feilmelding": "Jobben feilet." }"""u8.ToArray()));
        }

        [Fact]
        public void A_job_id_is_read_and_an_answer_without_one_is_an_error_naming_freg_s_message()
        {
            Assert.Equal("e9ca4d76-2ed7-43bc-bb50-469304df1e1c", FregReplicaJson.ReadJobId("""{ "jobbId": "e9ca4d76-2ed7-43bc-bb50-469304df1e1c" }"""u8.ToArray()));
            var error = Assert.Throws<FregReplicaSourceException>(() => FregReplicaJson.ReadJobId("""{ "feilmelding": "For mange jobber." }"""u8.ToArray()));
            Assert.Contains("For mange jobber.", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("12345", 12345)]
        [InlineData("<sekvensnummer>987</sekvensnummer>", 987)]
        [InlineData(" 5\n", 5)]
        public void The_last_sequence_number_is_read_from_text_or_xml(string text, long expected)
            => Assert.Equal(expected, FregReplicaJson.ReadSequenceNumber(text));

        [Fact]
        public void A_tailored_filter_is_written_with_freg_s_json_names_and_checked_first()
        {
            var filter = new FregTailoredExtractFilter { Personstatustyper = new[] { "bosatt" }, Bostedskommunenummer = "0301", FoedselsaarFraOgMed = "1950" };

            using var json = JsonDocument.Parse(filter.ToJson());

            Assert.Equal("bosatt", json.RootElement.GetProperty("personstatustyper")[0].GetString());
            Assert.Equal("0301", json.RootElement.GetProperty("kommunenummer").GetProperty("bostedskommunenummer").GetString());
            Assert.Equal("1950", json.RootElement.GetProperty("foedselsaarFraOgMed").GetString());
            Assert.NotNull((filter with { Oppholdskommunenummer = "0301" }).Validate());
            Assert.NotNull((filter with { Personstatustyper = Array.Empty<string>() }).Validate());
            Assert.NotNull((filter with { FoedselsaarFraOgMed = "50" }).Validate());
            Assert.Throws<ArgumentException>(() => (filter with { Bostedskommunenummer = "abc" }).ToJson());
        }
    }
}
