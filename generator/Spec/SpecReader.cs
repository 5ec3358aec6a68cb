using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FregGen.Diagnostics;
using FregGen.Infrastructure;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Microsoft.OpenApi.Validations;

namespace FregGen.Generator.Spec;

/// <summary>
/// Parses a spec (YAML or JSON) with Microsoft.OpenApi.Readers and turns it into a <see cref="SpecDocument"/>. Nothing
/// from Microsoft.OpenApi leaves this class. Problems become FREG002 (unusable) and FREG003 (skipped construct), located
/// in the spec file when it is a project file. A duplicate operationId gets a number and is marked; planning reports
/// FREG004 when the client method's name depends on it.
/// </summary>
internal sealed class SpecReader
{
    private static readonly OperationType[] MethodOrder =
    {
        OperationType.Get, OperationType.Put, OperationType.Post, OperationType.Delete,
        OperationType.Options, OperationType.Head, OperationType.Patch, OperationType.Trace,
    };

    private readonly string _sourceName;
    private readonly YamlPositionIndex? _positions;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, SchemaSpec> _schemas = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schemasInProgress = new(StringComparer.Ordinal);
    private IDictionary<string, OpenApiSchema> _components = new Dictionary<string, OpenApiSchema>();

    private SpecReader(string sourceName, YamlPositionIndex? positions)
    {
        _sourceName = sourceName;
        _positions = positions;
    }

    /// <param name="text">The spec text.</param>
    /// <param name="sourceName">How diagnostics name the spec (its file name, or "the embedded Freg specification").</param>
    /// <param name="filePath">The spec's path when it is a project file (diagnostics then point into it); null for the embedded spec.</param>
    public static SpecParseResult Parse(string text, string sourceName, string? filePath, CancellationToken cancellationToken)
    {
        YamlPositionIndex? positions = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(sourceName, "the file is empty.", filePath is null ? null : LocationInfo.ForLine(filePath, text, 0));
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0 || LooksBinary(text))
        {
            var line = nul < 0 ? 0 : text.Substring(0, nul).Count(c => c == '\n');
            return Fail(sourceName, "the file is not text (it holds binary content).", filePath is null ? null : LocationInfo.ForLine(filePath, text, line));
        }

        if (filePath is not null)
        {
            positions = YamlPositionIndex.TryBuild(filePath, text, out var syntaxError);
            if (syntaxError is { } error)
            {
                return Fail(sourceName, "it is not valid YAML or JSON (" + error.Message + ").", error.Location);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        OpenApiDocument document;
        OpenApiDiagnostic readerDiagnostic;
        try
        {
            var settings = new OpenApiReaderSettings
            {
                ReferenceResolution = ReferenceResolutionSetting.DoNotResolveReferences,
                RuleSet = new ValidationRuleSet(),
            };
            document = new OpenApiStringReader(settings).Read(text, out readerDiagnostic);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Fail(sourceName, "it is not an OpenAPI 3 document (" + exception.Message + ").", positions?.Locate());
        }

        var reader = new SpecReader(sourceName, positions);
        return reader.Convert(document, readerDiagnostic, cancellationToken);
    }

    private static bool LooksBinary(string text)
    {
        var sample = Math.Min(text.Length, 4096);
        var control = 0;
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD')
            {
                control++;
            }
        }

        return control > 0 && control * 20 > sample / 10;
    }

