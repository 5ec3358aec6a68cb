using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>
/// Reads the metadata FregGen's generated code carries. The attribute types are generated into each project's own
/// namespace (and may be internal to another assembly), so they are recognised by name, never by identity.
/// </summary>
internal static class FregAttributes
{
    public const string FieldAttribute = "FregFieldAttribute";
    public const string OperationAttribute = "FregOperationAttribute";
    public const string PartTypeAttribute = "FregPartTypeAttribute";
    public const string PartAttribute = "FregPartAttribute";
    public const string RightsPackageAttribute = "FregRightsPackageAttribute";

    public static AttributeData? Find(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The dotted Freg field paths of a generated property; empty for anything else.</summary>
    public static ImmutableArray<string> FieldPaths(ISymbol symbol)
    {
        var property = (symbol as IPropertySymbol)?.OriginalDefinition ?? symbol;
        if (Find(property, FieldAttribute) is not { } attribute || attribute.ConstructorArguments.Length != 1)
        {
            return ImmutableArray<string>.Empty;
        }

        var argument = attribute.ConstructorArguments[0];
        var paths = ImmutableArray.CreateBuilder<string>();
        if (argument.Kind == TypedConstantKind.Array)
        {
            foreach (var value in argument.Values)
            {
                if (value.Value is string path)
                {
                    paths.Add(path);
                }
            }
        }
        else if (argument.Value is string single)
        {
            paths.Add(single);
        }

        return paths.ToImmutable();
    }

    public static (string Method, string Path)? Operation(IMethodSymbol method)
    {
        var attribute = Find(method.OriginalDefinition, OperationAttribute);
        return attribute is { ConstructorArguments.Length: 2 }
            && attribute.ConstructorArguments[0].Value is string verb
            && attribute.ConstructorArguments[1].Value is string path
            ? (verb, path)
            : null;
    }

    public static bool IsPartType(ITypeSymbol? type)
        => type is INamedTypeSymbol named && Find(named.OriginalDefinition, PartTypeAttribute) is not null;

    public static string? PartValue(ISymbol member)
        => Find(member, PartAttribute) is { ConstructorArguments.Length: 1 } attribute ? attribute.ConstructorArguments[0].Value as string : null;
}
