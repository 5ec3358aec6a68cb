using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Infrastructure;

internal static class FieldReads
{
    private const int MaxDepth = 16;

    /// <summary>
    /// The field path of a read. A type shared by several fields (<c>Vegadresse</c>, under every address) is narrowed to
    /// the path under the field it was reached through: <c>person.Bostedsadresse?[0].Vegadresse?.Adressenavn</c> is
    /// <c>bostedsadresse.vegadresse.adressenavn</c>. When the way in is not visible (a parameter of the shared type), the
    /// shortest path.
    /// </summary>
    public static string PathOf(IPropertyReferenceOperation read, FregMember member, FregSymbols symbols)
    {
        if (member.Paths.Length == 1)
        {
            return member.Paths[0];
        }

        var instance = read.Instance;
        for (var depth = 0; instance is not null && depth < MaxDepth; depth++)
        {
            switch (instance)
            {
                case IPropertyReferenceOperation outer when symbols.Member(outer.Property) is { IsField: true } outerMember:
                    var outerPath = PathOf(outer, outerMember, symbols);
                    foreach (var path in member.Paths)
                    {
                        if (path.Length > outerPath.Length && path[outerPath.Length] == '.' && path.StartsWith(outerPath, StringComparison.Ordinal))
                        {
                            return path;
                        }
                    }

                    return member.ShortestPath!;
                case IPropertyReferenceOperation indexer:
                    instance = indexer.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    instance = element.ArrayReference;
                    break;
                case IConversionOperation conversion:
                    instance = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    instance = parenthesized.Operand;
                    break;
                case IConditionalAccessInstanceOperation placeholder:
                    instance = ConditionalAccess.Of(placeholder)?.Operation;
                    break;
                case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } linq:
                    instance = linq.Arguments[0].Value;
                    break;
                default:
                    instance = null;
                    break;
            }
        }

        return member.ShortestPath!;
    }

    /// <summary>Whether a read's instance is itself read from a Freg field (<c>.Vegadresse</c> in <c>person.Bostedsadresse[0].Vegadresse</c>).</summary>
    public static bool IsReachedThroughField(IPropertyReferenceOperation read, FregSymbols symbols)
    {
        var instance = read.Instance;
        for (var depth = 0; instance is not null && depth < MaxDepth; depth++)
        {
            switch (instance)
            {
                case IPropertyReferenceOperation outer when symbols.Member(outer.Property).IsField:
                    return true;
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    instance = indexer.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    instance = element.ArrayReference;
                    break;
                case IConversionOperation conversion:
                    instance = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    instance = parenthesized.Operand;
                    break;
                case IConditionalAccessInstanceOperation placeholder:
                    instance = ConditionalAccess.Of(placeholder)?.Operation;
                    break;
                case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } linq:
                    instance = linq.Arguments[0].Value;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The top-level person property of a field path (<c>bostedsadresse.vegadresse</c> → <c>bostedsadresse</c>).</summary>
    public static string TopLevel(string path)
    {
        var dot = path.IndexOf('.');
        return dot < 0 ? path : path.Substring(0, dot);
    }
}
