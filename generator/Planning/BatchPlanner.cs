using System.Linq;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// How a bulk operation is split: when the catalogue gives the operation a per-request limit and its body and answer each
/// have exactly one array property, the client sends the body's array in chunks of the limit and joins the answers'
/// arrays in order. In: the granted operation and the models. Out: the <see cref="BatchPlan"/>, or null.
/// </summary>
internal static class BatchPlanner
{
    public static BatchPlan? For(GrantedOperation granting, GrantedSpec granted, EquatableArray<ModelType> models)
    {
        var operation = granting.Spec;
        if (granting.Facts?.MaxItemsPerRequest is not { } max || max <= 0
            || SpecTypes.ObjectKeyOf(operation.RequestBody?.Type) is not { } requestKey
            || SpecTypes.ObjectKeyOf(operation.Response.Type) is not { } responseKey)
        {
            return null;
        }

        var requestArrays = granted.Properties[requestKey].Where(p => p.Type.Kind == SpecTypeKind.Array).ToList();
        var responseArrays = granted.Properties[responseKey].Where(p => p.Type.Kind == SpecTypeKind.Array).ToList();
        var requestType = models.FirstOrDefault(type => type.SchemaKey == requestKey);
        var responseType = models.FirstOrDefault(type => type.SchemaKey == responseKey);
        if (requestArrays.Count != 1 || responseArrays.Count != 1 || requestType is null || responseType is null)
        {
            return null;
        }

        var requestProperty = requestType.Properties.First(p => p.JsonName == requestArrays[0].JsonName);
        var responseProperty = responseType.Properties.First(p => p.JsonName == responseArrays[0].JsonName);
        return new BatchPlan(
            requestProperty.Name,
            GenerationPlanner.TypeName(requestProperty.Type.Item!),
            max,
            responseProperty.Name,
            GenerationPlanner.TypeName(responseProperty.Type.Item!),
            requestType.Properties.Where(p => p != requestProperty).Select(p => p.Name).ToEquatableArray());
    }
}
