using FregGen.Infrastructure;

namespace FregGen.Generator.Spec;

/// <summary>
/// The parts of an OpenAPI document the generator uses, as equatable values (no Microsoft.OpenApi types).
/// <see cref="ServerPath"/> is the path of the first server URL (<c>/folkeregisteret/offentlig-med-hjemmel/api</c>,
/// <c>/</c>), which operation recognition needs when a spec puts the version segment there instead of in its paths.
/// <see cref="PathsLocation"/> is where the spec's <c>paths</c> are (for diagnostics about its operations as a whole).
/// </summary>
internal sealed record SpecDocument(
    string Title,
    string Version,
    EquatableArray<SchemaSpec> Schemas,
    EquatableArray<OperationSpec> Operations,
    string? ServerPath = null,
    LocationInfo? PathsLocation = null)
{
    public SchemaSpec? FindSchema(string key)
    {
        foreach (var schema in Schemas)
        {
            if (schema.Key == key)
            {
                return schema;
            }
        }

        return null;
    }
}

/// <summary>An object schema: a component schema, or an inline object given a synthetic key.</summary>
internal sealed record SchemaSpec(
    string Key,
    string? Title,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    LocationInfo? Location);

internal sealed record PropertySpec(
    string JsonName,
    TypeRef Type,
    string? Description,
    bool Required,
    bool Deprecated,
    LocationInfo? Location);

internal enum SpecTypeKind
{
    String,
    Int32,
    Int64,
    Number,
    Boolean,
    Date,
    DateTime,
    Object,
    Array,
    Enum,
    Map,
    Any,
}

/// <summary>A property, parameter or body type. <see cref="SchemaKey"/> names the object schema of <see cref="SpecTypeKind.Object"/>.</summary>
internal sealed record TypeRef(SpecTypeKind Kind, string? SchemaKey = null, TypeRef? Item = null, EnumSpec? Enum = null)
{
    public static readonly TypeRef String = new(SpecTypeKind.String);
    public static readonly TypeRef Any = new(SpecTypeKind.Any);
}

/// <summary>A string enum, inline or from a component schema; <see cref="Title"/> comes from the schema's title when it has one.</summary>
internal sealed record EnumSpec(string? Title, EquatableArray<string> Values);

internal enum ParameterLocation
{
    Path,
    Query,
}

internal sealed record ParameterSpec(
    string Name,
    ParameterLocation In,
    TypeRef Type,
    bool Required,
    string? Description,
    LocationInfo? Location);

internal sealed record BodySpec(TypeRef Type, string ContentType);

internal enum ResponseKind
{
    /// <summary>No body, or one the generator ignores.</summary>
    None,

    /// <summary>A JSON body of <see cref="ResponseSpec.Type"/>.</summary>
    Json,

    /// <summary>A non-JSON body (XML, text) returned as a string.</summary>
    Text,
}

internal sealed record ResponseSpec(ResponseKind Kind, TypeRef? Type, string? ContentType, string? Description);

internal sealed record OperationSpec(
    string Method,
    string Path,
    string OperationId,
    string? Summary,
    string? Description,
    EquatableArray<ParameterSpec> Parameters,
    BodySpec? RequestBody,
    ResponseSpec Response,
    bool DeclaresNotModified,
    bool Deprecated,
    LocationInfo? Location)
{
    /// <summary>Set when the spec gave another operation the same operationId, and <see cref="OperationId"/> was numbered to tell them apart.</summary>
    public DuplicateOperationId? DuplicateOperationId { get; init; }
}

/// <summary>The operationId as the spec declared it, and where.</summary>
internal sealed record DuplicateOperationId(string Declared, LocationInfo? Location);

/// <summary>What the parse step hands on: the document (null when unusable), what went wrong, and the file's path (null for the embedded spec).</summary>
internal sealed record SpecParseResult(string SourceName, SpecDocument? Document, EquatableArray<DiagnosticInfo> Diagnostics, string? FilePath = null);
