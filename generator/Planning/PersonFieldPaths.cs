using System;
using System.Collections.Generic;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// The Freg field paths of the person document: for each (schema, property) below the person schema, the dotted paths
/// from the person that lead to it (<c>bostedsadresse.vegadresse.adressenavn</c>), which become [FregField] for the
/// analyzers. A shared schema has several; the walk stops at cycles, at depth 8 and at 16 paths per property.
/// In: the <see cref="GrantedSpec"/>. Out: a read-only table.
/// </summary>
internal sealed class PersonFieldPaths
{
    private const int MaxFieldPathsPerProperty = 16;
    private const int MaxFieldPathDepth = 8;

    public static readonly PersonFieldPaths None = new(new Dictionary<(string, string), EquatableArray<string>>());

    private readonly IReadOnlyDictionary<(string Schema, string Property), EquatableArray<string>> _paths;

    private PersonFieldPaths(IReadOnlyDictionary<(string Schema, string Property), EquatableArray<string>> paths) => _paths = paths;

    public EquatableArray<string> Of(string schemaKey, string jsonName)
        => _paths.TryGetValue((schemaKey, jsonName), out var paths) ? paths : EquatableArray<string>.Empty;

    public static PersonFieldPaths Walk(GrantedSpec granted, string personKey)
    {
        var paths = new Dictionary<(string, string), List<string>>();
        void Walk(string schemaKey, string prefix, int depth, HashSet<string> onPath)
        {
            foreach (var property in granted.Properties[schemaKey])
            {
                var path = prefix.Length == 0 ? property.JsonName : prefix + "." + property.JsonName;
                var key = (schemaKey, property.JsonName);
                if (!paths.TryGetValue(key, out var list))
                {
                    paths[key] = list = new List<string>();
                }

                if (list.Count < MaxFieldPathsPerProperty)
                {
                    list.Add(path);
                }

                if (SpecTypes.ObjectKeyOf(property.Type) is { } child && depth < MaxFieldPathDepth && onPath.Add(child))
                {
                    Walk(child, path, depth + 1, onPath);
                    onPath.Remove(child);
                }
            }
        }

        Walk(personKey, string.Empty, 0, new HashSet<string>(StringComparer.Ordinal) { personKey });
        var result = new Dictionary<(string, string), EquatableArray<string>>();
        foreach (var entry in paths)
        {
            result[entry.Key] = entry.Value.ToEquatableArray();
        }

        return new PersonFieldPaths(result);
    }
}
