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
            if (instance is IPropertyReferenceOperation outer && symbols.Member(outer.Property) is { IsField: true } outerMember)
            {
                var outerPath = PathOf(outer, outerMember, symbols);
                foreach (var path in member.Paths)
                {
                    if (path.Length > outerPath.Length && path[outerPath.Length] == '.' && path.StartsWith(outerPath, StringComparison.Ordinal))
                    {
                        return path;
                    }
                }

                break;
            }

            instance = OperationChain.Inward(instance);
        }

        return member.ShortestPath!;
    }

    /// <summary>Whether a read's instance is itself read from a Freg field (<c>.Vegadresse</c> in <c>person.Bostedsadresse[0].Vegadresse</c>).</summary>
    public static bool IsReachedThroughField(IPropertyReferenceOperation read, FregSymbols symbols)
    {
        for (var instance = read.Instance; instance is not null; instance = OperationChain.Inward(instance))
        {
            if (instance is IPropertyReferenceOperation outer && symbols.Member(outer.Property).IsField)
            {
                return true;
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
