using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>Small questions the planning parts ask of spec types: which object schema or enum a (list or map of a) type holds.</summary>
internal static class SpecTypes
{
    /// <summary>The key of the object schema a type is, or holds as list or map items; null for anything else.</summary>
    public static string? ObjectKeyOf(TypeRef? type)
    {
        while (type is { Kind: SpecTypeKind.Array or SpecTypeKind.Map })
        {
            type = type.Item;
        }

        return type is { Kind: SpecTypeKind.Object } ? type.SchemaKey : null;
    }

    /// <summary>The enum a type is, or holds as list or map items; null for anything else.</summary>
    public static EnumSpec? EnumOf(TypeRef type)
    {
        while (type.Kind is SpecTypeKind.Array or SpecTypeKind.Map)
        {
            type = type.Item!;
        }

        return type.Kind == SpecTypeKind.Enum ? type.Enum : null;
    }

    /// <summary>The last dotted segment of a schema key: <c>folkeregisteret.….person.v1.Navn</c> → <c>Navn</c>.</summary>
    public static string LastSegment(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot < 0 ? key : key.Substring(dot + 1);
    }
}
