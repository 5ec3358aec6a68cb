using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Operations: one <see cref="ClientOperation"/> per granted operation — method and parameter names (path, then
/// required, then optional parameters; the body after the required ones), typed <c>part</c>, limits and list answers
/// from the catalogue's facts, conditional GETs, and the bulk split (<see cref="BatchPlanner"/>). In: the granted spec,
/// the catalogue, the type shapes and the models. Out: the operations with their facts, ordered by method name.
/// </summary>
internal static class ClientOperations
{
    public static IReadOnlyList<PlannedOperation> Plan(GrantedSpec granted, RightsCatalogue catalogue, TypeShapes shapes, EquatableArray<ModelType> models)
    {
        var methods = new MethodNaming();
        var result = new List<PlannedOperation>();
        foreach (var granting in granted.Operations)
        {
            var operation = granting.Spec;
            var facts = granting.Facts;
            var parameters = Parameters(granting, catalogue, shapes);
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
            var mayBeList = facts?.ResponseIsList == true && resultShape is not null && resultShape.Kind != ValueKind.List;
            if (mayBeList)
            {
                resultShape = new TypeShape(ValueKind.List, Item: resultShape);
            }

            var client = new ClientOperation(
                methods.Name(operation),
                operation.OperationId,
                operation.Method,
                operation.Path,
                operation.Summary,
                operation.Description,
                parameters.ToEquatableArray(),
                resultKind,
                resultShape,
                operation.Response.ContentType,
                mayBeList,
                operation.DeclaresNotModified && operation.Method == "GET",
                BatchPlanner.For(granting, granted, models),
                operation.Deprecated);
            result.Add(new PlannedOperation(client, facts));
        }

        return result.OrderBy(operation => operation.Client.MethodName, StringComparer.Ordinal).ToList();
    }

    private static List<ClientParameter> Parameters(GrantedOperation granting, RightsCatalogue catalogue, TypeShapes shapes)
    {
        var names = new ParameterNaming();
        var parameters = new List<ClientParameter>();
        foreach (var parameter in granting.Parameters.OrderBy(p => p.In == ParameterLocation.Path ? 0 : p.Required ? 1 : 2))
        {
            var isPart = parameter.In == ParameterLocation.Query
                && string.Equals(parameter.Name, catalogue.PartParameterName, StringComparison.Ordinal)
                && parameter.Type is { Kind: SpecTypeKind.Array, Item.Kind: SpecTypeKind.String or SpecTypeKind.Enum };
            var shape = isPart
                ? new TypeShape(ValueKind.List, Item: new TypeShape(ValueKind.String))
                : shapes.OfParameter(parameter.Type);
            var limit = granting.Facts?.ParameterLimits.FirstOrDefault(l => string.Equals(l.Name, parameter.Name, StringComparison.Ordinal));
            parameters.Add(new ClientParameter(
                names.Name(parameter),
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
