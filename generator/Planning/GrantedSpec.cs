using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// What the rights filter leaves of the spec: every schema's granted properties (by schema key; only the person
/// schema and the schemas below it lose any) and the granted operations with their granted parameters. Read-only.
/// </summary>
internal sealed record GrantedSpec(
    SpecDocument Spec,
    SchemaSpec? PersonSchema,
    IReadOnlyDictionary<string, EquatableArray<PropertySpec>> Properties,
    IReadOnlyList<GrantedOperation> Operations)
{
    /// <summary>The names of the person properties the package grants (empty without a person schema).</summary>
    public IReadOnlyList<string> GrantedPersonProperties
        => PersonSchema is null ? new string[0] : Properties[PersonSchema.Key].Select(property => property.JsonName).ToList();

    /// <summary>The names of every person property in the spec, granted or not (what a package that grants the entire spec may ask for as part).</summary>
    public IReadOnlyList<string> SpecPersonProperties
        => PersonSchema is null ? new string[0] : PersonSchema.Properties.Select(property => property.JsonName).ToList();
}

/// <summary>
/// A granted operation: the spec's operation, its path below the package and catalogue key (see
/// <see cref="OperationRecognition"/>), the parameters the package may send (spec order), and the catalogue's facts.
/// </summary>
internal sealed record GrantedOperation(OperationSpec Spec, string Path, OperationKey Key, EquatableArray<ParameterSpec> Parameters, OperationFacts? Facts);
