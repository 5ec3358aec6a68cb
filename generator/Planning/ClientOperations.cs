using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Operations: one <see cref="ClientOperation"/> per granted operation — method and parameter names (path, then
/// required, then optional parameters; the body after the required ones), typed <c>part</c>, limits from the
/// catalogue's facts, the answer the spec declares (a list as well only where the catalogue knows the operation answers
/// with one and the spec declares neither a list nor the catalogue's wrapper: <see cref="OperationFacts.ExpectsList"/>), conditional GETs, and the bulk split (<see cref="BatchPlanner"/>). The request path is
/// the operation's path below the package and each operation carries its catalogue key. In: the granted spec, the
/// catalogue, the reference spelling of parameters, the type shapes and the models. Out: the operations with their
/// facts, ordered by method name.
/// </summary>
internal static class ClientOperations
{
    public static IReadOnlyList<PlannedOperation> Plan(GrantedSpec granted, RightsCatalogue catalogue, ReferenceParameterNames referenceNames, TypeShapes shapes, EquatableArray<ModelType> models)
    {
        var methods = new MethodNaming(granted.Operations);
        var result = new List<PlannedOperation>();
        foreach (var granting in granted.Operations)
        {
            var operation = granting.Spec;
            var facts = granting.Facts;
            var parameters = Parameters(granting, catalogue, referenceNames, shapes);
            if (operation.RequestBody is { } body)
            {
                parameters.Insert(parameters.Count(p => p.Required), new ClientParameter(ParameterNaming.Body, ParameterNaming.Body, ParameterKind.Body, shapes.OfParameter(body.Type), true, "The request body.", null));
            }

            var resultKind = operation.Response.Kind switch
            {
                ResponseKind.Json => ResultKind.Json,
                ResponseKind.Text => ResultKind.Text,
                _ => ResultKind.None,
            };
            var resultShape = operation.Response.Type is { } responseType && resultKind == ResultKind.Json ? shapes.OfParameter(responseType) : null;
            var mayBeList = resultShape is not null && resultShape.Kind != ValueKind.List && facts is not null && facts.ExpectsList(DeclaredProperties(granted.Spec, operation.Response.Type!));
            if (mayBeList)
            {
                resultShape = new TypeShape(ValueKind.List, Item: resultShape);
            }

            var client = new ClientOperation(
                methods.Name(granting),
                operation.OperationId,
                operation.Method,
                granting.Path,
                operation.Summary,
                operation.Description,
                parameters.ToEquatableArray(),
                resultKind,
                resultShape,
                operation.Response.ContentType,
                mayBeList,
                IsConditional(operation, facts),
                BatchPlanner.For(granting, granted, models),
                operation.Deprecated,
                granting.Key.Value);
            result.Add(new PlannedOperation(client, facts));
        }

        return result.OrderBy(operation => operation.Client.MethodName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The top-level property names of the declared answer's schema (what tells the catalogue's wrapper from a single document).</summary>
    private static IEnumerable<string> DeclaredProperties(SpecDocument spec, TypeRef type)
        => type.SchemaKey is { } key && spec.FindSchema(key) is { } schema ? schema.Properties.Select(property => property.JsonName) : Enumerable.Empty<string>();

    /// <summary>A GET that declares 304, or the feed, which Freg's documentation describes with ETag/If-None-Match even where a spec file leaves out the 304.</summary>
    private static bool IsConditional(OperationSpec operation, OperationFacts? facts)
        => operation.Method == "GET" && (operation.DeclaresNotModified || facts?.FeedSequenceProperty is not null);

    private static List<ClientParameter> Parameters(GrantedOperation granting, RightsCatalogue catalogue, ReferenceParameterNames referenceNames, TypeShapes shapes)
    {
        var names = new ParameterNaming();
        var parameters = new List<ClientParameter>();
        foreach (var parameter in granting.Parameters.OrderBy(p => p.In == ParameterLocation.Path ? 0 : p.Required ? 1 : 2))
        {
            var isPart = parameter.In == ParameterLocation.Query
                && string.Equals(parameter.Name, catalogue.PartParameterName, StringComparison.OrdinalIgnoreCase)
                && parameter.Type is { Kind: SpecTypeKind.Array, Item.Kind: SpecTypeKind.String or SpecTypeKind.Enum };
            var shape = isPart
                ? new TypeShape(ValueKind.List, Item: new TypeShape(ValueKind.String))
                : shapes.OfParameter(parameter.Type);
            var limit = granting.Facts?.ParameterLimits.FirstOrDefault(l => string.Equals(l.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            parameters.Add(new ClientParameter(
                names.Name(parameter, referenceNames.Of(granting.Key, parameter.Name)),
                parameter.Name,
                isPart ? ParameterKind.Part : parameter.In == ParameterLocation.Path ? ParameterKind.Path : ParameterKind.Query,
                shape,
                parameter.Required,
                parameter.Description,
                limit?.Maximum));
        }

        return parameters;
    }
}

/// <summary>A planned client operation with the catalogue's facts about it (for the parts that need them, such as the feed).</summary>
internal sealed record PlannedOperation(ClientOperation Client, OperationFacts? Facts);
