using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>
/// How to turn the OMH spec into the file a package holder downloads. Each option is one of the differences known from
/// the offentlig-uten-hjemmel 1.6 file (../shared/freg/README.md, "Other published specifications").
/// </summary>
public sealed record PackageSpecOptions
{
    /// <summary>The package's segment, put in front of every path (<c>/offentligutenhjemmel/v1/...</c>) below the server <c>/</c>.</summary>
    public required string PathPrefix { get; init; }

    /// <summary>The spec's title (each group of packages has its own SwaggerHub API); null keeps the OMH title.</summary>
    public string? Title { get; init; }

    /// <summary>Other operationIds: without OMH's <c>_1</c> suffixes (so both XSD operations are <c>getXsd...</c>) and in another generator's style (<c>hentPersonerUsingPOST</c>).</summary>
    public bool RenameOperationIds { get; init; } = true;

    /// <summary>Query parameter names in lower case (<c>soekfonetisk</c> where OMH has <c>soekFonetisk</c>).</summary>
    public bool LowerCaseQueryParameters { get; init; } = true;

    /// <summary>The feed answers thin events: <c>LagretTynnHendelse { sekvensnummer, hendelse: TynnHendelse }</c>, no document ids.</summary>
    public bool ThinFeed { get; init; }

    /// <summary>Which operations the file keeps, by method and OMH path (<c>GET</c>, <c>/v1/hendelser/xsd</c>); null keeps all.</summary>
    public Func<string, string, bool>? KeepOperation { get; init; }

    /// <summary>Person properties renamed as in a spec of another version (<c>rettsligHandleevne</c> → <c>begrensningIRettsligHandleevne</c>).</summary>
    public IReadOnlyDictionary<string, string> RenamedPersonProperties { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Derives package-spec variants from the OMH file in code, so that no third-party spec file is committed: the OMH spec
/// as JSON in, a variant as JSON out. Used by the generator tests (same public surface for every package) and the
/// end-to-end test (a consumer built from a prefixed variant).
/// </summary>
public static class PackageSpecVariants
{
    public const string ThinEntryKey = "ske.folkeregister.rettighetspakke.hendelser.LagretTynnHendelse";
    public const string ThinEventKey = "ske.folkeregister.rettighetspakke.hendelser.TynnHendelse";
    private const string FeedPath = "/v1/hendelser/feed";
    private const string PersonSchemaSuffix = ".person.v1.Folkeregisterperson";

    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    public static string Derive(string omhJson, PackageSpecOptions options)
    {
        var root = JsonNode.Parse(omhJson)!.AsObject();
        if (options.Title is { } title)
        {
            root["info"]!["title"] = title;
        }

        root["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "Endpoint URL" });
        var schemas = root["components"]!["schemas"]!.AsObject();
        if (options.ThinFeed)
        {
            AddThinEvents(schemas);
        }

        RenamePersonProperties(schemas, options.RenamedPersonProperties);
        var paths = new JsonObject();
        foreach (var (path, item) in root["paths"]!.AsObject().ToList())
        {
            var pathItem = item!.AsObject();
            foreach (var method in Methods)
            {
                if (pathItem[method] is not JsonObject operation)
                {
                    continue;
                }

                if (options.KeepOperation is { } keep && !keep(method.ToUpperInvariant(), path))
                {
                    pathItem.Remove(method);
                    continue;
                }

                if (options.RenameOperationIds && operation["operationId"]?.GetValue<string>() is { } operationId)
                {
                    operation["operationId"] = Regex.Replace(operationId, "_[0-9]+$", string.Empty) + "Using" + method.ToUpperInvariant();
                }

                if (options.LowerCaseQueryParameters && operation["parameters"] is JsonArray parameters)
                {
                    foreach (var parameter in parameters.OfType<JsonObject>().Where(p => p["in"]?.GetValue<string>() == "query"))
                    {
                        parameter["name"] = parameter["name"]!.GetValue<string>().ToLowerInvariant();
                    }
                }

                if (options.ThinFeed && path == FeedPath && method == "get")
                {
                    ThinFeedAnswer(operation);
                }
            }

            if (Methods.Any(method => pathItem.ContainsKey(method)))
            {
                pathItem.Parent!.AsObject().Remove(path);
                paths["/" + options.PathPrefix.Trim('/') + path] = pathItem;
            }
        }

        root["paths"] = paths;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static void AddThinEvents(JsonObject schemas)
    {
        schemas[ThinEventKey] = new JsonObject
        {
            ["title"] = "TynnHendelse",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["ajourholdstidspunkt"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                ["folkeregisteridentifikator"] = new JsonObject { ["type"] = "string" },
                ["hendelsetype"] = new JsonObject { ["type"] = "string" },
            },
        };
        schemas[ThinEntryKey] = new JsonObject
        {
            ["title"] = "LagretTynnHendelse",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["hendelse"] = new JsonObject { ["$ref"] = "#/components/schemas/" + ThinEventKey },
                ["sekvensnummer"] = new JsonObject { ["type"] = "integer", ["format"] = "int64" },
            },
        };
    }

    private static void ThinFeedAnswer(JsonObject operation)
    {
        foreach (var content in operation["responses"]!["200"]!["content"]!.AsObject())
        {
            content.Value!["schema"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/" + ThinEntryKey },
            };
        }
    }

    private static void RenamePersonProperties(JsonObject schemas, IReadOnlyDictionary<string, string> renamed)
    {
        if (renamed.Count == 0)
        {
            return;
        }

        var person = schemas.First(schema => schema.Key.EndsWith(PersonSchemaSuffix, StringComparison.Ordinal)).Value!["properties"]!.AsObject();
        foreach (var (from, to) in renamed)
        {
            if (person[from] is { } property)
            {
                person.Remove(from);
                person[to] = property;
            }
        }
    }
}
