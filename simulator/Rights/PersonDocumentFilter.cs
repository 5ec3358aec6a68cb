using System;
using System.Linq;
using System.Text.Json.Nodes;
using FregGen.Catalogue;

namespace FregGen.Simulator.Rights;

/// <summary>
/// Applies a package's rules to a full person document: only granted, selected top-level properties (and those Freg
/// returns whatever part says); only current entries unless history was asked for and the package has history for the
/// property; the package's per-person screening rules; excluded fields removed.
/// </summary>
internal static class PersonDocumentFilter
{
    public static void Apply(JsonObject document, RightsPackage package, PartSelection selection)
    {
        var addressProtection = PersonScreening.AddressProtection(document);
        foreach (var property in document.ToArray())
        {
            var name = property.Key;
            if (!selection.Properties.Contains(name) || !package.GrantsProperty(name))
            {
                document.Remove(name);
                continue;
            }

            var keepHistory = selection.IncludeHistory && package.FindProperty(name) is { History: true };
            if (keepHistory)
            {
                continue;
            }

            switch (property.Value)
            {
                case JsonArray entries:
                    for (var i = entries.Count - 1; i >= 0; i--)
                    {
                        if (!IsCurrent(entries[i]))
                        {
                            entries.RemoveAt(i);
                        }
                    }

                    if (entries.Count == 0)
                    {
                        document.Remove(name);
                    }

                    break;
                case JsonObject single when !IsCurrent(single):
                    document.Remove(name);
                    break;
            }
        }

        PersonScreening.Apply(document, package, SimulatorCatalogue.Definition, addressProtection);
        foreach (var excluded in package.ExcludedFields)
        {
            Remove(document, excluded.Path.Split('.'), 0);
        }
    }

    private static bool IsCurrent(JsonNode? entry)
        => entry is not JsonObject obj || obj["erGjeldende"] is not JsonValue flag || !flag.TryGetValue<bool>(out var current) || current;

    private static void Remove(JsonNode? node, string[] path, int index)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Remove(item, path, index);
                }

                break;
            case JsonObject obj:
                var key = obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, path[index], StringComparison.OrdinalIgnoreCase));
                if (key is null)
                {
                    return;
                }

                if (index == path.Length - 1)
                {
                    obj.Remove(key);
                }
                else
                {
                    Remove(obj[key], path, index + 1);
                }

                break;
        }
    }
}
