using System.Collections.Generic;

namespace FregGen.Generator.SpecChanges;

/// <summary>
/// What changed from one Freg spec to another, and what that means for one rights package: the input of
/// <see cref="SpecChangeReport"/>. Operations are named <c>GET /v1/... (MethodName)</c>, person fields by their dotted
/// path, enum values by <c>Section.Enum</c>; every list is in ordinal order.
/// </summary>
internal sealed record SpecChangeSet(
    SpecIdentity From,
    SpecIdentity To,
    string PackageId,
    IReadOnlyList<string> OperationsAdded,
    IReadOnlyList<string> OperationsRemoved,
    IReadOnlyList<OperationChange> OperationsChanged,
    IReadOnlyList<FieldEntry> FieldsAdded,
    IReadOnlyList<FieldEntry> FieldsRemoved,
    IReadOnlyList<FieldTypeChange> FieldsChanged,
    IReadOnlyList<EnumValue> EnumValuesAdded,
    IReadOnlyList<EnumValue> EnumValuesRemoved,
    PackageDelta Gains,
    PackageDelta Loses,
    IReadOnlyList<string> GrantedAnswersChanged);

/// <summary>A spec as the report names it: its title, version and file.</summary>
internal sealed record SpecIdentity(string Title, string Version, string SourceName);

/// <summary>An operation in both specs whose signature or answer differs: what changed, one item each.</summary>
internal sealed record OperationChange(string Operation, IReadOnlyList<string> Changes);

internal sealed record FieldEntry(string Path, string Type);

internal sealed record FieldTypeChange(string Path, string From, string To);

internal sealed record EnumValue(string Enum, string Value);

/// <summary>The operations and person fields (dotted paths) a package gains or loses.</summary>
internal sealed record PackageDelta(IReadOnlyList<string> Operations, IReadOnlyList<string> Fields)
{
    public bool IsEmpty => Operations.Count == 0 && Fields.Count == 0;
}
