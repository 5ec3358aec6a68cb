using System.Collections.Generic;
using System.Collections.Immutable;
using FregGen.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>One part value found in code, with the operation that gives it (a FregPart member, a string constant).</summary>
internal sealed record PartElement(string Value, IOperation Operation, bool IsTypedMember);

/// <summary>
/// The part selection of a lookup call: what its part argument holds when that is knowable at compile time
/// (omitted, null, a collection expression or array of FregPart members and string constants).
/// </summary>
internal sealed class PartArgument
{
    private PartArgument(IArgumentOperation? argument, bool omitted, ImmutableArray<PartElement> elements, bool isKnown)
    {
        Argument = argument;
        IsOmitted = omitted;
        Elements = elements;
        IsKnown = isKnown;
    }

    public IArgumentOperation? Argument { get; }

    /// <summary>No part argument (or null): Freg returns person-basis.</summary>
    public bool IsOmitted { get; }

    public ImmutableArray<PartElement> Elements { get; }

    /// <summary>Whether every element is a compile-time value.</summary>
    public bool IsKnown { get; }

    /// <summary>Finds the part argument of a call to a generated client method, or null when the method has no part parameter.</summary>
    public static PartArgument? Of(IInvocationOperation invocation, RightsCatalogue catalogue)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && parameter.Name == catalogue.PartParameterName)
            {
                return Read(argument);
            }
        }

        return null;
    }

    private static PartArgument Read(IArgumentOperation argument)
    {
        var value = Unwrap(argument.Value);
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || value is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } || value is IDefaultValueOperation)
        {
            return new PartArgument(argument, omitted: true, ImmutableArray<PartElement>.Empty, isKnown: true);
        }

        var elements = ImmutableArray.CreateBuilder<PartElement>();
        var known = true;
        foreach (var element in ElementOperations(argument, value))
        {
            if (element is null || ValueOf(element) is not { } part)
            {
                known = false;
                continue;
            }

            elements.Add(part);
        }

        return new PartArgument(argument, omitted: false, elements.ToImmutable(), known);
    }

    /// <summary>The value a single element stands for, if it is a FregPart member or a string constant.</summary>
    public static PartElement? ValueOf(IOperation element)
    {
        var unwrapped = Unwrap(element);
        switch (unwrapped)
        {
            case IPropertyReferenceOperation property when FregAttributes.PartValue(property.Property) is { } value:
                return new PartElement(value, unwrapped, IsTypedMember: true);
            case IObjectCreationOperation creation when FregAttributes.IsPartType(creation.Type) && creation.Arguments.Length == 1 && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text }:
                return new PartElement(text, creation.Arguments[0].Value, IsTypedMember: false);
            default:
                return unwrapped.ConstantValue is { HasValue: true, Value: string constant } ? new PartElement(constant, unwrapped, IsTypedMember: false) : null;
        }
    }

    private static IEnumerable<IOperation?> ElementOperations(IArgumentOperation argument, IOperation value)
    {
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                yield return element;
            }

            yield break;
        }

        // Collection expressions have no IOperation in the Roslyn version FregGen compiles against: read them from syntax.
        if (argument.Syntax is ArgumentSyntax { Expression: CollectionExpressionSyntax collection } && argument.SemanticModel is { } model)
        {
            foreach (var element in collection.Elements)
            {
                yield return element is ExpressionElementSyntax expression ? model.GetOperation(expression.Expression) : null;
            }

            yield break;
        }

        yield return null;
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { Operand: { } operand })
        {
            operation = operand;
        }

        return operation;
    }
}