    private static SpecParseResult Fail(string sourceName, string reason, LocationInfo? location)
        => new(sourceName, null, new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.SpecUnreadable.Id, location, sourceName, reason),
        }));

    private SpecParseResult Convert(OpenApiDocument? document, OpenApiDiagnostic readerDiagnostic, CancellationToken cancellationToken)
    {
        if (readerDiagnostic.SpecificationVersion != OpenApiSpecVersion.OpenApi3_0)
        {
            return Fail(_sourceName, "it is a Swagger/OpenAPI 2.0 document; FregGen reads OpenAPI 3.", _positions?.Locate("swagger"));
        }

        foreach (var error in readerDiagnostic.Errors)
        {
            Report(DiagnosticDescriptors.SpecUnreadable, _positions?.LocatePointer(error.Pointer), _sourceName, error.Message + (string.IsNullOrEmpty(error.Pointer) ? string.Empty : " (at " + error.Pointer + ")"));
        }

        if (document?.Paths is null || document.Paths.Count == 0)
        {
            if (!_diagnostics.Any())
            {
                Report(DiagnosticDescriptors.SpecUnreadable, _positions?.Locate("paths"), _sourceName, "it declares no paths (operations).");
            }

            return new SpecParseResult(_sourceName, null, _diagnostics.ToEquatableArray());
        }

        _components = document.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>();
        foreach (var entry in _components.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsObjectSchema(entry.Value))
            {
                ObjectSchema(entry.Key, entry.Value, new[] { "components", "schemas", entry.Key });
            }
        }

        var operations = ReadOperations(document, cancellationToken);
        var schemas = _schemas.Values.OrderBy(schema => schema.Key, StringComparer.Ordinal).ToEquatableArray();
        var result = new SpecDocument(document.Info?.Title ?? "Folkeregisteret", document.Info?.Version ?? string.Empty, schemas, operations, ServerPath(document), _positions?.Locate("paths"));
        return new SpecParseResult(_sourceName, result, _diagnostics.ToEquatableArray());
    }

    private EquatableArray<OperationSpec> ReadOperations(OpenApiDocument document, CancellationToken cancellationToken)
    {
        var operations = new List<OperationSpec>();
        var usedIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in document.Paths.OrderBy(path => path.Key, StringComparer.Ordinal))
        {
            foreach (var method in MethodOrder)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!path.Value.Operations.TryGetValue(method, out var operation))
                {
                    continue;
                }

                var methodName = method.ToString().ToLowerInvariant();
                var pointer = new[] { "paths", path.Key, methodName };
                var spec = ReadOperation(path.Key, method.ToString().ToUpperInvariant(), path.Value, operation, pointer);
                if (spec is null)
                {
                    continue;
                }

                if (usedIds.TryGetValue(spec.OperationId, out var count))
                {
                    usedIds[spec.OperationId] = count + 1;
                    var unique = spec.OperationId + (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    while (usedIds.ContainsKey(unique))
                    {
                        unique += "_";
                    }

                    usedIds[unique] = 1;
                    spec = spec with { OperationId = unique, DuplicateOperationId = new DuplicateOperationId(spec.OperationId, Locate(pointer.Concat(new[] { "operationId" }).ToArray())) };
                }
                else
                {
                    usedIds[spec.OperationId] = 1;
                }

                operations.Add(spec);
            }
        }

        return operations.ToEquatableArray();
    }

    private OperationSpec? ReadOperation(string path, string method, OpenApiPathItem pathItem, OpenApiOperation operation, string[] pointer)
    {
        var what = "Operation '" + method + " " + path + "'";
        var operationId = string.IsNullOrWhiteSpace(operation.OperationId) ? SyntheticOperationId(method, path) : operation.OperationId.Trim();
        var parameters = new List<ParameterSpec>();
        var declared = pathItem.Parameters.Select((p, i) => (Parameter: p, Pointer: new[] { "paths", path, "parameters", i.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .Where(p => !operation.Parameters.Any(o => o.Name == p.Parameter.Name && o.In == p.Parameter.In))
            .Concat(operation.Parameters.Select((p, i) => (Parameter: p, Pointer: pointer.Concat(new[] { "parameters", i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray())));
        foreach (var (parameter, parameterPointer) in declared)
        {
            if (parameter.Reference is not null && parameter.UnresolvedReference)
            {
                Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(parameterPointer), what, "parameter references ($ref to components/parameters) are not supported.");
                return null;
            }

            if (parameter.In is not (Microsoft.OpenApi.Models.ParameterLocation.Path or Microsoft.OpenApi.Models.ParameterLocation.Query))
            {
                if (parameter.Required)
                {
                    Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(parameterPointer), what, "its required " + parameter.In + " parameter '" + parameter.Name + "' cannot be sent by the generated client.");
                    return null;
                }

                Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(parameterPointer), "Parameter '" + parameter.Name + "' of " + what, parameter.In + " parameters are not supported.");
                continue;
            }

            var inPath = parameter.In == Microsoft.OpenApi.Models.ParameterLocation.Path;
            var type = ParameterType(parameter.Schema, operationId + "." + parameter.Name, parameterPointer.Concat(new[] { "schema" }).ToArray());
            if (type is not null && !UrlValues.CanSend(type, inPath))
            {
                var problem = "a " + parameter.In.ToString().ToLowerInvariant() + " parameter of type " + UrlValues.Describe(type) + " has no clear meaning in a URL (FregGen sends scalars, and lists of scalars as repeated query parameters)";
                if (parameter.Required || inPath)
                {
                    Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(parameterPointer), what, "its required parameter '" + parameter.Name + "' cannot be sent: " + problem + ".");
                    return null;
                }

                Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(parameterPointer), "Parameter '" + parameter.Name + "' of " + what, problem + ".");
                continue;
            }

            if (type is null)
            {
                if (parameter.Required || inPath)
                {
                    return null;
                }

                continue;
            }

            parameters.Add(new ParameterSpec(
                parameter.Name,
                inPath ? ParameterLocation.Path : ParameterLocation.Query,
                type,
                parameter.Required || inPath,
                Clean(parameter.Description),
                Locate(parameterPointer)));
        }

        BodySpec? body = null;
        if (operation.RequestBody is { } requestBody)
        {
            var bodyPointer = pointer.Concat(new[] { "requestBody" }).ToArray();
            var json = requestBody.Content.FirstOrDefault(content => IsJson(content.Key));
            if (json.Value?.Schema is null)
            {
                Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(bodyPointer), what, "its request body has no JSON content type (" + string.Join(", ", requestBody.Content.Keys) + ").");
                return null;
            }

            var bodyType = ResolveType(json.Value.Schema, operationId + ".Request", bodyPointer.Concat(new[] { "content", json.Key, "schema" }).ToArray());
            if (bodyType is null)
            {
                return null;
            }

            body = new BodySpec(bodyType, json.Key);
        }

        var response = ReadResponse(operation, operationId, pointer);
        if (response is null)
        {
            return null;
        }

        return new OperationSpec(
            method,
            path,
            operationId,
            Clean(operation.Summary),
            Clean(operation.Description),
            parameters.ToEquatableArray(),
            body,
            response,
            operation.Responses.ContainsKey("304"),
            operation.Deprecated,
            Locate(pointer));
    }

    /// <summary>A parameter's type; a parameter without a schema, or with a schema that says nothing (<c>{}</c>), is text.</summary>
    private TypeRef? ParameterType(OpenApiSchema? schema, string contextKey, string[] pointer)
    {
        if (schema is null)
        {
            return TypeRef.String;
        }

        var type = ResolveType(schema, contextKey, pointer);
        return type is { Kind: SpecTypeKind.Any } && schema.Type is null && schema.Reference is null ? TypeRef.String : type;
    }

    private ResponseSpec? ReadResponse(OpenApiOperation operation, string operationId, string[] pointer)
    {
        var success = operation.Responses
            .Where(response => response.Key.Length == 3 && response.Key[0] == '2')
            .OrderBy(response => response.Key, StringComparer.Ordinal)
            .Select(response => (response.Key, response.Value))
            .FirstOrDefault();
        if (success.Value is null && operation.Responses.TryGetValue("default", out var fallback))
        {
            success = ("default", fallback);
        }

        if (success.Value is null || success.Value.Content.Count == 0)
        {
            return new ResponseSpec(ResponseKind.None, null, null, Clean(success.Value?.Description));
        }

        var description = Clean(success.Value.Description);
        var json = success.Value.Content.FirstOrDefault(content => IsJson(content.Key));
        if (json.Value?.Schema is not null)
        {
            var type = ResolveType(json.Value.Schema, operationId + ".Response", pointer.Concat(new[] { "responses", success.Key, "content", json.Key, "schema" }).ToArray());
            return type is null ? null : new ResponseSpec(ResponseKind.Json, type, json.Key, description);
        }

        var other = success.Value.Content.Keys.OrderBy(key => key, StringComparer.Ordinal).First();
        return new ResponseSpec(ResponseKind.Text, TypeRef.String, other, description);
    }

    private TypeRef? ResolveType(OpenApiSchema schema, string contextKey, string[] pointer)
    {
        if (schema.Reference is { Id: { } componentId } && !schema.UnresolvedReference && _components.ContainsKey(componentId) && IsObjectSchema(schema))
        {
            // A component schema's own definition (the reader marks it with its reference).
            return ObjectSchema(componentId, schema, new[] { "components", "schemas", componentId }) is null ? null : new TypeRef(SpecTypeKind.Object, componentId);
        }

        if (schema.Reference is { } reference && schema.UnresolvedReference)
        {
            var id = reference.Id;
            if (reference.IsExternal || id is null || !_components.TryGetValue(id, out var target))
            {
                Report(DiagnosticDescriptors.SpecUnreadable, Locate(pointer), _sourceName, "the reference '" + (reference.ReferenceV3 ?? id) + "' points to no schema in components/schemas.");
                return null;
            }

            if (IsObjectSchema(target))
            {
                return ObjectSchema(id, target, new[] { "components", "schemas", id }) is null ? null : new TypeRef(SpecTypeKind.Object, id);
            }

            if (!_schemasInProgress.Add("type:" + id))
            {
                Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(pointer), "Schema '" + id + "'", "it refers to itself without an object in between.");
                return null;
            }

            try
            {
                var resolved = ResolveType(target, id, new[] { "components", "schemas", id });
                return resolved is { Kind: SpecTypeKind.Enum, Enum: { Title: null } enumSpec }
                    ? resolved with { Enum = enumSpec with { Title = target.Title ?? LastSegment(id) } }
                    : resolved;
            }
            finally
            {
                _schemasInProgress.Remove("type:" + id);
            }
        }

        if (schema.AllOf is { Count: 1 } && schema.Properties.Count == 0)
        {
            return ResolveType(schema.AllOf[0], contextKey, pointer.Concat(new[] { "allOf", "0" }).ToArray());
        }

        if (schema.AllOf is { Count: > 0 } || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 } || schema.Not is not null)
        {
            var construct = schema.OneOf is { Count: > 0 } ? "oneOf" : schema.AnyOf is { Count: > 0 } ? "anyOf" : schema.Not is not null ? "not" : "allOf";
            Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(pointer), "'" + contextKey + "'", "'" + construct + "' compositions are not supported; the value stays available in AdditionalProperties.");
            return null;
        }

        switch (schema.Type)
        {
            case "array":
                var item = schema.Items is null ? TypeRef.Any : ResolveType(schema.Items, contextKey, pointer.Concat(new[] { "items" }).ToArray());
                return item is null ? null : new TypeRef(SpecTypeKind.Array, Item: item);
            case "string":
                if (schema.Enum is { Count: > 0 })
                {
                    var values = schema.Enum.OfType<Microsoft.OpenApi.Any.OpenApiString>().Select(value => value.Value).Distinct(StringComparer.Ordinal).ToList();
                    return values.Count == 0 ? TypeRef.String : new TypeRef(SpecTypeKind.Enum, Enum: new EnumSpec(Clean(schema.Title), values.ToEquatableArray()));
                }

                return schema.Format switch
                {
                    "date" => new TypeRef(SpecTypeKind.Date),
                    "date-time" => new TypeRef(SpecTypeKind.DateTime),
                    _ => TypeRef.String,
                };
            case "integer":
                return new TypeRef(schema.Format == "int32" ? SpecTypeKind.Int32 : SpecTypeKind.Int64);
            case "number":
                return new TypeRef(SpecTypeKind.Number);
            case "boolean":
                return new TypeRef(SpecTypeKind.Boolean);
            case "object":
            case null:
                if (schema.Properties.Count > 0)
                {
                    return ObjectSchema(contextKey, schema, pointer) is null ? null : new TypeRef(SpecTypeKind.Object, contextKey);
                }

                if (schema.AdditionalProperties is { } additional)
                {
                    var value = ResolveType(additional, contextKey + "Verdi", pointer.Concat(new[] { "additionalProperties" }).ToArray());
                    return value is null ? null : new TypeRef(SpecTypeKind.Map, Item: value);
                }

                return schema.Type is null && schema.Enum is { Count: > 0 } ? TypeRef.String : TypeRef.Any;
            default:
                Report(DiagnosticDescriptors.SpecConstructNotSupported, Locate(pointer), "'" + contextKey + "'", "the type '" + schema.Type + "' is not an OpenAPI 3.0 type.");
                return null;
        }
    }

    private SchemaSpec? ObjectSchema(string key, OpenApiSchema schema, string[] pointer)
    {
        if (_schemas.TryGetValue(key, out var existing))
        {
            return existing;
        }

        if (!_schemasInProgress.Add(key))
        {
            // A recursive object: the type reference is enough; the schema is completed by the outer call.
            return new SchemaSpec(key, null, null, EquatableArray<PropertySpec>.Empty, null);
        }

        try
        {
            var properties = new List<PropertySpec>();
            foreach (var property in schema.Properties)
            {
                var propertyPointer = pointer.Concat(new[] { "properties", property.Key }).ToArray();
                var type = ResolveType(property.Value, key + "." + property.Key, propertyPointer);
                if (type is null)
                {
                    continue;
                }

                properties.Add(new PropertySpec(
                    property.Key,
                    type,
                    Clean(property.Value.Description),
                    schema.Required.Contains(property.Key),
                    property.Value.Deprecated,
                    Locate(propertyPointer)));
            }

            var spec = new SchemaSpec(key, Clean(schema.Title), Clean(schema.Description), properties.ToEquatableArray(), Locate(pointer));
            _schemas[key] = spec;
            return spec;
        }
        finally
        {
            _schemasInProgress.Remove(key);
        }
    }

    /// <summary>The path of the first server URL (absolute or relative, variables left as written); null when there is none.</summary>
    private static string? ServerPath(OpenApiDocument document)
    {
        var url = document.Servers?.FirstOrDefault()?.Url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var scheme = url!.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var pathStart = url.IndexOf('/', scheme + 3);
            url = pathStart < 0 ? "/" : url.Substring(pathStart);
        }

        var end = url.IndexOfAny(new[] { '?', '#' });
        return end < 0 ? url : url.Substring(0, end);
    }

    private static bool IsObjectSchema(OpenApiSchema schema)
        => !schema.UnresolvedReference && (schema.Type is "object" or null) && schema.Properties.Count > 0;

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static string SyntheticOperationId(string method, string path)
    {
        var words = path.Split(new[] { '/', '{', '}', '-', '_' }, StringSplitOptions.RemoveEmptyEntries);
        return method.ToLowerInvariant() + string.Concat(words.Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));
    }

    private static string LastSegment(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot < 0 ? key : key.Substring(dot + 1);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

    private LocationInfo? Locate(string[] pointer) => _positions?.Locate(pointer);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, location, args));
}
