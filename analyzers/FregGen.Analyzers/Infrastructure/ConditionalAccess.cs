using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Infrastructure;

internal static class ConditionalAccess
{
    /// <summary>
    /// The <c>?.</c> a receiver placeholder belongs to: the nearest enclosing conditional access reached through its
    /// <c>WhenNotNull</c> (in <c>a?[0].B?.C</c>, the placeholder of <c>[0]</c> sits inside the inner access's receiver
    /// and belongs to the outer one).
    /// </summary>
    public static IConditionalAccessOperation? Of(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation conditional && ReferenceEquals(conditional.WhenNotNull, child))
            {
                return conditional;
            }
        }

        return null;
    }
}
