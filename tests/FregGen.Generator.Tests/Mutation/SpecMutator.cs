using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace FregGen.Generator.Tests.Mutation;

/// <summary>What a mutation may aim at so that it lands in generated code: the schemas and operations the package gets.</summary>
public sealed record MutationTargets(IReadOnlyList<string> SchemaKeys, IReadOnlyList<(string Method, string Path)> Operations);

/// <summary>One kind of change to a spec. <see cref="Apply"/> returns what it did, or null when it found nothing to change.</summary>
public sealed record SpecMutation(string Kind, Func<Random, JsonObject, MutationTargets, string?> Apply);

/// <summary>
/// Mutations of a real spec, each a construct published specs have or a generator must survive: keywords and odd
/// characters as names, case twins, unknown types and formats, compositions, self references, deep nesting, very wide
/// schemas, odd or missing operationIds, object and array query parameters, header and cookie parameters, missing or
/// non-JSON answers, dangling references, odd paths and bodies. Works on the spec as a JSON tree (System.Text.Json.Nodes).
/// </summary>
public static class SpecMutator
{
    private const string SchemaRef = "#/components/schemas/";

    private static readonly string[] KeywordNames =
    {
        "class", "namespace", "event", "string", "default", "operator", "void", "object", "this", "base", "params", "in", "is",
        "Value", "IsKnown", "KnownValues", "AdditionalProperties", "Equals", "GetHashCode", "ToString", "GetType", "ReadValue", "WriteValue",
        "FregClient", "FregPart", "System", "Global", "global", "value", "reader", "writer", "options", "Read", "Write",
    };

    private static readonly string[] OddNames =
    {
        "", " ", "a-b", "1st", "æøå", "with space", "$ref", "__", "_", "Ω", "名前", "😀", "a.b", "null", "true", "x\u0000y", "\"quoted\"",
        "<tag>", "a&b", "back\\slash", "tab\tname", "line\nbreak", "0", "-1", "@at", "#hash", "a/b", "{braces}", "\u200B", "ÆØÅ",
    };

    private static readonly string[] OddOperationIds =
    {
        "class", "", "123", "a b c", "hentPersoner", "readFeed", "getBaseAddress", "fregClient", "ToString", "ÆØÅ", "_", "--", "Equals",
        "personsoek", "hent-personer", "x" + new string('y', 300), "createFeedReader", "feedSequenceOf",
    };

    private static readonly Func<JsonObject>[] UnknownTypes =
    {
        () => new JsonObject { ["type"] = "file" },
        () => new JsonObject { ["type"] = "foo" },
        () => new JsonObject { ["type"] = "null" },
        () => new JsonObject { ["type"] = new JsonArray("string", "null") },
        () => new JsonObject { ["type"] = "string", ["format"] = "binary" },
        () => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        () => new JsonObject { ["type"] = "string", ["format"] = "byte" },
        () => new JsonObject { ["type"] = "integer", ["format"] = "int8" },
        () => new JsonObject { ["type"] = "integer", ["format"] = "uint64" },
        () => new JsonObject { ["type"] = "number", ["format"] = "decimal" },
        () => new JsonObject { ["type"] = "number", ["format"] = "float" },
        () => new JsonObject { ["type"] = "string", ["format"] = "date-time-local" },
        () => new JsonObject { ["type"] = "boolean", ["format"] = "yes-no" },
        () => new JsonObject { ["format"] = "date" },
    };

