using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace FregGen.Benchmarks.Runtime;

/// <summary>Checks, before anything is timed, that FregGen kept the unknown property of every entry: the benchmark must measure reading it, not dropping it.</summary>
public static class UnknownPropertyCheck
{
    public static void AssertKept(Freg.Person.PersonBulkoppslagResponse response, int expectedEntries)
    {
        var kept = 0;
        foreach (var oppslag in response.Oppslag!)
        {
            if (oppslag.Folkeregisterperson is not { } person)
            {
                continue;
            }

            foreach (var property in person.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetValue(person) is IEnumerable entries and not string)
                {
                    foreach (var entry in entries)
                    {
                        var additional = entry?.GetType().GetProperty("AdditionalProperties")?.GetValue(entry) as IEnumerable<KeyValuePair<string, System.Text.Json.JsonElement>>;
                        foreach (var unknown in additional ?? Array.Empty<KeyValuePair<string, System.Text.Json.JsonElement>>())
                        {
                            if (unknown.Key == "endringsinformasjon" && unknown.Value.GetProperty("versjon").GetInt32() == 2)
                            {
                                kept++;
                            }
                        }
                    }
                }
            }
        }

        if (kept != expectedEntries)
        {
            throw new InvalidOperationException("FregGen kept the unknown property on " + kept + " entries, expected " + expectedEntries + ".");
        }
    }
}
