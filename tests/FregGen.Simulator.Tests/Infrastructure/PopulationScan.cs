using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Tasks;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>Finds persons with given traits through the offentlig-med-hjemmel bulk lookup (the superset package), as a consumer would.</summary>
public static class PopulationScan
{
    /// <summary>Every part of a person document, with history: what the offentlig med hjemmel package can see of everyone.</summary>
    public const string EverythingParts = "?part=historikk&part=person-basis&part=relasjon-utvidet&part=identitetsgrunnlag-utvidet&part=innflytting&part=utflytting";

    private static readonly ConditionalWeakTable<FregSimulator, Task<List<JsonElement>>> Everyone = new();

    /// <summary>Every person's full document (<see cref="EverythingParts"/>), read once per simulator: the simulator's data does not change unless a test appends events.</summary>
    public static async Task<List<JsonElement>> FindEverywhereAsync(FregTestClient client, Func<JsonElement, bool> predicate, int limit = 20)
        => (await Everyone.GetValue(client.Simulator, _ => FindAsync(client, _ => true, EverythingParts, int.MaxValue))).Where(predicate).Take(limit).ToList();

    public static async Task<List<JsonElement>> FindAsync(FregTestClient client, Func<JsonElement, bool> predicate, string parts = "?part=historikk&part=person-basis&part=relasjon-utvidet&part=identitetsgrunnlag-utvidet", int limit = 20)
    {
        var found = new List<JsonElement>();
        foreach (var chunk in client.Simulator.PersonIdentifiers.Chunk(1000))
        {
            var response = await client.PostJsonAsync("offentlig-med-hjemmel", "v1/personer/bulkoppslag" + parts, new { foedselsEllerDNummer = chunk });
            foreach (var lookup in response.GetProperty("oppslag").EnumerateArray())
            {
                var person = lookup.GetProperty("folkeregisterperson");
                if (predicate(person))
                {
                    found.Add(person);
                    if (found.Count == limit)
                    {
                        return found;
                    }
                }
            }
        }

        return found;
    }

    public static string Identifier(JsonElement person)
        => person.GetProperty("identifikasjonsnummer").EnumerateArray().First(IsCurrent).GetProperty("foedselsEllerDNummer").GetString()!;

    public static bool IsCurrent(JsonElement entry) => !entry.TryGetProperty("erGjeldende", out var current) || current.GetBoolean();

    public static IEnumerable<JsonElement> Entries(JsonElement person, string property)
        => person.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Empty<JsonElement>();

    /// <summary>The entydigsoek query (given name, surname, birth date) that identifies the person.</summary>
    public static string UniqueSearch(JsonElement person)
    {
        var name = Entries(person, "navn").First(IsCurrent);
        var birth = Entries(person, "foedsel").First().GetProperty("foedselsdato").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        return "v1/personer/entydigsoek?navn=" + Uri.EscapeDataString(name.GetProperty("fornavn").GetString() + " " + name.GetProperty("etternavn").GetString()) + "&foedselsdato=" + birth;
    }
}
