using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>
/// The C# shape of a spec type: scalars map to C# types, object schemas to their generated model, enums to their
/// generated enum (a parameter's enum stays a string), anything else to JsonElement. In: the root namespace and the
/// <see cref="TypeNames"/>. Out: <see cref="TypeShape"/> values.
/// </summary>
internal sealed class TypeShapes
{
    /// <summary>Parameters are not in a model's section: their enums are not generated and stay strings.</summary>
    private const string ParameterSection = "Parametre";
    private const string ParameterName = "verdi";

    private readonly string _namespace;
    private readonly TypeNames _names;

    public TypeShapes(string rootNamespace, TypeNames names)
    {
        _namespace = rootNamespace;
        _names = names;
    }

    /// <summary>The shape of a property of a model in <paramref name="section"/>; <paramref name="propertyName"/> names an enum without a title.</summary>
    public TypeShape Of(TypeRef type, string section, string propertyName)
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
                var (typeSection, typeName) = _names.Of(type.SchemaKey!);
                return new TypeShape(ValueKind.Model, FullName(typeSection, typeName));
            case SpecTypeKind.Array: return new TypeShape(ValueKind.List, Item: Of(type.Item!, section, propertyName));
            case SpecTypeKind.Map: return new TypeShape(ValueKind.Map, Item: Of(type.Item!, section, propertyName));
            case SpecTypeKind.Enum:
                var enumName = _names.EnumName(section, Naming.Pascal(type.Enum!.Title ?? propertyName), type.Enum.Values);
                return enumName is null ? new TypeShape(ValueKind.String) : new TypeShape(ValueKind.Enum, FullName(section, enumName));
            default: return new TypeShape(ValueKind.Json);
        }
    }

    /// <summary>The shape of a parameter, request body or answer.</summary>
    public TypeShape OfParameter(TypeRef type) => type.Kind == SpecTypeKind.Enum ? new TypeShape(ValueKind.String) : Of(type, ParameterSection, ParameterName);

    /// <summary>The fully qualified name of a generated type.</summary>
    public string FullName(string section, string name) => "global::" + _namespace + "." + section + "." + name;
}
