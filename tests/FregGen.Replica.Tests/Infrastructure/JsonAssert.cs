using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>JSON compared by meaning: property order is ignored (JSONB reorders keys), array order and values are not.</summary>
public static class JsonAssert
{
    public static bool SameJson(byte[] left, byte[] right) => JsonNode.DeepEquals(Sorted(JsonNode.Parse(left)), Sorted(JsonNode.Parse(right)));

    public static JsonNode? Without(byte[] document, params string[] properties)
    {
        var node = JsonNode.Parse(document)!.AsObject();
        foreach (var property in properties)
        {
            node.Remove(property);
        }

        return node;
    }

    public static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, Sorted(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(item => Sorted(item?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };
}
