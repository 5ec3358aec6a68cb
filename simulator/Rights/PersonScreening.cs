using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using FregGen.Catalogue;

namespace FregGen.Simulator.Rights;

/// <summary>
/// Applies the catalogue's per-person screening rules for a package to a person document about to be served: entries
/// withheld (addresses graded for protection, moves of a strengt fortrolig person), fields withheld (dates of old moves,
/// countries for protected persons) and fields replaced (confidential statuses delivered as aktiv). The rules are data
/// in the catalogue; this class only knows how to apply a rule to JSON.
/// </summary>
internal static class PersonScreening
{
    /// <summary>The person's current address protection (<c>graderingsnivaa</c>), read from the full document before any filtering.</summary>
    public static string? AddressProtection(JsonObject document)
        => document["adressebeskyttelse"] is JsonArray entries
            ? entries.OfType<JsonObject>().Where(IsCurrent).Select(entry => Text(entry, "graderingsnivaa")).FirstOrDefault(level => level is not null)
            : null;

    public static void Apply(JsonObject document, RightsPackage package, RightsCatalogue rules, string? addressProtection)
    {
        foreach (var property in document.ToArray())
        {
            var applicable = package.ScreeningFor(property.Key, rules).Select(pair => pair.Rule).Where(rule => rule.When.AppliesToPerson(addressProtection)).ToList();
            if (applicable.Count == 0)
            {
                continue;
            }

            switch (property.Value)
            {
                case JsonArray entries:
                    for (var i = entries.Count - 1; i >= 0; i--)
                    {
                        if (entries[i] is JsonObject entry && !Screen(entry, applicable))
                        {
                            entries.RemoveAt(i);
                        }
                    }

                    if (entries.Count == 0)
                    {
                        document.Remove(property.Key);
                    }

                    break;
                case JsonObject single when !Screen(single, applicable):
                    document.Remove(property.Key);
                    break;
            }
        }
    }

    /// <summary>Applies the rules that hold for the entry (decided on the entry as the register holds it); false when the entry is withheld.</summary>
    private static bool Screen(JsonObject entry, List<ScreeningRule> rules)
    {
        var registered = RegisteredOn(entry);
        var holding = rules.Where(rule => rule.When.AppliesToEntry(field => Text(entry, field), registered)).ToList();
        if (holding.Any(rule => rule.WithholdsEntry))
        {
            return false;
        }

        foreach (var rule in holding)
        {
            foreach (var field in rule.Withhold)
            {
                entry.Remove(field);
            }

            foreach (var replacement in rule.Replace)
            {
                entry[replacement.Field] = replacement.Value;
            }
        }

        return true;
    }

    private static CatalogueDate? RegisteredOn(JsonObject entry)
        => Text(entry, "ajourholdstidspunkt") is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? CatalogueDate.Of(moment.UtcDateTime)
            : null;

    private static bool IsCurrent(JsonObject entry)
        => entry["erGjeldende"] is not JsonValue flag || !flag.TryGetValue<bool>(out var current) || current;

    private static string? Text(JsonObject entry, string field)
        => entry[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
