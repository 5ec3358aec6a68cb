using System.Collections.Generic;
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

    /// <summary>The top-level person property a generated person property exposes (<c>navn</c>), or null for nested ones and anything else.</summary>
    public static string? TopLevelField(ISymbol symbol)
    {
        foreach (var path in FieldPaths(symbol))
        {
            if (path.IndexOf('.') < 0)
            {
                return path;
            }
        }

        return null;
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

    /// <summary>The top-level person property of a field path (<c>bostedsadresse.vegadresse</c> → <c>bostedsadresse</c>).</summary>
    public static string TopLevel(string path)
    {
        var dot = path.IndexOf('.');
        return dot < 0 ? path : path.Substring(0, dot);
    }

    public static IEnumerable<string> TopLevels(ImmutableArray<string> paths)
    {
        var seen = new HashSet<string>();
        foreach (var path in paths)
        {
            if (seen.Add(TopLevel(path)))
            {
                yield return TopLevel(path);
            }
        }
    }
}
