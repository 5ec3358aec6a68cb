using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Turns a spec, the catalogue and a rights package into the <see cref="GenerationModel"/> the emitters write. Each step
/// is its own part with its own input and output, run in this order:
/// <list type="number">
/// <item><see cref="PersonSchema"/>: where the person document is.</item>
/// <item><see cref="RightsFilter"/> (with <see cref="OperationRecognition"/>): what the package grants → <see cref="GrantedSpec"/> + FREG005.</item>
/// <item><see cref="SpecCoverage"/>: what the package grants and the spec lacks → FREG010, FREG011.</item>
/// <item><see cref="ReachableSchemas"/>: which schemas the granted operations need.</item>
/// <item><see cref="TypeNames"/> and <see cref="TypeShapes"/>: names and C# shapes of the generated types.</item>
/// <item><see cref="PersonFieldPaths"/>, <see cref="PersonPropertyRemarks"/>, <see cref="ModelShapes"/>: the models and enums.</item>
/// <item><see cref="ClientOperations"/> (with <see cref="MethodNaming"/>, <see cref="ParameterNaming"/>, <see cref="BatchPlanner"/>): the client's methods; FREG004 where a duplicate operationId names one.</item>
/// <item><see cref="FeedPlanner"/>: the feed entry; <see cref="PartPlanner"/>: the part values; then the package and environments.</item>
/// </list>
/// </summary>
internal static class GenerationPlanner
{
    /// <param name="fallbackLocation">Where diagnostics go when the spec is the embedded one: the project's FregRightsPackage line.</param>
    /// <param name="reference">The reference spec (the embedded one) whose spelling of parameters the client uses; null: the spec's own.</param>
    public static (GenerationModel Model, EquatableArray<DiagnosticInfo> Diagnostics) Plan(
        SpecDocument spec,
        RightsCatalogue catalogue,
        RightsPackage package,
        string rootNamespace,
        GeneratedFeatures features,
        LocationInfo? fallbackLocation,
        SpecDocument? reference = null)
    {
        var personSchema = PersonSchema.Find(spec, catalogue);
        var (granted, filterDiagnostics) = RightsFilter.Apply(spec, personSchema, catalogue, package, fallbackLocation);
        var diagnostics = filterDiagnostics.Concat(SpecCoverage.Check(spec, personSchema, granted, catalogue, package, fallbackLocation)).ToEquatableArray();
        var reachable = ReachableSchemas.Find(granted);
        var names = TypeNames.Assign(reachable, granted, catalogue);
        var shapes = new TypeShapes(rootNamespace, names);
        var fieldPaths = personSchema is null || !reachable.Contains(personSchema.Key)
            ? PersonFieldPaths.None
            : PersonFieldPaths.Walk(granted, personSchema.Key);

        var models = ModelShapes.Models(granted, reachable, names, shapes, fieldPaths, package, catalogue);
        var enums = ModelShapes.Enums(names);
        var operations = ClientOperations.Plan(granted, catalogue, ReferenceParameterNames.From(reference ?? spec), shapes, models);
        diagnostics = diagnostics.Concat(DuplicateOperationIds(granted, operations, fallbackLocation)).ToEquatableArray();
        var feed = FeedPlanner.Find(operations, models, shapes);
        var parts = PartPlanner.Plan(package, catalogue, granted);

        var grantedPersonProperties = granted.GrantedPersonProperties;
        var packageModel = new PackageModel(
            package.Id,
            package.Name,
            package.UrlPathSegment,
            package.Scopes,
            spec.Title,
            spec.Version,
            package.PersonBasisProperties().Where(name => personSchema is null || grantedPersonProperties.Contains(name)).ToEquatableArray());
        var environments = catalogue.Environments.Select(e => new EnvironmentModel(Naming.Pascal(e.Name), e.BaseUrl, e.Purpose)).ToEquatableArray();
        var model = new GenerationModel(rootNamespace, packageModel, environments, models, enums, operations.Select(operation => operation.Client).ToEquatableArray(), parts, features, feed);
        return (model, diagnostics);
    }

    /// <summary>
    /// FREG004 for a granted operation whose operationId the spec also gave another operation, when the client method is
    /// named after it; an operation the catalogue names keeps its name whatever its operationId.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> DuplicateOperationIds(GrantedSpec granted, IReadOnlyList<PlannedOperation> operations, LocationInfo? fallbackLocation)
    {
        foreach (var operation in granted.Operations)
        {
            if (operation.Spec.DuplicateOperationId is { } duplicate && operation.Facts?.MethodName is null
                && operations.FirstOrDefault(o => o.Client.OperationId == operation.Spec.OperationId) is { } planned)
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateOperationId.Id, duplicate.Location ?? operation.Spec.Location ?? fallbackLocation, duplicate.Declared, operation.Spec.Method, operation.Spec.Path, planned.Client.MethodName);
            }
        }
    }

    /// <summary>The C# type name of a shape, without nullability (used by the emitters).</summary>
    public static string TypeName(TypeShape shape) => shape.Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Int32 => "int",
        ValueKind.Int64 => "long",
        ValueKind.Double => "double",
        ValueKind.Boolean => "bool",
        ValueKind.Date => "global::System.DateOnly",
        ValueKind.DateTime => "global::System.DateTimeOffset",
        ValueKind.Model or ValueKind.Enum => shape.FullName!,
        ValueKind.List => "global::System.Collections.Generic.IReadOnlyList<" + TypeName(shape.Item!) + ">",
        ValueKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + TypeName(shape.Item!) + ">",
        _ => "global::System.Text.Json.JsonElement",
    };
}
