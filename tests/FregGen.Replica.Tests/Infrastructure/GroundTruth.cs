using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FregGen.Replica.Storage;
using FregGen.Runtime.Replica;
using FregGen.Simulator;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>What the replica must hold: every person the package sees now, fetched fresh with the replica's parts.</summary>
public sealed record Comparison(int Expected, int Stored, int Missing, int Extra, int Different, int OldIdentifiersNotFindable, int Protected)
{
    public bool Equal => Missing == 0 && Extra == 0 && Different == 0 && OldIdentifiersNotFindable == 0;

    public override string ToString()
        => "expected " + Expected + ", stored " + Stored + ", missing " + Missing + ", extra " + Extra + ", different " + Different + ", old identifiers not findable " + OldIdentifiersNotFindable + ", protected " + Protected;
}

public static class GroundTruth
{
    public static async Task<Comparison> CompareAsync(FregSimulator simulator, IFregReplicaSource source, IFregReplicaStore store, FregReplicaOptions options)
    {
        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var chunk in simulator.PersonIdentifiers.Chunk(1000))
        {
            foreach (var result in await source.LookUpPersonsAsync(chunk, options.Parts, default))
            {
                if (result is { Key: { } key, Document: { } document })
                {
                    expected[key] = document;
                }
            }
        }

        var stored = new Dictionary<string, FregStoredPerson>(StringComparer.Ordinal);
        await foreach (var person in store.ReadAllPersonsAsync(default))
        {
            stored[person.Identifier] = person;
        }

        int missing = 0, different = 0, oldNotFindable = 0, protectedCount = 0;
        foreach (var (identifier, document) in expected)
        {
            if (!stored.TryGetValue(identifier, out var person))
            {
                missing++;
                continue;
            }

            var want = document;
            if (IsProtected(document))
            {
                protectedCount++;
                if (options.AddressProtection == FregAddressProtectionPolicy.Drop)
                {
                    want = JsonSerializer.SerializeToUtf8Bytes(JsonAssert.Without(document, options.AddressProperties.ToArray()));
                }
            }

            var have = Documents.PersonDocumentEditor.Combine(person.Document, person.SealedAddresses);
            if (!JsonAssert.SameJson(want, have))
            {
                different++;
            }

            foreach (var earlier in Identifiers(document).Where(id => id != identifier))
            {
                if ((await store.FindPersonAsync(earlier, default))?.Identifier != identifier)
                {
                    oldNotFindable++;
                }
            }
        }

        var extra = stored.Keys.Count(key => !expected.ContainsKey(key));
        return new Comparison(expected.Count, stored.Count, missing, extra, different, oldNotFindable, protectedCount);
    }

    public static IEnumerable<string> Identifiers(byte[] document)
    {
        using var json = JsonDocument.Parse(document);
        if (!json.RootElement.TryGetProperty("identifikasjonsnummer", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<string>();
        }

        return list.EnumerateArray()
            .Select(entry => entry.TryGetProperty("foedselsEllerDNummer", out var number) ? number.GetString() : null)
            .OfType<string>()
            .ToList();
    }

    /// <summary>Address protection as the test sees it: a current adressebeskyttelse, or a current address, graded other than ugradert.</summary>
    public static bool IsProtected(byte[] document)
    {
        using var json = JsonDocument.Parse(document);
        foreach (var property in new[] { "adressebeskyttelse", "bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse", "postadresseIUtlandet", "preferertKontaktadresse", "kontaktadresse" })
        {
            if (json.RootElement.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
                && list.EnumerateArray().Any(entry => entry.TryGetProperty("erGjeldende", out var current) && current.ValueKind == JsonValueKind.True
                    && (entry.TryGetProperty("graderingsnivaa", out var level) || entry.TryGetProperty("adressegradering", out level)) && level.GetString() != "ugradert"))
            {
                return true;
            }
        }

        return false;
    }
}
