using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Generator.Planning;
using FregGen.Infrastructure;

namespace FregGen.Generator.Replica;

/// <summary>
/// Finds the operations a replica needs among the package's generated client methods by HTTP method and normalised path
/// (the catalogue's operation keys; a path may carry a package prefix such as <c>/offentligutenhjemmel/v1/...</c>), never
/// by method name, so renamed operationIds and other spec variants keep working. An operation whose required parameters
/// the replica cannot fill, or whose answer is not JSON of a model, counts as not offered.
/// </summary>
internal static class ReplicaSourcePlanner
{
    private static readonly (string Capability, string Method, string Path, string What)[] Operations =
    {
        ("Feed", "GET", "/v1/hendelser/feed", "the event feed"),
        ("LastSequenceNumber", "GET", "/v1/hendelser/siste/sekvensnummer", "the feed's last sequence number"),
        ("PersonBulkLookup", "POST", "/v1/personer/bulkoppslag", "bulk lookup of persons"),
        ("ArchivedPersonBulkLookup", "POST", "/v1/personer/bulkoppslag/arkiv", "bulk lookup of archived person documents"),
        ("CompleteExtract", "GET", "/v1/uttrekk/komplett", "the complete extract"),
        ("TailoredExtract", "POST", "/v1/uttrekk/tilpasset", "the tailored extract"),
        ("ExtractBatches", "GET", "/v1/uttrekk/{jobbid}/batch/{batchnr}", "reading extract batches"),
    };

    public static ReplicaSourcePlan Plan(GenerationModel model)
    {
        var calls = new List<ReplicaCall>();
        var missing = new List<ReplicaMissing>();
        foreach (var (capability, method, path, what) in Operations)
        {
            var operation = Find(model, method, path);
            string? problem = null;
            var call = operation is null ? null : Bind(model, capability, operation, out problem);
            if (call is not null)
            {
                calls.Add(call);
                continue;
            }

            var reason = operation is null
                ? "The rights package '" + model.Package.Id + "' does not offer " + what + " (" + method + " " + path + ")."
                : "The client for '" + model.Package.Id + "' has " + method + " " + path + " (" + what + "), but " + problem + ".";
            missing.Add(new ReplicaMissing(capability, reason));
        }

        return new ReplicaSourcePlan(
            calls.ToEquatableArray(),
            missing.ToEquatableArray(),
            PersonProperties(model, calls).ToEquatableArray(),
            model.Parts.Select(part => part.Value).ToEquatableArray());
    }

