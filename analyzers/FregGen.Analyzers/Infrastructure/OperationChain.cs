using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>Steps through the shapes a read takes in code: conversions, parentheses, <c>?.</c>, indexers, LINQ.</summary>
internal static class OperationChain
{
    private const int MaxDepth = 16;

    /// <summary>Past conversions, parentheses and the receiver placeholder of <c>?.</c>.</summary>
    public static IOperation? Skip(IOperation? operation)
    {
        for (var depth = 0; operation is not null && depth < MaxDepth; depth++)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                case IConditionalAccessInstanceOperation placeholder:
                    operation = ConditionalAccess.Of(placeholder)?.Operation;
                    break;
                default:
                    return operation;
            }
        }

        return operation;
    }

    /// <summary>
    /// One step towards what a value was taken from, keeping its meaning: an indexer or array element to the collection,
    /// a LINQ call to its source, a conversion or <c>?.</c> placeholder to its operand. Null for anything else.
    /// </summary>
    public static IOperation? Inward(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
        IArrayElementReferenceOperation element => element.ArrayReference,
        IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } linq => linq.Arguments[0].Value,
        IConversionOperation or IParenthesizedOperation or IConditionalAccessInstanceOperation => Skip(operation),
        _ => null,
    };
}
