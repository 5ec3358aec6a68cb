namespace FregGen.Generator.Spec;

/// <summary>
/// Which parameter types the generated client can put in a URL: scalars (text, numbers, booleans, dates, enums) in the
/// path or the query, and lists of scalars as repeated query parameters (<c>?id=1&amp;id=2</c>). Objects, maps, lists of
/// lists and untyped values have no agreed meaning in a URL, so the spec reader skips them with FREG003.
/// </summary>
internal static class UrlValues
{
    public static bool CanSend(TypeRef type, bool inPath)
        => IsScalar(type) || (!inPath && type.Kind == SpecTypeKind.Array && type.Item is { } item && IsScalar(item));

    /// <summary>How a diagnostic names a type: <c>object</c>, <c>list of object</c>, <c>map</c>.</summary>
    public static string Describe(TypeRef type) => type.Kind switch
    {
        SpecTypeKind.Array => "list of " + (type.Item is { } item ? Describe(item) : "any"),
        SpecTypeKind.Map => "map",
        SpecTypeKind.Object => "object",
        SpecTypeKind.Any => "any (no type)",
        SpecTypeKind.Enum => "enum",
        _ => type.Kind.ToString().ToLowerInvariant(),
    };

    private static bool IsScalar(TypeRef type) => type.Kind is SpecTypeKind.String or SpecTypeKind.Int32 or SpecTypeKind.Int64
        or SpecTypeKind.Number or SpecTypeKind.Boolean or SpecTypeKind.Date or SpecTypeKind.DateTime or SpecTypeKind.Enum;
}
