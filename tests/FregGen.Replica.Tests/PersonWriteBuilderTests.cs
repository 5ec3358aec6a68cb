using System;
using System.Linq;
using System.Text;
using FregGen.Replica.Documents;
using FregGen.Replica.Pipeline;

namespace FregGen.Replica.Tests;

/// <summary>How fetched documents become stored persons: indexing, re-keying, joining documents of one person, the address policy.</summary>
public sealed class PersonWriteBuilderTests
{
    private const string DNummer = "41010112345";
    private const string Fnr = "01010112345";

    [Fact]
    public void The_index_takes_the_current_entries_and_knows_ceased_numbers()
    {
        var index = PersonDocumentIndex.Read(Document(Fnr, ceased: DNummer, status: "bosatt", kommune: "0301"), new FregReplicaOptions().AddressProperties);

        Assert.Equal(Fnr, index.CurrentIdentifier);
        Assert.Equal(new[] { Fnr, DNummer }, index.Identifiers.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal("bosatt", index.Status);
        Assert.Equal("0301", index.Municipality);
        Assert.Null(index.AddressProtection);
    }

    [Fact]
    public void A_person_with_a_ceased_number_is_written_under_the_current_one_with_the_old_as_previous()
    {
        var (writes, _) = new PersonWriteBuilder(new FregReplicaOptions()).Build(new[] { new PersonCandidate(Document(Fnr, ceased: DNummer), Fnr, 5, 5) });

        var write = Assert.Single(writes);
        Assert.Equal(Fnr, write.Identifier);
        Assert.Equal(new[] { DNummer }, write.PreviousIdentifiers);
        Assert.Equal(5, write.LastSequence);
    }

    [Fact]
    public void Documents_of_one_person_in_a_batch_are_joined_and_the_newest_wins()
    {
        // The archived document from before the change (only the d-number) and the current one: one person, stored once.
        var older = new PersonCandidate(Document(DNummer, status: "midlertidig"), null, 10, 10);
        var newer = new PersonCandidate(Document(Fnr, status: "bosatt"), Fnr, 12, 12, History: new[] { DNummer, Fnr });
        var other = new PersonCandidate(Document("01010154321", status: "bosatt"), "01010154321", 11, 11);

        var (writes, _) = new PersonWriteBuilder(new FregReplicaOptions()).Build(new[] { newer, other, older });

        Assert.Equal(2, writes.Count);
        var person = writes.Single(w => w.Identifier == Fnr);
        Assert.Equal("bosatt", person.Status);
        Assert.Equal(new[] { DNummer }, person.PreviousIdentifiers);
    }

    [Theory]
    [InlineData(FregAddressProtectionPolicy.Drop, false, false)]
    [InlineData(FregAddressProtectionPolicy.KeepSealed, false, true)]
    [InlineData(FregAddressProtectionPolicy.Keep, true, false)]
    public void The_address_policy_decides_what_is_kept_of_a_protected_person(FregAddressProtectionPolicy policy, bool addressInDocument, bool sealedKept)
    {
        var (writes, protectedCount) = new PersonWriteBuilder(new FregReplicaOptions { AddressProtection = policy })
            .Build(new[] { new PersonCandidate(Document(Fnr, kommune: "0301", gradering: "strengtFortrolig"), Fnr, 1, 1) });

        var write = Assert.Single(writes);
        Assert.Equal(1, protectedCount);
        Assert.Equal("strengtFortrolig", write.AddressProtection);
        Assert.Equal(addressInDocument, Encoding.UTF8.GetString(write.Document).Contains("bostedsadresse", StringComparison.Ordinal));
        Assert.Equal(addressInDocument ? "0301" : null, write.Municipality);
        Assert.Equal(sealedKept, write.SealedAddresses is not null);
        Assert.Contains("navn", Encoding.UTF8.GetString(write.Document), StringComparison.Ordinal);
        if (sealedKept)
        {
            var combined = Encoding.UTF8.GetString(PersonDocumentEditor.Combine(write.Document, write.SealedAddresses));
            Assert.Contains("0301", combined, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_graded_address_counts_as_protection_even_without_the_adressebeskyttelse_part()
    {
        var document = Encoding.UTF8.GetBytes("""{"bostedsadresse":[{"erGjeldende":true,"adressegradering":"fortrolig","vegadresse":{"kommunenummer":"1103"}}]}""");

        var index = PersonDocumentIndex.Read(document, new FregReplicaOptions().AddressProperties);

        Assert.Equal("fortrolig", index.AddressProtection);
    }

    [Fact]
    public void A_document_without_any_identity_number_cannot_be_stored()
        => Assert.Throws<FregReplicaConfigurationException>(() => new PersonWriteBuilder(new FregReplicaOptions()).Build(new[] { new PersonCandidate("""{"navn":[]}"""u8.ToArray(), null, 1, null) }));

    [Fact]
    public void Merging_replaces_only_the_named_properties_and_drops_those_the_update_lacks()
    {
        var stored = """{"navn":[{"fornavn":"Kari"}],"bostedsadresse":[{"x":1}],"sivilstand":[{"s":"gift"}]}"""u8.ToArray();
        var update = """{"bostedsadresse":[{"x":2}]}"""u8.ToArray();

        var merged = Encoding.UTF8.GetString(PersonDocumentEditor.Merge(stored, update, new[] { "bostedsadresse", "sivilstand" }));

        Assert.Contains("\"fornavn\":\"Kari\"", merged, StringComparison.Ordinal);
        Assert.Contains("\"x\":2", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("sivilstand", merged, StringComparison.Ordinal);
    }

    private static byte[] Document(string identifier, string? ceased = null, string status = "bosatt", string kommune = "0301", string? gradering = null)
    {
        var identifiers = "{\"foedselsEllerDNummer\":\"" + identifier + "\",\"status\":\"iBruk\",\"erGjeldende\":true}"
            + (ceased is null ? string.Empty : ",{\"foedselsEllerDNummer\":\"" + ceased + "\",\"status\":\"opphoert\",\"erGjeldende\":false}");
        var protection = gradering is null ? string.Empty : ",\"adressebeskyttelse\":[{\"graderingsnivaa\":\"" + gradering + "\",\"erGjeldende\":true}]";
        return Encoding.UTF8.GetBytes(
            "{\"identifikasjonsnummer\":[" + identifiers + "],\"navn\":[{\"fornavn\":\"Kari\",\"erGjeldende\":true}],"
            + "\"status\":[{\"status\":\"" + status + "\",\"erGjeldende\":true}],"
            + "\"bostedsadresse\":[{\"erGjeldende\":true,\"vegadresse\":{\"kommunenummer\":\"" + kommune + "\",\"adressenavn\":\"Storgata\"}}]" + protection + "}");
    }
}
