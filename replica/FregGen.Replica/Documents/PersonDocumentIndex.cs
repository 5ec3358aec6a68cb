using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FregGen.Replica.Documents
{
    /// <summary>
    /// What the replica indexes from a person document (by JSON name, so any package's document works): the current
    /// identity number and the ceased ones, the current status, the kommune of the current bostedsadresse, and address
    /// protection. "Current" is the entry with <c>erGjeldende: true</c> (Freg's marker of the valid entry in a list
    /// with history); an identity number with <c>status: opphoert</c> has ceased.
    /// </summary>
    internal sealed record PersonDocumentIndex(
        string? CurrentIdentifier,
        IReadOnlyList<string> Identifiers,
        string? Status,
        string? Municipality,
        string? AddressProtection)
    {
        private const string Ugradert = "ugradert";

        public static PersonDocumentIndex Read(byte[] document, IReadOnlyCollection<string> addressProperties)
        {
            using var json = JsonDocument.Parse(document);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("A person document is not a JSON object.");
            }

            var identifiers = new List<string>();
            string? current = null, inUse = null;
            foreach (var entry in Entries(root, "identifikasjonsnummer"))
            {
                if (Text(entry, "foedselsEllerDNummer") is not { Length: > 0 } number)
                {
                    continue;
                }

                if (!identifiers.Contains(number))
                {
                    identifiers.Add(number);
                }

                var ceased = Text(entry, "status") == "opphoert";
                if (!ceased && IsCurrent(entry))
                {
                    current ??= number;
                }

                if (!ceased)
                {
                    inUse ??= number;
                }
            }

            var status = Text(Current(root, "status"), "status");
            var residence = Current(root, "bostedsadresse");
            var protection = Text(Current(root, "adressebeskyttelse"), "graderingsnivaa");
            if (protection is null or Ugradert)
            {
                protection = null;
                foreach (var property in addressProperties)
                {
                    if (Text(Current(root, property), "adressegradering") is { } grading && grading != Ugradert)
                    {
                        protection = grading;
                        break;
                    }
                }
            }

            return new PersonDocumentIndex(current ?? inUse, identifiers, status, MunicipalityOf(residence), protection);
        }

        private static string? MunicipalityOf(JsonElement? residence)
        {
            if (residence is not { } address)
            {
                return null;
            }

            return Text(Child(address, "vegadresse"), "kommunenummer")
                ?? Text(Child(Child(address, "matrikkeladresse"), "matrikkelnummer"), "kommunenummer")
                ?? Text(Child(address, "ukjentBosted"), "bostedskommune");
        }

        /// <summary>The entries of a property that is a list (Freg's usual shape) or a single object.</summary>
        private static IEnumerable<JsonElement> Entries(JsonElement root, string property)
        {
            if (!root.TryGetProperty(property, out var value))
            {
                yield break;
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                yield return value;
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        yield return item;
                    }
                }
            }
        }

        /// <summary>The entry marked <c>erGjeldende</c>; without markers, a lone entry.</summary>
        private static JsonElement? Current(JsonElement root, string property)
        {
            JsonElement? only = null;
            var count = 0;
            foreach (var entry in Entries(root, property))
            {
                if (IsCurrent(entry))
                {
                    return entry;
                }

                only = entry;
                count++;
            }

            return count == 1 && !HasMarker(only!.Value) ? only : null;
        }

        private static bool IsCurrent(JsonElement entry)
            => entry.TryGetProperty("erGjeldende", out var flag) && flag.ValueKind == JsonValueKind.True;

        private static bool HasMarker(JsonElement entry) => entry.TryGetProperty("erGjeldende", out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False;

        private static JsonElement? Child(JsonElement? element, string property)
            => element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(property, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

        private static string? Text(JsonElement? element, string property)
            => element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(property, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
    }
}
