using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Applies a rights package to a spec: drops the operations, person properties, nested fields and parameters the
/// package does not grant (FREG005 for each), prunes the schemas nothing needs any more, and names every type, member
/// and method. The result is a <see cref="GenerationModel"/> that the emitters turn into source text.
/// </summary>
internal sealed class GenerationPlanner
{
    private const int MaxFieldPathsPerProperty = 16;
    private const int MaxFieldPathDepth = 8;

    private readonly SpecDocument _spec;
    private readonly RightsCatalogue _catalogue;
    private readonly RightsPackage _package;
    private readonly string _namespace;
    private readonly LocationInfo? _fallbackLocation;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, List<PropertySpec>> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Section, string Name)> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Section, string Title, EquatableArray<string> Values), string> _enumNames = new();
    private readonly Dictionary<string, HashSet<string>> _namesBySection = new(StringComparer.Ordinal);

    private GenerationPlanner(SpecDocument spec, RightsCatalogue catalogue, RightsPackage package, string rootNamespace, LocationInfo? fallbackLocation)
    {
        _spec = spec;
        _catalogue = catalogue;
        _package = package;
        _namespace = rootNamespace;
        _fallbackLocation = fallbackLocation;
        foreach (var schema in spec.Schemas)
        {
            _properties[schema.Key] = schema.Properties.ToList();
        }
    }

    /// <param name="fallbackLocation">Where diagnostics go when the spec is the embedded one: the project's FregRightsPackage line.</param>
    public static (GenerationModel Model, EquatableArray<DiagnosticInfo> Diagnostics) Plan(
        SpecDocument spec,
        RightsCatalogue catalogue,
        RightsPackage package,
        string rootNamespace,
        GeneratedFeatures features,
        LocationInfo? fallbackLocation)
    {
        var planner = new GenerationPlanner(spec, catalogue, package, rootNamespace, fallbackLocation);
        var model = planner.Build(features);
        return (model, planner._diagnostics.ToEquatableArray());
    }

    private GenerationModel Build(GeneratedFeatures features)
    {
        var personSchema = FindPersonSchema();
        var personProperties = personSchema is null ? new List<string>() : _properties[personSchema.Key].Select(p => p.JsonName).ToList();
        if (personSchema is not null)
        {
            FilterPersonProperties(personSchema);
            ApplyFieldExclusions(personSchema);
        }

        var operations = _spec.Operations.Where(IsGranted).ToList();
        var reachable = Reachable(operations);
        NameTypes(reachable);
        var fieldPaths = personSchema is null || !reachable.Contains(personSchema.Key)
            ? new Dictionary<(string, string), List<string>>()
            : FieldPaths(personSchema.Key);

        var types = reachable
            .Select(key => BuildModelType(key, personSchema?.Key, fieldPaths))
            .OrderBy(type => type.Section, StringComparer.Ordinal)
            .ThenBy(type => type.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        var enums = _enumNames
            .Select(entry => new EnumType(entry.Key.Section, entry.Value, EnumMembers(entry.Value, entry.Key.Values)))
            .OrderBy(type => type.Section, StringComparer.Ordinal)
            .ThenBy(type => type.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        var clientOperations = BuildOperations(operations);
        var parts = BuildParts(personSchema, personProperties);

        var packageModel = new PackageModel(
            _package.Id,
            _package.Name,
            _package.UrlPathSegment,
            _package.Scopes,
            _spec.Title,
            _spec.Version,
            _package.PersonBasisProperties().Where(name => personSchema is null || _properties[personSchema.Key].Any(p => p.JsonName == name)).ToEquatableArray());
        var environments = _catalogue.Environments.Select(e => new EnvironmentModel(Naming.Pascal(e.Name), e.BaseUrl, e.Purpose)).ToEquatableArray();
        return new GenerationModel(_namespace, packageModel, environments, types, enums, clientOperations, parts, features, FeedPlanFor(clientOperations, types));
    }

    private SchemaSpec? FindPersonSchema()
    {
        var candidates = _spec.Schemas.Where(schema => string.Equals(schema.Title ?? LastSegment(schema.Key), _catalogue.PersonSchema, StringComparison.Ordinal)).ToList();
        return candidates.FirstOrDefault(schema => _catalogue.SectionOf(schema.Key) == "Person") ?? candidates.FirstOrDefault();
    }

    private void FilterPersonProperties(SchemaSpec personSchema)
    {
        var kept = new List<PropertySpec>();
        foreach (var property in _properties[personSchema.Key])
        {
            if (_package.GrantsProperty(property.JsonName))
            {
                kept.Add(property);
            }
            else
            {
                NotGranted(property.Location, "The person property '" + property.JsonName + "'", "the catalogue does not grant it to this package");
            }
        }

        _properties[personSchema.Key] = kept;
    }

    private void ApplyFieldExclusions(SchemaSpec personSchema)
    {
        foreach (var exclusion in _package.ExcludedFields)
        {
            var segments = exclusion.Path.Split('.');
            var schemaKey = personSchema.Key;
            for (var i = 0; i < segments.Length && schemaKey is not null; i++)
            {
                var properties = _properties[schemaKey];
                var index = properties.FindIndex(p => string.Equals(p.JsonName, segments[i], StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    break;
                }

                if (i == segments.Length - 1)
                {
                    NotGranted(properties[index].Location, "The field '" + exclusion.Path + "'", "the catalogue excludes it for this package (" + exclusion.Confidence + ")");
                    properties.RemoveAt(index);
                    break;
                }

                schemaKey = ObjectKeyOf(properties[index].Type);
            }
        }
    }

    private bool IsGranted(OperationSpec operation)
    {
        if (_package.GrantsOperation(operation.Method, operation.Path))
        {
            return true;
        }

        NotGranted(operation.Location, "The operation '" + operation.Method + " " + operation.Path + "' (" + operation.OperationId + ")", "the catalogue does not offer it to this package");
        return false;
    }

    private List<string> Reachable(List<OperationSpec> operations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        void Visit(TypeRef? type)
        {
            if (ObjectKeyOf(type) is { } key && _properties.ContainsKey(key) && seen.Add(key))
            {
                queue.Enqueue(key);
            }
        }

        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                Visit(parameter.Type);
            }

            Visit(operation.RequestBody?.Type);
            Visit(operation.Response.Type);
        }

        while (queue.Count > 0)
        {
            foreach (var property in _properties[queue.Dequeue()])
            {
                Visit(property.Type);
            }
        }

        return seen.OrderBy(key => key, StringComparer.Ordinal).ToList();
    }

    private void NameTypes(List<string> reachable)
    {
        foreach (var key in reachable)
        {
            var section = _catalogue.SectionOf(key);
            var schema = _spec.FindSchema(key);
            var baseName = Naming.Pascal(schema?.Title ?? LastSegment(key));
            _typeNames[key] = (section, Naming.Unique(baseName, Names(section)));
        }

        foreach (var key in reachable)
        {
            var section = _typeNames[key].Section;
            foreach (var property in _properties[key])
            {
                if (EnumOf(property.Type) is { } enumSpec)
                {
                    var title = Naming.Pascal(enumSpec.Title ?? property.JsonName);
                    var enumKey = (section, title, enumSpec.Values);
                    if (!_enumNames.ContainsKey(enumKey))
                    {
                        _enumNames[enumKey] = Naming.Unique(title, Names(section));
                    }
                }
            }
        }
    }

    private HashSet<string> Names(string section)
    {
        if (!_namesBySection.TryGetValue(section, out var names))
        {
            // Names the generated code itself uses inside each section namespace.
            names = new HashSet<string>(StringComparer.Ordinal) { "System", "FregClient", "FregPart" };
            _namesBySection[section] = names;
        }

        return names;
    }

    /// <summary>For each (schema, property) under the person document, the dotted Freg field paths that lead to it.</summary>
    private Dictionary<(string, string), List<string>> FieldPaths(string personKey)
    {
        var paths = new Dictionary<(string, string), List<string>>();
        void Walk(string schemaKey, string prefix, int depth, HashSet<string> onPath)
        {
            foreach (var property in _properties[schemaKey])
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

                if (ObjectKeyOf(property.Type) is { } child && depth < MaxFieldPathDepth && onPath.Add(child))
                {
                    Walk(child, path, depth + 1, onPath);
                    onPath.Remove(child);
                }
            }
        }

        Walk(personKey, string.Empty, 0, new HashSet<string>(StringComparer.Ordinal) { personKey });
        return paths;
    }

    private ModelType BuildModelType(string key, string? personKey, Dictionary<(string, string), List<string>> fieldPaths)
    {
        var (section, name) = _typeNames[key];
        var schema = _spec.FindSchema(key);
        var taken = new HashSet<string>(StringComparer.Ordinal) { name, "AdditionalProperties" };
        var properties = new List<ModelProperty>();
        foreach (var property in _properties[key])
        {
            var candidate = Naming.Pascal(property.JsonName);
            if (candidate == name || candidate == "AdditionalProperties")
            {
                candidate += "Verdi";
            }

            var remarks = key == personKey ? PersonPropertyRemarks(property.JsonName) : EquatableArray<string>.Empty;
            properties.Add(new ModelProperty(
                property.JsonName,
                Naming.Unique(candidate, taken),
                Shape(property.Type, section, property.JsonName),
                property.Description,
                fieldPaths.TryGetValue((key, property.JsonName), out var paths) ? paths.ToEquatableArray() : EquatableArray<string>.Empty,
                remarks));
        }

        return new ModelType(section, name, key, schema?.Description, properties.ToEquatableArray());
    }

    private EquatableArray<string> PersonPropertyRemarks(string property) => PersonPropertyDocs.Remarks(_package, _catalogue, property, _package.ResolvedOn ?? _catalogue.DefaultDate ?? default);

    private TypeShape Shape(TypeRef type, string section, string propertyName)
    {
        switch (type.Kind)
        {
            case SpecTypeKind.String: return new TypeShape(ValueKind.String);
            case SpecTypeKind.Int32: return new TypeShape(ValueKind.Int32);
            case SpecTypeKind.Int64: return new TypeShape(ValueKind.Int64);
            case SpecTypeKind.Number: return new TypeShape(ValueKind.Double);
            case SpecTypeKind.Boolean: return new TypeShape(ValueKind.Boolean);
            case SpecTypeKind.Date: return new TypeShape(ValueKind.Date);
            case SpecTypeKind.DateTime: return new TypeShape(ValueKind.DateTime);
            case SpecTypeKind.Object:
                var (typeSection, typeName) = _typeNames[type.SchemaKey!];
                return new TypeShape(ValueKind.Model, "global::" + _namespace + "." + typeSection + "." + typeName);
            case SpecTypeKind.Array: return new TypeShape(ValueKind.List, Item: Shape(type.Item!, section, propertyName));
            case SpecTypeKind.Map: return new TypeShape(ValueKind.Map, Item: Shape(type.Item!, section, propertyName));
            case SpecTypeKind.Enum:
                var title = Naming.Pascal(type.Enum!.Title ?? propertyName);
                return _enumNames.TryGetValue((section, title, type.Enum.Values), out var enumName)
                    ? new TypeShape(ValueKind.Enum, "global::" + _namespace + "." + section + "." + enumName)
                    : new TypeShape(ValueKind.String);
            default: return new TypeShape(ValueKind.Json);
        }
    }

    private static EquatableArray<EnumMember> EnumMembers(string enumName, EquatableArray<string> values)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { enumName, "Value", "IsKnown", "KnownValues" };
        return values.Select(value => new EnumMember(Naming.Unique(Naming.Pascal(value), taken), value)).ToEquatableArray();
    }

    private EquatableArray<ClientOperation> BuildOperations(List<OperationSpec> operations)
    {
        var methodNames = new HashSet<string>(StringComparer.Ordinal) { "FregClient", "GetBaseAddress" };
        var result = new List<ClientOperation>();
        foreach (var operation in operations)
        {
            var facts = _catalogue.FindOperationFacts(operation.Method, operation.Path);
            var grant = _package.FindOperation(operation.Method, operation.Path);
            var parameters = new List<ClientParameter>();
            var parameterNames = new HashSet<string>(StringComparer.Ordinal) { "cancellationToken", "ifNoneMatch", "body" };
            foreach (var parameter in operation.Parameters.OrderBy(p => p.In == ParameterLocation.Path ? 0 : p.Required ? 1 : 2))
            {
                if (grant is not null && grant.ExcludedParameters.Any(excluded => string.Equals(excluded, parameter.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    NotGranted(parameter.Location, "The parameter '" + parameter.Name + "' of '" + operation.Method + " " + operation.Path + "'", "the catalogue excludes it for this package");
                    continue;
                }

                var isPart = parameter.In == ParameterLocation.Query
                    && string.Equals(parameter.Name, _catalogue.PartParameterName, StringComparison.Ordinal)
                    && parameter.Type is { Kind: SpecTypeKind.Array, Item.Kind: SpecTypeKind.String or SpecTypeKind.Enum };
                var shape = isPart
                    ? new TypeShape(ValueKind.List, Item: new TypeShape(ValueKind.String))
                    : ParameterShape(parameter.Type);
                var limit = facts?.ParameterLimits.FirstOrDefault(l => string.Equals(l.Name, parameter.Name, StringComparison.Ordinal));
                parameters.Add(new ClientParameter(
                    Naming.Unique(Naming.Camel(parameter.Name), parameterNames),
                    parameter.Name,
                    isPart ? ParameterKind.Part : parameter.In == ParameterLocation.Path ? ParameterKind.Path : ParameterKind.Query,
                    shape,
                    parameter.Required,
                    parameter.Description,
                    limit?.Maximum));
            }

            if (operation.RequestBody is { } body)
            {
                parameters.Insert(parameters.Count(p => p.Required), new ClientParameter("body", "body", ParameterKind.Body, ParameterShape(body.Type), true, "The request body.", null));
            }

            var resultKind = operation.Response.Kind switch
            {
                ResponseKind.Json => ResultKind.Json,
                ResponseKind.Text => ResultKind.Text,
                _ => ResultKind.None,
            };
            var resultShape = operation.Response.Type is { } responseType && resultKind == ResultKind.Json ? ParameterShape(responseType) : null;
            var mayBeList = facts?.ResponseIsList == true && resultShape is not null && resultShape.Kind != ValueKind.List;
            if (mayBeList)
            {
                resultShape = new TypeShape(ValueKind.List, Item: resultShape);
            }

            result.Add(new ClientOperation(
                Naming.Unique(Naming.Pascal(operation.OperationId) + "Async", methodNames),
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
                BatchPlanFor(operation, facts),
                operation.Deprecated));
        }

        return result.OrderBy(operation => operation.MethodName, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The feed operation (marked in the catalogue) when it is granted, conditional and answers a list of entries with an int64 sequence number.</summary>
    private FeedPlan? FeedPlanFor(EquatableArray<ClientOperation> operations, EquatableArray<ModelType> types)
    {
        foreach (var operation in operations)
        {
            var facts = _catalogue.FindOperationFacts(operation.HttpMethod, operation.PathTemplate);
            if (facts?.FeedSequenceProperty is not { } sequenceJsonName
                || !operation.Conditional
                || operation.Result is not { Kind: ValueKind.List, Item: { Kind: ValueKind.Model, FullName: { } entryType } })
            {
                continue;
            }

            var entry = types.FirstOrDefault(type => "global::" + _namespace + "." + type.Section + "." + type.Name == entryType);
            var sequence = entry?.Properties.FirstOrDefault(p => p.JsonName == sequenceJsonName && p.Type.Kind is ValueKind.Int64 or ValueKind.Int32);
            if (sequence is not null)
            {
                return new FeedPlan(operation.MethodName, operation.OperationId, entryType, sequence.Name);
            }
        }

        return null;
    }

    private BatchPlan? BatchPlanFor(OperationSpec operation, OperationFacts? facts)
    {
        if (facts?.MaxItemsPerRequest is not { } max || max <= 0
            || ObjectKeyOf(operation.RequestBody?.Type) is not { } requestKey
            || ObjectKeyOf(operation.Response.Type) is not { } responseKey)
        {
            return null;
        }

        var requestArrays = _properties[requestKey].Where(p => p.Type.Kind == SpecTypeKind.Array).ToList();
        var responseArrays = _properties[responseKey].Where(p => p.Type.Kind == SpecTypeKind.Array).ToList();
        if (requestArrays.Count != 1 || responseArrays.Count != 1)
        {
            return null;
        }

        var requestType = BuildModelType(requestKey, null, new Dictionary<(string, string), List<string>>());
        var responseType = BuildModelType(responseKey, null, new Dictionary<(string, string), List<string>>());
        var requestProperty = requestType.Properties.First(p => p.JsonName == requestArrays[0].JsonName);
        var responseProperty = responseType.Properties.First(p => p.JsonName == responseArrays[0].JsonName);
        return new BatchPlan(
            requestProperty.Name,
            TypeName(requestProperty.Type.Item!),
            max,
            responseProperty.Name,
            TypeName(responseProperty.Type.Item!),
            requestType.Properties.Where(p => p != requestProperty).Select(p => p.Name).ToEquatableArray());
    }

    /// <summary>The C# type name of a shape, without nullability.</summary>
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

    private TypeShape ParameterShape(TypeRef type) => type.Kind == SpecTypeKind.Enum ? new TypeShape(ValueKind.String) : Shape(type, "Parametre", "verdi");

    private EquatableArray<PartValue> BuildParts(SchemaSpec? personSchema, List<string> specPersonProperties)
    {
        if (personSchema is null)
        {
            return EquatableArray<PartValue>.Empty;
        }

        var available = new HashSet<string>(_properties[personSchema.Key].Select(p => p.JsonName), StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.Ordinal) { "FregPart", "Value", "All", "Parse" };
        var parts = new List<PartValue>();
        foreach (var value in _package.PartValues(_catalogue, specPersonProperties))
        {
            var resolution = _package.ResolvePart(value, _catalogue, specPersonProperties);
            if (resolution is null)
            {
                continue;
            }

            var isField = !resolution.IsHistoryModifier && resolution.Properties.Count == 1 && string.Equals(resolution.Properties[0], value, StringComparison.OrdinalIgnoreCase);
            if (isField && !available.Contains(value))
            {
                continue;
            }

            var covered = resolution.Properties.Where(available.Contains).ToList();
            if (!resolution.IsHistoryModifier && covered.Count == 0)
            {
                continue;
            }

            var description = resolution.IsHistoryModifier
                ? "historikk: adds earlier (non-current) values of the returned properties that have history."
                : isField
                    ? value + ": the person property '" + value + "'."
                    : value + ": " + string.Join(", ", covered) + ".";
            parts.Add(new PartValue(resolution.CanonicalValue, Naming.Unique(Naming.Pascal(resolution.CanonicalValue), taken), description, isField));
        }

        return parts.ToEquatableArray();
    }

    private void NotGranted(LocationInfo? location, string what, string reason)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotGrantedByPackage.Id, location ?? _fallbackLocation, what, _package.Id, reason));

    private static string? ObjectKeyOf(TypeRef? type)
    {
        while (type is { Kind: SpecTypeKind.Array or SpecTypeKind.Map })
        {
            type = type.Item;
        }

        return type is { Kind: SpecTypeKind.Object } ? type.SchemaKey : null;
    }

    private static EnumSpec? EnumOf(TypeRef type)
    {
        while (type.Kind is SpecTypeKind.Array or SpecTypeKind.Map)
        {
            type = type.Item!;
        }

        return type.Kind == SpecTypeKind.Enum ? type.Enum : null;
    }

    private static string LastSegment(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot < 0 ? key : key.Substring(dot + 1);
    }
}