    private static ClientOperation? Find(GenerationModel model, string method, string path)
    {
        var wanted = OperationKey.NormalizePath(path);
        ClientOperation? suffixMatch = null;
        foreach (var operation in model.Operations)
        {
            if (!string.Equals(operation.HttpMethod, method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var normalized = OperationKey.NormalizePath(operation.PathTemplate);
            if (normalized == wanted)
            {
                return operation;
            }

            // Specs published per package put the package in every path: /offentligutenhjemmel/v1/hendelser/feed.
            if (suffixMatch is null && normalized.EndsWith(wanted, StringComparison.Ordinal))
            {
                suffixMatch = operation;
            }
        }

        return suffixMatch;
    }

    private static ReplicaCall? Bind(GenerationModel model, string capability, ClientOperation operation, out string? problem)
    {
        var arguments = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var argument = Argument(model, capability, parameter);
            if (argument is null)
            {
                if (parameter.Required || parameter.Kind == ParameterKind.Body)
                {
                    problem = "its required parameter '" + parameter.WireName + "' is not one the replica can fill";
                    return null;
                }

                continue;
            }

            arguments.Add(parameter.Name + ": " + argument);
        }

        if (operation.Conditional)
        {
            arguments.Add("ifNoneMatch: ifNoneMatch");
        }

        arguments.Add("cancellationToken: cancellationToken");
        var (kind, resultModel) = ResultOf(capability, operation);
        if (kind is null)
        {
            problem = "its answer is not the JSON the replica reads";
            return null;
        }

        problem = null;
        return new ReplicaCall(capability, operation.MethodName, operation.OperationId, arguments.ToEquatableArray(), kind.Value, resultModel);
    }

    /// <summary>The expression passed for a parameter, in the variables of the runtime method it implements; null when the replica has nothing for it.</summary>
    private static string? Argument(GenerationModel model, string capability, ClientParameter parameter)
    {
        var name = parameter.WireName;
        switch (parameter.Kind)
        {
            case ParameterKind.Part:
                return capability is "PersonBulkLookup" or "ArchivedPersonBulkLookup" ? "Parts(parts)" : null;
            case ParameterKind.Body:
                if (parameter.Type.Kind != ValueKind.Model)
                {
                    return null;
                }

                var body = capability switch
                {
                    "PersonBulkLookup" => "global::FregGen.Runtime.Replica.FregReplicaJson.StringListBody(\"foedselsEllerDNummer\", identifiers)",
                    "ArchivedPersonBulkLookup" => "global::FregGen.Runtime.Replica.FregReplicaJson.StringListBody(\"dokumentidentifikator\", documentIds)",
                    "TailoredExtract" => "filter.ToJson()",
                    _ => null,
                };
                return body is null ? null : "Body(" + body + ", global::" + model.Namespace + ".FregJsonContext.GetTypeInfo<" + GenerationPlanner.TypeName(parameter.Type) + ">())";
            default:
                return (capability, name.ToLowerInvariant()) switch
                {
                    ("Feed", "seq") => FromNumber(parameter.Type, "fromSequence"),
                    ("CompleteExtract", "feedsekvensnr") => parameter.Required
                        ? FromNumber(parameter.Type, "feedSequenceNumber.GetValueOrDefault()")
                        : "feedSequenceNumber is { } pinned ? " + FromNumber(parameter.Type, "pinned") + " : null",
                    ("ExtractBatches", "jobbid") when parameter.Type.Kind == ValueKind.String => "jobId",
                    ("ExtractBatches", "batchnr") => FromNumber(parameter.Type, "batchNumber"),
                    ("PersonBulkLookup", "sombestilt") when parameter.Type.Kind == ValueKind.Boolean => "true",
                    _ => null,
                };
        }
    }

    private static string? FromNumber(TypeShape type, string value) => type.Kind switch
    {
        ValueKind.Int64 => value,
        ValueKind.Int32 => "checked((int)" + value + ")",
        ValueKind.Double => "(double)" + value,
        ValueKind.String => value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        _ => null,
    };

    private static (ReplicaResultKind? Kind, string? Model) ResultOf(string capability, ClientOperation operation)
    {
        if (capability == "LastSequenceNumber")
        {
            return operation.ResultKind switch
            {
                ResultKind.Text => (ReplicaResultKind.Text, null),
                ResultKind.Json when operation.Result?.Kind is ValueKind.Int64 or ValueKind.Int32 => (ReplicaResultKind.Number, null),
                _ => (null, null),
            };
        }

        if (operation.ResultKind != ResultKind.Json || operation.Result is not { } result)
        {
            return (null, null);
        }

        if (result.Kind == ValueKind.Model)
        {
            return capability == "Feed" ? (null, null) : (ReplicaResultKind.Model, result.FullName);
        }

        if (result.Kind == ValueKind.List && result.Item is { Kind: ValueKind.Model, FullName: { } item })
        {
            return (operation.Conditional ? ReplicaResultKind.ConditionalModelList : ReplicaResultKind.ModelList, item);
        }

        return (null, null);
    }

    /// <summary>The JSON names of the person document's properties: the type the bulk lookup answers with, else the type named Folkeregisterperson.</summary>
    private static IEnumerable<string> PersonProperties(GenerationModel model, List<ReplicaCall> calls)
    {
        var types = model.Types.ToDictionary(type => type.FullName(model.Namespace), StringComparer.Ordinal);
        var person = DocumentTypeOfBulkAnswer(types, calls.FirstOrDefault(call => call.Capability == "PersonBulkLookup")?.ResultModel)
            ?? model.Types.Where(type => type.Name == "Folkeregisterperson").OrderBy(type => type.Section == "Person" ? 0 : 1).FirstOrDefault();
        return person is null ? Enumerable.Empty<string>() : person.Properties.Select(property => property.JsonName).OrderBy(name => name, StringComparer.Ordinal);
    }

    /// <summary>{ oppslag: [ { folkeregisterperson: T } ] } → T.</summary>
    private static ModelType? DocumentTypeOfBulkAnswer(Dictionary<string, ModelType> types, string? responseType)
    {
        if (responseType is null || !types.TryGetValue(responseType, out var response))
        {
            return null;
        }

        foreach (var list in response.Properties)
        {
            if (list.Type is not { Kind: ValueKind.List, Item: { Kind: ValueKind.Model, FullName: { } itemType } } || !types.TryGetValue(itemType, out var item))
            {
                continue;
            }

            foreach (var property in item.Properties)
            {
                if (property.JsonName == "folkeregisterperson" && property.Type.FullName is { } documentType && types.TryGetValue(documentType, out var document))
                {
                    return document;
                }
            }
        }

        return null;
    }
}