    private static readonly Func<JsonObject>[] QueryShapes =
    {
        () => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } },
        () => new JsonObject { ["type"] = "object" },
        () => Array(new JsonObject { ["type"] = "integer", ["format"] = "int32" }),
        () => Array(new JsonObject { ["type"] = "integer", ["format"] = "int64" }),
        () => Array(new JsonObject { ["type"] = "number" }),
        () => Array(new JsonObject { ["type"] = "boolean" }),
        () => Array(new JsonObject { ["type"] = "string", ["format"] = "date" }),
        () => Array(new JsonObject { ["type"] = "string", ["format"] = "date-time" }),
        () => Array(new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "b") }),
        () => Array(new JsonObject { ["type"] = "string" }),
        () => Array(new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } }),
        () => Array(Array(new JsonObject { ["type"] = "string" })),
        () => Array(new JsonObject()),
        () => new JsonObject { ["type"] = "array" },
        () => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } },
        () => new JsonObject { ["type"] = "string", ["format"] = "date" },
        () => new JsonObject { ["type"] = "number" },
        () => new JsonObject(),
        () => new JsonObject { ["$ref"] = SchemaRef + "ske.folkeregister.exception.javaxrs.FolkeregisterFeilmelding" },
        () => new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" }) },
    };

    private static readonly Func<JsonObject>[] LooseShapes =
    {
        () => new JsonObject { ["type"] = "array" },
        () => new JsonObject { ["type"] = "object", ["additionalProperties"] = true },
        () => new JsonObject { ["type"] = "object", ["additionalProperties"] = false },
        () => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "integer" } },
        () => new JsonObject { ["type"] = "string", ["nullable"] = true },
        () => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() },
        () => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } } } },
        () => Array(Array(Array(new JsonObject { ["type"] = "string", ["format"] = "date" }))),
        () => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray() },
        () => new JsonObject { ["type"] = "string", ["default"] = "x", ["example"] = "y", ["deprecated"] = true, ["readOnly"] = true },
        () => new JsonObject { ["description"] = "Tegn </summary> & <b>fet</b> \"sitat\" \\ */ /* -->", ["type"] = "string" },
        () => new JsonObject { ["title"] = "", ["type"] = "object", ["properties"] = new JsonObject { ["x"] = new JsonObject { ["type"] = "string" } } },
        () => new JsonObject { ["title"] = "class", ["type"] = "object", ["properties"] = new JsonObject { ["x"] = new JsonObject { ["type"] = "string" } } },
        () => new JsonObject { ["title"] = "System", ["type"] = "string", ["enum"] = new JsonArray("a") },
    };

    public static IReadOnlyList<SpecMutation> All { get; } = new[]
    {
        new SpecMutation("keyword-property", (r, s, t) => AddProperty(r, s, t, Pick(r, KeywordNames), Scalar(r))),
        new SpecMutation("odd-property-name", (r, s, t) => AddProperty(r, s, t, Pick(r, OddNames), Scalar(r))),
        new SpecMutation("case-twin-property", CaseTwin),
        new SpecMutation("odd-enum", OddEnum),
        new SpecMutation("odd-operation-id", OddOperationId),
        new SpecMutation("unknown-type-or-format", (r, s, t) => AddProperty(r, s, t, "ukjent" + r.Next(100), Pick(r, UnknownTypes)())),
        new SpecMutation("composition", Composition),
        new SpecMutation("self-reference", SelfReference),
        new SpecMutation("deep-nesting", (r, s, t) => AddProperty(r, s, t, "dyp", Nested(40))),
        new SpecMutation("many-properties", ManyProperties),
        new SpecMutation("object-or-array-query-parameter", (r, s, t) => AddParameter(r, s, t, "query", Pick(r, QueryShapes)())),
        new SpecMutation("header-or-cookie-parameter", (r, s, t) => AddParameter(r, s, t, Pick(r, new[] { "header", "cookie" }), Scalar(r))),
        new SpecMutation("odd-parameter-name", (r, s, t) => AddParameterNamed(r, s, t, Pick(r, new[] { "body", "cancellationToken", "ifNoneMatch", "url", "request", "response", "element_", "seq", "Seq", "SEQ", "part", "value", "class", "" }), "query", Pick(r, QueryShapes)())),
        new SpecMutation("odd-response", OddResponse),
        new SpecMutation("dangling-reference", DanglingReference),
        new SpecMutation("odd-path", OddPath),
        new SpecMutation("odd-request-body", OddBody),
        new SpecMutation("loose-schema", (r, s, t) => AddProperty(r, s, t, "loes" + r.Next(100), Pick(r, LooseShapes)())),
        new SpecMutation("person-document-change", PersonDocumentChange),
        new SpecMutation("namesake-schema", NamesakeSchema),
    };

    /// <summary>Applies one to three mutations (at least one that found something to change); returns their kinds and descriptions.</summary>
    public static IReadOnlyList<(string Kind, string Description)> Mutate(Random random, JsonObject spec, MutationTargets targets)
    {
        var applied = new List<(string, string)>();
        var wanted = random.Next(1, 4);
        for (var attempt = 0; applied.Count < wanted && attempt < 20; attempt++)
        {
            var mutation = Pick(random, All);
            if (mutation.Apply(random, spec, targets) is { } description)
            {
                applied.Add((mutation.Kind, description));
            }
        }

        return applied;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static JsonObject Array(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Scalar(Random random) => Pick(random, new Func<JsonObject>[]
    {
        () => new JsonObject { ["type"] = "string" },
        () => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
        () => new JsonObject { ["type"] = "boolean" },
        () => new JsonObject { ["type"] = "string", ["format"] = "date" },
        () => new JsonObject { ["type"] = "number" },
    })();

    private static JsonObject Schemas(JsonObject spec) => spec["components"]!["schemas"]!.AsObject();

    private static JsonObject? Schema(Random random, JsonObject spec, MutationTargets targets, bool objectsOnly = true)
    {
        var schemas = Schemas(spec);
        var candidates = targets.SchemaKeys.Where(key => schemas[key] is JsonObject s && (!objectsOnly || s["properties"] is JsonObject)).ToList();
        return candidates.Count == 0 ? null : schemas[Pick(random, candidates)]!.AsObject();
    }

    private static string KeyOf(JsonObject schema) => schema.GetPropertyName();

    private static JsonObject? Operation(Random random, JsonObject spec, MutationTargets targets)
    {
        if (targets.Operations.Count == 0)
        {
            return null;
        }

        var (method, path) = Pick(random, targets.Operations);
        return spec["paths"]?[path]?[method.ToLowerInvariant()] as JsonObject;
    }

    private static string? AddProperty(Random random, JsonObject spec, MutationTargets targets, string name, JsonNode shape)
    {
        if (Schema(random, spec, targets) is not { } schema)
        {
            return null;
        }

        schema["properties"]![name] = shape;
        if (random.Next(4) == 0)
        {
            schema["required"] = new JsonArray(JsonValue.Create(name));
        }

        return "property '" + Printable(name) + "' " + shape.ToJsonString() + " on " + KeyOf(schema);
    }

    private static string? CaseTwin(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Schema(random, spec, targets) is not { } schema || schema["properties"]!.AsObject().FirstOrDefault(p => p.Key.Length > 0 && char.IsLetter(p.Key[0])) is not { Key: { } existing })
        {
            return null;
        }

        var twin = char.IsUpper(existing[0]) ? char.ToLowerInvariant(existing[0]) + existing.Substring(1) : char.ToUpperInvariant(existing[0]) + existing.Substring(1);
        schema["properties"]![twin] = Scalar(random);
        schema["properties"]![existing.ToUpperInvariant()] = Scalar(random);
        return "case twins '" + twin + "' and '" + existing.ToUpperInvariant() + "' of '" + existing + "' on " + KeyOf(schema);
    }

    private static string? OddEnum(Random random, JsonObject spec, MutationTargets targets)
    {
        var shapes = new Func<JsonObject>[]
        {
            () => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("class", "", "1", "a b", "A", "a", "Value", "IsKnown", "KnownValues", "a", "æøå", "-", "_", "ToString") },
            () => new JsonObject { ["type"] = "string", ["title"] = Pick(random, KeywordNames), ["enum"] = new JsonArray("x", "X", "x-y", "x_y") },
            () => new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(1, 2, 3) },
            () => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", null, "b") },
            () => new JsonObject { ["enum"] = new JsonArray("a", 1, true) },
            () => Array(new JsonObject { ["type"] = "string", ["title"] = "Personstatus", ["enum"] = new JsonArray("bosatt", "ny") }),
            () => new JsonObject { ["type"] = "string", ["title"] = "", ["enum"] = new JsonArray("😀", "\u0000", "\"", "\\") },
        };
        return AddProperty(random, spec, targets, "oppramsing" + random.Next(100), Pick(random, shapes)());
    }

    private static string? OddOperationId(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Operation(random, spec, targets) is not { } operation)
        {
            return null;
        }

        if (random.Next(5) == 0)
        {
            operation.Remove("operationId");
            return "operationId removed from " + operation.GetPath();
        }

        var id = Pick(random, OddOperationIds);
        operation["operationId"] = id;
        return "operationId '" + Printable(id) + "' at " + operation.GetPath();
    }

    private static string? Composition(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Schema(random, spec, targets) is not { } schema)
        {
            return null;
        }

        var other = Schema(random, spec, targets) ?? schema;
        var key = KeyOf(schema);
        var otherKey = KeyOf(other);
        var a = new JsonObject { ["$ref"] = SchemaRef + key };
        var b = new JsonObject { ["$ref"] = SchemaRef + otherKey };
        var shape = Pick(random, new Func<JsonObject>[]
        {
            () => new JsonObject { ["oneOf"] = new JsonArray(a, b) },
            () => new JsonObject { ["anyOf"] = new JsonArray(a, new JsonObject { ["type"] = "string" }) },
            () => new JsonObject { ["allOf"] = new JsonArray(a, b) },
            () => new JsonObject { ["allOf"] = new JsonArray(b) },
            () => new JsonObject { ["not"] = new JsonObject { ["type"] = "string" } },
            () => new JsonObject { ["oneOf"] = new JsonArray(a, b), ["discriminator"] = new JsonObject { ["propertyName"] = "type" } },
        })();
        if (random.Next(3) == 0)
        {
            Schemas(spec)[otherKey] = new JsonObject { ["title"] = other["title"]?.GetValue<string>(), ["allOf"] = new JsonArray(new JsonObject { ["type"] = "object", ["properties"] = other["properties"]!.DeepClone() }, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["ekstra"] = new JsonObject { ["type"] = "string" } } }) };
            return "component " + otherKey + " made an allOf";
        }

        schema["properties"]!["sammensatt"] = shape;
        return "composition " + shape.ToJsonString() + " on " + key;
    }

    private static string? SelfReference(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Schema(random, spec, targets) is not { } schema)
        {
            return null;
        }

        var key = KeyOf(schema);
        var self = new JsonObject { ["$ref"] = SchemaRef + key };
        switch (random.Next(4))
        {
            case 0:
                schema["properties"]!["meg"] = self;
                return "property referring to its own schema " + key;
            case 1:
                schema["properties"]!["barn"] = Array(self);
                return "list of its own schema on " + key;
            case 2:
                schema["properties"]!["kart"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = self };
                return "map of its own schema on " + key;
            default:
                Schemas(spec)["mutert.v1.Sirkel"] = new JsonObject { ["$ref"] = SchemaRef + "mutert.v1.Sirkel" };
                Schemas(spec)["mutert.v1.A"] = new JsonObject { ["$ref"] = SchemaRef + "mutert.v1.B" };
                Schemas(spec)["mutert.v1.B"] = new JsonObject { ["$ref"] = SchemaRef + "mutert.v1.A" };
                schema["properties"]!["sirkel"] = new JsonObject { ["$ref"] = SchemaRef + "mutert.v1.Sirkel" };
                schema["properties"]!["ring"] = new JsonObject { ["$ref"] = SchemaRef + "mutert.v1.A" };
                return "schemas that are references to themselves, used on " + key;
        }
    }

    private static JsonObject Nested(int depth)
    {
        var inner = new JsonObject { ["type"] = "string" };
        for (var i = 0; i < depth; i++)
        {
            inner = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["nivaa" + i] = inner, ["navn"] = new JsonObject { ["type"] = "string" } } };
        }

        return inner;
    }

    private static string? ManyProperties(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Schema(random, spec, targets) is not { } schema)
        {
            return null;
        }

        var properties = schema["properties"]!.AsObject();
        for (var i = 0; i < 2000; i++)
        {
            properties["felt" + i] = (i % 5) switch
            {
                0 => new JsonObject { ["type"] = "string" },
                1 => new JsonObject { ["type"] = "integer" },
                2 => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                3 => Array(new JsonObject { ["type"] = "string" }),
                _ => new JsonObject { ["type"] = "string", ["title"] = "Valg" + (i % 7), ["enum"] = new JsonArray("a" + (i % 7), "b") },
            };
        }

        return "2000 properties on " + KeyOf(schema);
    }

    private static string? AddParameter(Random random, JsonObject spec, MutationTargets targets, string location, JsonObject shape)
        => AddParameterNamed(random, spec, targets, "mutert" + random.Next(100), location, shape);

    private static string? AddParameterNamed(Random random, JsonObject spec, MutationTargets targets, string name, string location, JsonObject shape)
    {
        if (Operation(random, spec, targets) is not { } operation)
        {
            return null;
        }

        if (operation["parameters"] is not JsonArray parameters)
        {
            operation["parameters"] = parameters = new JsonArray();
        }

        var required = random.Next(3) == 0;
        parameters.Add(new JsonObject { ["name"] = name, ["in"] = location, ["required"] = required, ["schema"] = shape });
        return (required ? "required " : string.Empty) + location + " parameter '" + Printable(name) + "' " + shape.ToJsonString() + " at " + operation.GetPath();
    }

    private static string? OddResponse(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Operation(random, spec, targets) is not { } operation)
        {
            return null;
        }

        var responses = operation["responses"]!.AsObject();
        var ok = new JsonObject { ["description"] = "ok" };
        switch (random.Next(7))
        {
            case 0:
                foreach (var key in responses.Select(r => r.Key).Where(k => k.StartsWith('2')).ToList())
                {
                    responses.Remove(key);
                }

                return "no 2xx answer at " + operation.GetPath();
            case 1:
                ok["content"] = new JsonObject { ["text/plain"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } };
                break;
            case 2:
                ok["content"] = new JsonObject { ["application/octet-stream"] = new JsonObject() };
                break;
            case 3:
                ok["content"] = new JsonObject { ["application/json"] = new JsonObject() };
                break;
            case 4:
                responses.Remove("200");
                responses["204"] = new JsonObject { ["description"] = "nothing" };
                return "only 204 at " + operation.GetPath();
            case 5:
                responses.Remove("200");
                responses["default"] = new JsonObject { ["description"] = "d", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "integer" } } } };
                return "only a default JSON integer answer at " + operation.GetPath();
            default:
                responses["200"] = new JsonObject { ["$ref"] = "#/components/responses/Mangler" };
                return "answer is a dangling response reference at " + operation.GetPath();
        }

        responses["200"] = ok;
        return "answer " + ok.ToJsonString() + " at " + operation.GetPath();
    }

    private static string? DanglingReference(Random random, JsonObject spec, MutationTargets targets)
    {
        switch (random.Next(4))
        {
            case 0:
                return AddProperty(random, spec, targets, "haengende", new JsonObject { ["$ref"] = SchemaRef + "finnes.ikke.Mangler" });
            case 1:
                return AddProperty(random, spec, targets, "ekstern", new JsonObject { ["$ref"] = "andre.yaml#/components/schemas/X" });
            case 2:
                if (Operation(random, spec, targets) is not { } operation)
                {
                    return null;
                }

                if (operation["parameters"] is not JsonArray parameters)
                {
                    operation["parameters"] = parameters = new JsonArray();
                }

                parameters.Add(new JsonObject { ["$ref"] = "#/components/parameters/Mangler" });
                return "dangling parameter reference at " + operation.GetPath();
            default:
                if (Operation(random, spec, targets) is not { } bodyOperation)
                {
                    return null;
                }

                bodyOperation["requestBody"] = new JsonObject { ["$ref"] = "#/components/requestBodies/Mangler" };
                return "dangling request body reference at " + bodyOperation.GetPath();
        }
    }

    private static string? OddPath(Random random, JsonObject spec, MutationTargets targets)
    {
        var paths = spec["paths"]!.AsObject();
        var response = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } } } };
        var pathParameter = new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } };
        var (path, operation) = Pick(random, new Func<(string, JsonObject)>[]
        {
            () => ("/v1/mutert/{id}", new JsonObject { ["operationId"] = "udeklarert", ["responses"] = response }),
            () => ("/v1/mutert", new JsonObject { ["operationId"] = "ekstraParameter", ["parameters"] = new JsonArray(pathParameter), ["responses"] = response }),
            () => ("/v1/mutert/{person-id}/{ID}", new JsonObject { ["operationId"] = "bindestrek", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "person-id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }, new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "integer" } }), ["responses"] = response }),
            () => ("/v1/personer/soek/", new JsonObject { ["operationId"] = "personsoekMedSkraastrek", ["responses"] = response }),
            () => ("/v1/æ ø/{dato}", new JsonObject { ["operationId"] = "rare tegn", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "dato", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "date" } }), ["responses"] = response }),
            () => ("/v1/mutert/{flagg}", new JsonObject { ["operationId"] = "boolskSti", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "flagg", ["in"] = "path", ["required"] = true, ["schema"] = Pick(random, new[] { "boolean", "number", "integer" }) is var t ? new JsonObject { ["type"] = t } : null }), ["responses"] = response }),
            () => ("mutert/uten/skraastrek", new JsonObject { ["operationId"] = "utenSkraastrek", ["responses"] = response }),
        })();
        if (paths.ContainsKey(path))
        {
            return null;
        }

        paths[path] = new JsonObject { [Pick(random, new[] { "get", "put", "delete", "patch", "head", "options" })] = operation };
        return "path '" + path + "' " + operation.ToJsonString();
    }

    private static string? OddBody(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Operation(random, spec, targets) is not { } operation)
        {
            return null;
        }

        var shape = Pick(random, new Func<JsonObject>[]
        {
            () => new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Array(new JsonObject { ["type"] = "string" }) } } },
            () => new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "integer", ["format"] = "int64" } } } },
            () => new JsonObject { ["content"] = new JsonObject { ["application/xml"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } } },
            () => new JsonObject { ["required"] = true, ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" }) } } } },
            () => new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } } } } },
            () => new JsonObject { ["content"] = new JsonObject { ["application/merge-patch+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } } } } },
            () => new JsonObject { ["content"] = new JsonObject() },
        })();
        operation["requestBody"] = shape;
        return "request body " + shape.ToJsonString() + " at " + operation.GetPath();
    }

    private static string? PersonDocumentChange(Random random, JsonObject spec, MutationTargets targets)
    {
        var person = Schemas(spec).FirstOrDefault(s => s.Key.EndsWith(".person.v1.Folkeregisterperson", StringComparison.Ordinal));
        if (person.Value is not JsonObject schema)
        {
            return null;
        }

        switch (random.Next(4))
        {
            case 0:
                var properties = schema["properties"]!.AsObject();
                var removed = properties.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ElementAt(random.Next(properties.Count));
                properties.Remove(removed);
                return "person property '" + removed + "' removed";
            case 1:
                schema["title"] = "Person" + random.Next(10);
                return "person document retitled " + schema["title"];
            case 2:
                schema["properties"]!["navn"] = new JsonObject { ["type"] = "string" };
                return "person property 'navn' made a string";
            default:
                Schemas(spec)[person.Key] = new JsonObject { ["title"] = "Folkeregisterperson", ["allOf"] = new JsonArray(new JsonObject { ["type"] = "object", ["properties"] = schema["properties"]!.DeepClone() }) };
                return "person document made an allOf of one object";
        }
    }

    private static string? NamesakeSchema(Random random, JsonObject spec, MutationTargets targets)
    {
        if (Schema(random, spec, targets) is not { } schema)
        {
            return null;
        }

        var key = KeyOf(schema);
        var title = schema["title"]?.GetValue<string>() ?? key.Split('.').Last();
        var namesake = key.Substring(0, key.LastIndexOf('.') + 1) + "mutert." + title;
        Schemas(spec)[namesake] = new JsonObject { ["title"] = title, ["type"] = "object", ["properties"] = new JsonObject { ["annet"] = new JsonObject { ["type"] = "string" } } };
        schema["properties"]!["navnebror"] = new JsonObject { ["$ref"] = SchemaRef + namesake };
        return "namesake schema " + namesake + " used by " + key;
    }

    private static string Printable(string text)
        => string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c == '\u200B' ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
}
