using Microsoft.CodeAnalysis;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>Namespace checks without building display strings: analyzers run these for every call in a compilation.</summary>
internal static class Namespaces
{
    /// <summary>Whether the symbol's containing namespace is exactly <paramref name="dotted"/> (e.g. <c>System.Net.Http</c>).</summary>
    public static bool IsIn(ISymbol symbol, string dotted)
    {
        var ns = symbol.ContainingNamespace;
        var end = dotted.Length;
        while (ns is { IsGlobalNamespace: false })
        {
            var start = dotted.LastIndexOf('.', end - 1) + 1;
            var name = ns.Name;
            if (end - start != name.Length || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
            end = start - 1;
            if (end < 0)
            {
                return ns is null || ns.IsGlobalNamespace;
            }
        }

        return false;
    }
}
