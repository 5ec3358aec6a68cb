using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>Matches persons against search keys the way personsoek and entydigsoek describe it: whole name words, address prefixes, current or historical values.</summary>
internal static class PersonSearch
{
    public static List<SimulatedPerson> Find(IEnumerable<SimulatedPerson> persons, PersonSearchCriteria criteria)
        => persons.Where(person => Matches(person, criteria)).ToList();

    public static bool Matches(SimulatedPerson person, PersonSearchCriteria criteria)
    {
        var document = person.Document;
        if (!criteria.IncludeDead && person.IsDead)
        {
            return false;
        }

        if (criteria.Identifikasjonsnummer is { } number && !person.Identifiers.Contains(number, StringComparer.Ordinal))
        {
            return false;
        }

        if (criteria.Kjoenn is { } gender && !string.Equals(RegisterEntries.Current(document.Kjoenn)?.Kjoenn?.Value, gender, StringComparison.Ordinal))
        {
            return false;
        }

        if (criteria.Foedselsdato is { } birthDate && person.BirthDate != birthDate)
        {
            return false;
        }

        if ((criteria.BirthYearFrom is { } from && person.BirthDate.Year < from) || (criteria.BirthYearTo is { } to && person.BirthDate.Year > to))
        {
            return false;
        }

        if (criteria.NameWords is { } words && !MatchesName(document, words, criteria))
        {
            return false;
        }

        if (criteria.HasAddress && !MatchesAddress(document, criteria))
        {
            return false;
        }

        if (criteria.UtenlandskId is { } foreign && !(document.UtenlandskPersonidentifikasjon ?? Array.Empty<Personidentifikasjon>())
                .Any(id => id.ErGjeldende == true && Same(id.Utstederland, foreign.Land) && Same(id.Identifikasjonsnummer, foreign.Nummer)))
        {
            return false;
        }

        if (criteria.Legitimasjonsdokument is { } travelDocument && !(document.Legitimasjonsdokument ?? Array.Empty<Identifikasjonsdokument>())
                .Any(doc => doc.ErGjeldende == true && Same(doc.Utstederland, travelDocument.Land) && Same(doc.Identifikasjonsdokumentnummer, travelDocument.Nummer)))
        {
            return false;
        }

        if (criteria.DufNummer is { } duf && !(document.UtlendingsmyndighetenesIdentifikasjonsnummer ?? Array.Empty<Personidentifikasjon>())
                .Any(id => id.ErGjeldende == true && Same(id.Identifikasjonsnummer, duf)))
        {
            return false;
        }

        return true;
    }

    /// <summary>A rough Norwegian sound key: the spellings of one name that sound alike get the same key.</summary>
    public static string PhoneticKey(string word)
    {
        var text = word.ToLowerInvariant()
            .Replace("aa", "å", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("th", "t", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("ch", "k", StringComparison.Ordinal)
            .Replace("hj", "j", StringComparison.Ordinal)
            .Replace("gj", "j", StringComparison.Ordinal)
            .Replace("dt", "t", StringComparison.Ordinal)
            .Replace("x", "ks", StringComparison.Ordinal)
            .Replace("é", "e", StringComparison.Ordinal);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch
            {
                'c' or 'q' => 'k',
                'z' => 's',
                'w' => 'v',
                'y' => 'i',
                _ => c,
            };
            if (key.Length == 0 || key[key.Length - 1] != mapped)
            {
                key.Append(mapped);
            }
        }

        var result = key.ToString();
        foreach (var ending in new[] { "son", "sen" })
        {
            if (result.EndsWith(ending, StringComparison.Ordinal))
            {
                return result.Substring(0, result.Length - ending.Length) + "sen";
            }
        }

        return result;
    }

    private static bool MatchesName(Folkeregisterperson document, string[] words, PersonSearchCriteria criteria)
    {
        foreach (var name in document.Navn ?? Array.Empty<Folkeregisterpersonnavn>())
        {
            if (!criteria.IncludeHistory && name.ErGjeldende != true)
            {
                continue;
            }

            var given = Words(name.Fornavn, criteria.Phonetic);
            var surname = Words(name.Etternavn, criteria.Phonetic);
            var all = given.Concat(Words(name.Mellomnavn, criteria.Phonetic)).Concat(surname).ToHashSet(StringComparer.Ordinal);
            var query = words.Select(w => Normalise(w, criteria.Phonetic)).ToArray();
            var matches = criteria.NameWordsInOrder
                ? query.Length >= 2 && given.Contains(query[0]) && surname.Contains(query[query.Length - 1]) && query.Skip(1).Take(query.Length - 2).All(all.Contains)
                : query.All(all.Contains);
            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAddress(Folkeregisterperson document, PersonSearchCriteria criteria)
    {
        foreach (var residence in document.Bostedsadresse ?? Array.Empty<Bostedsadresse>())
        {
            if ((criteria.IncludeHistory || residence.ErGjeldende == true) && MatchesRoad(residence.Vegadresse, criteria))
            {
                return true;
            }
        }

        if (criteria.IncludeOppholdsadresse)
        {
            foreach (var stay in document.Oppholdsadresse ?? Array.Empty<Oppholdsadresse>())
            {
                if ((criteria.IncludeHistory || stay.ErGjeldende == true) && MatchesRoad(stay.Vegadresse, criteria))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool MatchesRoad(Vegadresse? road, PersonSearchCriteria criteria)
    {
        if (road is null)
        {
            return false;
        }

        if (criteria.Adressenavn is { } street && (road.Adressenavn is null || !road.Adressenavn.StartsWith(street, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (criteria.Husnummer is { } house && !string.Equals(road.Adressenummer?.Husnummer + road.Adressenummer?.Husbokstav, house, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (criteria.Postnummer is { } postnummer && road.Poststed?.Postnummer != postnummer)
        {
            return false;
        }

        if (criteria.Kommunenummer is { } kommune && road.Kommunenummer != kommune)
        {
            return false;
        }

        return criteria.Fylkesnummer is not { } fylke || (road.Kommunenummer?.StartsWith(fylke, StringComparison.Ordinal) ?? false);
    }

    private static HashSet<string> Words(string? text, bool phonetic)
        => (text ?? string.Empty).Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries).Select(w => Normalise(w, phonetic)).ToHashSet(StringComparer.Ordinal);

    private static string Normalise(string word, bool phonetic) => phonetic ? PhoneticKey(word) : word.ToLowerInvariant();

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
