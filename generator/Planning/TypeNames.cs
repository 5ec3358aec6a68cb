using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Naming of generated types: each schema gets its section (sub-namespace, from the catalogue) and a name (its title,
/// else its key's last segment, in PascalCase), and each distinct enum used by the reachable schemas' granted properties
/// a name in the same section (its title, else the property's name). Names are unique per section and never clash with
/// the names the generated code uses there. Schemas that share a title in a section are told apart by their keys, not
/// by the order they happen to come in: the one with the shortest key keeps the title, the others get the key segments
/// that set them apart as a prefix (<c>person.v1.bulk.response.Oppslag</c> → <c>Oppslag</c>,
/// <c>person.v1.bulk.arkiv.response.Oppslag</c> → <c>ArkivOppslag</c>), so a name does not change when a newer spec adds
/// a namesake or when another package reaches fewer schemas. In: the reachable schema keys and the
/// <see cref="GrantedSpec"/>. Out: this read-only table.
/// </summary>
internal sealed class TypeNames
{
    private const string Converter = "JsonConverter";

    private readonly Dictionary<string, (string Section, string Name)> _types;
    private readonly Dictionary<EnumKey, string> _enums;

    private TypeNames(Dictionary<string, (string Section, string Name)> types, Dictionary<EnumKey, string> enums)
    {
        _types = types;
        _enums = enums;
    }

    /// <summary>The enums to generate: section, the name given, and the values.</summary>
    public IEnumerable<(string Section, string Name, EquatableArray<string> Values)> Enums
    {
        get
        {
            foreach (var entry in _enums)
            {
                yield return (entry.Key.Section, entry.Value, entry.Key.Values);
            }
        }
    }

    public static TypeNames Assign(IReadOnlyList<string> reachable, GrantedSpec granted, RightsCatalogue catalogue)
    {
        var namesBySection = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string Claim(string candidate, string section)
        {
            if (!namesBySection.TryGetValue(section, out var names))
            {
                // Names the generated code itself uses inside each section namespace.
                names = new HashSet<string>(StringComparer.Ordinal) { "System", "FregClient", "FregPart" };
                namesBySection[section] = names;
            }

            // Every generated type brings its converter, {Name}JsonConverter: both names must be free.
            var name = candidate;
            for (var i = 2; names.Contains(name) || names.Contains(name + Converter); i++)
            {
                name = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(name);
            names.Add(name + Converter);
            return name;
        }

        var allTypes = new Dictionary<string, (string Section, string Name)>(StringComparer.Ordinal);
        var namesakes = granted.Spec.Schemas
            .Select(schema => (schema.Key, Section: catalogue.SectionOf(schema.Key), BaseName: Naming.Pascal(schema.Title ?? SpecTypes.LastSegment(schema.Key))))
            .GroupBy(schema => (schema.Section, schema.BaseName))
            .OrderBy(group => group.Key.Section, StringComparer.Ordinal)
            .ThenBy(group => group.Key.BaseName, StringComparer.Ordinal);
        foreach (var group in namesakes)
        {
            var ordered = group.OrderBy(schema => schema.Key.Split('.').Length).ThenBy(schema => schema.Key, StringComparer.Ordinal).ToList();
            var owner = new HashSet<string>(ordered[0].Key.Split('.'), StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < ordered.Count; i++)
            {
                var (key, section, baseName) = ordered[i];
                var candidate = i == 0 ? baseName : Qualifier(key, owner) + baseName;
                allTypes[key] = (section, Claim(candidate, section));
            }
        }

        var types = new Dictionary<string, (string Section, string Name)>(StringComparer.Ordinal);
        foreach (var key in reachable)
        {
            types[key] = allTypes[key];
        }

        var enums = new Dictionary<EnumKey, string>();
        foreach (var key in reachable)
        {
            var section = types[key].Section;
            foreach (var property in granted.Properties[key])
            {
                if (SpecTypes.EnumOf(property.Type) is { } enumSpec)
                {
                    var enumKey = new EnumKey(section, Naming.Pascal(enumSpec.Title ?? property.JsonName), enumSpec.Values);
                    if (!enums.ContainsKey(enumKey))
                    {
                        enums[enumKey] = Claim(enumKey.Title, section);
                    }
                }
            }
        }

        return new TypeNames(types, enums);
    }

    /// <summary>The segments of a key (without its last) that the owner's key does not have, in PascalCase: <c>Arkiv</c>.</summary>
    private static string Qualifier(string key, HashSet<string> ownerSegments)
    {
        var segments = key.Split('.');
        return string.Concat(segments.Take(segments.Length - 1).Where(segment => !ownerSegments.Contains(segment)).Select(Naming.Pascal));
    }

    /// <summary>The section and name of a reachable schema.</summary>
    public (string Section, string Name) Of(string schemaKey) => _types[schemaKey];

    /// <summary>The name of the enum with this title (already PascalCase) and these values in a section, or null when there is none.</summary>
    public string? EnumName(string section, string title, EquatableArray<string> values)
        => _enums.TryGetValue(new EnumKey(section, title, values), out var name) ? name : null;

    /// <summary>An enum is one generated type per section, title and value list: the same inline enum repeated in many schemas is generated once.</summary>
    private readonly record struct EnumKey(string Section, string Title, EquatableArray<string> Values);
}
