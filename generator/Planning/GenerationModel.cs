using FregGen.Classification;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>Everything the emitters need, with every name decided. Equatable, so unchanged inputs produce no work.</summary>
internal sealed record GenerationModel(
    string Namespace,
    PackageModel Package,
    EquatableArray<EnvironmentModel> Environments,
    EquatableArray<ModelType> Types,
    EquatableArray<EnumType> Enums,
    EquatableArray<ClientOperation> Operations,
    EquatableArray<PartValue> Parts,
    GeneratedFeatures Features,
    FeedPlan? Feed = null);

/// <summary>The event-feed operation, for the FregGen.Runtime feed reader and processor: its method, entry type and sequence property.</summary>
internal sealed record FeedPlan(string MethodName, string OperationId, string EntryType, string SequenceProperty);

internal sealed record PackageModel(
    string Id,
    string Name,
    string UrlPathSegment,
    EquatableArray<string> Scopes,
    string SpecTitle,
    string SpecVersion,
    EquatableArray<string> PersonBasisProperties);

internal sealed record EnvironmentModel(string Name, string BaseUrl, string Purpose);

/// <summary>Optional code that depends on what the consuming project references.</summary>
/// <param name="DataClassification">Microsoft.Extensions.Compliance.Abstractions: classification attributes on model properties.</param>
/// <param name="Replica">FregGen.Replica is referenced: the generated FregReplicaSource glue.</param>
/// <param name="RequestMetadata">Microsoft.Extensions.Telemetry.Abstractions: the standard RequestMetadata on every request.</param>
internal sealed record GeneratedFeatures(bool DependencyInjection, bool Runtime, bool DataClassification = false, bool RequestMetadata = false, bool Replica = false);

internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    Date,
    DateTime,
    Model,
    Enum,
    List,
    Map,
    Json,
}

/// <summary>A C# type of a property, parameter or result. <see cref="FullName"/> is set for models and enums.</summary>
internal sealed record TypeShape(ValueKind Kind, string? FullName = null, TypeShape? Item = null)
{
    public bool IsValueType => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Boolean or ValueKind.Date or ValueKind.DateTime or ValueKind.Enum or ValueKind.Json;
}

internal sealed record ModelType(
    string Section,
    string Name,
    string SchemaKey,
    string? Description,
    EquatableArray<ModelProperty> Properties)
{
    public string FullName(string rootNamespace) => "global::" + rootNamespace + "." + Section + "." + Name;
}

internal sealed record ModelProperty(
    string JsonName,
    string Name,
    TypeShape Type,
    string? Description,
    EquatableArray<string> FregFields,
    EquatableArray<string> Remarks,
    FregDataClass DataClass = FregDataClass.None);

internal sealed record EnumType(string Section, string Name, EquatableArray<EnumMember> Members);

internal sealed record EnumMember(string Name, string Value);

internal enum ParameterKind
{
    Path,
    Query,
    Part,
    Body,
}

internal sealed record ClientParameter(
    string Name,
    string WireName,
    ParameterKind Kind,
    TypeShape Type,
    bool Required,
    string? Description,
    long? Maximum);

internal enum ResultKind
{
    None,
    Json,
    Text,
}

/// <summary>How a bulk request is split: the array property of the body, its limit, and the array property of the answer to join.</summary>
internal sealed record BatchPlan(string RequestProperty, string RequestItemType, int MaxItems, string ResponseProperty, string ResponseItemType, EquatableArray<string> OtherRequestProperties);

/// <summary>
/// A client method. <see cref="PathTemplate"/> is the path below the package's base address; <see cref="CatalogueKey"/>
/// the operation's method and normalised path (<c>GET /v1/personer/{}</c>), by which the catalogue and other generated
/// glue recognise it whatever the spec file calls it. <see cref="ResponseMayBeList"/>: the spec declares one object where
/// the catalogue knows the operation answers with a list (OMH 1.5's bulk answers), so both shapes are read; never where
/// the spec declares the catalogue's wrapper object (see <c>OperationFacts.ExpectsList</c>).
/// </summary>
internal sealed record ClientOperation(
    string MethodName,
    string OperationId,
    string HttpMethod,
    string PathTemplate,
    string? Summary,
    string? Description,
    EquatableArray<ClientParameter> Parameters,
    ResultKind ResultKind,
    TypeShape? Result,
    string? ResultContentType,
    bool ResponseMayBeList,
    bool Conditional,
    BatchPlan? Batch,
    bool Deprecated,
    string CatalogueKey,
    LookupPlan? Lookup = null);

/// <summary>
/// How the generated client reports a lookup to the audit hook.
/// </summary>
/// <param name="Kind">A member of the generated FregLookupKind: Lookup, BulkLookup, Search, ArchiveLookup, ArchiveBulkLookup, EventLookup, EventBulkLookup.</param>
/// <param name="IdentifierKind">What the requested identifiers are: IdentityNumber or DocumentId (a member of the generated FregAuditIdentifierKind).</param>
/// <param name="IdentifierParameter">The method parameter that holds the one requested identifier (a path value).</param>
/// <param name="IdentifierBodyProperty">The request body's list property that holds the requested identifiers.</param>
/// <param name="AnswerListProperty">For searches: the answer's list property with the persons found (identity numbers, or identity objects).</param>
/// <param name="AnswerItemProperty">When the answer's list holds objects: their identity-number property.</param>
/// <param name="AnswerIsPerson">For searches that answer one person document.</param>
internal sealed record LookupPlan(
    string Kind,
    string IdentifierKind,
    string? IdentifierParameter,
    string? IdentifierBodyProperty,
    string? AnswerListProperty,
    string? AnswerItemProperty,
    bool AnswerIsPerson);

internal sealed record PartValue(string Value, string MemberName, string Description, bool IsField);
