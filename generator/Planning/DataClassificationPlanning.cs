using System.Collections.Generic;
using System.Linq;
using FregGen.Classification;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Gives every scalar model property its <see cref="FregDataClass"/>: walks the model graph from each root type (a type
/// no other type holds) and asks <see cref="FregDataClassifier"/>, the shared rule, at every field it reaches. A field
/// reached along several paths gets the most sensitive class.
/// </summary>
internal static class DataClassificationPlanning
{
    public static GenerationModel Apply(GenerationModel model)
    {
        var types = model.Types.ToDictionary(type => type.FullName(model.Namespace));
        var held = new HashSet<string>(types.Values.SelectMany(type => type.Properties).Select(p => ModelOf(p.Type)).Where(name => name is not null)!);
        var classes = new Dictionary<(string Type, string Property), FregDataClass>();
        var visited = new HashSet<(string Type, FregFieldContext Context)>();

        void Walk(string typeName, FregFieldContext context)
        {
            if (!types.TryGetValue(typeName, out var type) || !visited.Add((typeName, context)))
            {
                return;
            }

            foreach (var property in type.Properties)
            {
                if (ModelOf(property.Type) is { } child)
                {
                    Walk(child, FregDataClassifier.Enter(context, property.JsonName));
                    continue;
                }

                var key = (typeName, property.JsonName);
                var found = FregDataClassifier.Classify(context, property.JsonName);
                classes[key] = classes.TryGetValue(key, out var earlier) ? FregDataClassifier.MostSensitive(earlier, found) : found;
            }
        }

        foreach (var root in types.Keys.Where(name => !held.Contains(name)).OrderBy(name => name, System.StringComparer.Ordinal))
        {
            Walk(root, FregDataClassifier.Enter(FregFieldContext.Outside, types[root].Name));
        }

        // Types only held in a cycle have no root: start them from their own name too.
        foreach (var rest in types.Keys.Where(name => !visited.Any(v => v.Type == name)).OrderBy(name => name, System.StringComparer.Ordinal))
        {
            Walk(rest, FregDataClassifier.Enter(FregFieldContext.Outside, types[rest].Name));
        }

        var classified = model.Types
            .Select(type => type with
            {
                Properties = type.Properties
                    .Select(p => classes.TryGetValue((type.FullName(model.Namespace), p.JsonName), out var dataClass) ? p with { DataClass = dataClass } : p)
                    .ToEquatableArray(),
            })
            .ToEquatableArray();
        return model with { Types = classified };
    }

    private static string? ModelOf(TypeShape shape)
    {
        while (shape.Kind is ValueKind.List or ValueKind.Map && shape.Item is { } item)
        {
            shape = item;
        }

        return shape.Kind == ValueKind.Model ? shape.FullName : null;
    }
}
