using System;
using System.Collections.Generic;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.AddressProtection;

/// <summary>
/// Whether an address read leaves the method, and how: returned (or yielded), stored in a field, property, array or
/// collection, logged, or passed to a call (sent). The value is followed upwards through what keeps address data in
/// it — its sub-fields, indexers, <c>?.</c>, <c>??</c>, conditionals, interpolation and concatenation,
/// <c>string.Format/Concat/Join</c>, string methods, LINQ that returns elements, tuples, arrays, collection and
/// anonymous-object initialisers, and locals, through every later use of the local. It stops at what only inspects
/// it: a comparison, a pattern, <c>Count</c>, Freg's record metadata (<c>erGjeldende</c>, registration times),
/// methods that return a bool or a number, or a value that is dropped.
/// </summary>
internal sealed class AddressFlow
{
    private const int MaxSteps = 64;
    private const int MaxLocals = 16;

    private static readonly string[] StoringVerbs = { "Add", "TryAdd", "Insert", "Enqueue", "Push", "Set", "TrySet", "Send", "TrySend", "Write", "TryWrite", "Save", "Store", "Post", "Put", "Publish" };

    private readonly MethodBody _body;
    private readonly FregSymbols _symbols;
    private readonly HashSet<ILocalSymbol> _followed = new(SymbolEqualityComparer.Default);

    public AddressFlow(MethodBody body, FregSymbols symbols)
    {
        _body = body;
        _symbols = symbols;
    }

    /// <summary>How the value of <paramref name="read"/> is passed on (<c>returned</c>, <c>logged</c>, <c>stored in 'Adresse'</c>, <c>passed to 'SendAsync'</c>), or null when it stays in the method.</summary>
    public string? PassedOn(IOperation read)
    {
        _followed.Clear();
        return From(read);
    }

    private string? From(IOperation value)
    {
        var current = value;
        for (var step = 0; step < MaxSteps; step++)
        {
            var parent = current.Parent;
            switch (parent)
            {
                case null:
                    return null;
                case IConditionalAccessOperation conditional when ReferenceEquals(conditional.Operation, current):
                    // a?.B: the value goes on as the receiver of B.
                    if (PlaceholderOf(conditional) is not { } placeholder)
                    {
                        return null;
                    }

                    parent = placeholder;
                    break;
                case IConversionOperation or IParenthesizedOperation or IConditionalAccessOperation or ICoalesceOperation or IAwaitOperation
                    or IInterpolationOperation or IInterpolatedStringOperation or ITupleOperation or IArrayInitializerOperation or IArrayCreationOperation
                    or IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation:
                    break;
                case IObjectCreationOperation creation when ReferenceEquals(creation.Initializer, current):
                    break;
                case IConditionalOperation conditional when ReferenceEquals(conditional.Condition, current):
                    return null;
                case IConditionalOperation:
                    break;
                case IPropertyReferenceOperation property when ReferenceEquals(property.Instance, current):
                    var member = _symbols.Member(property.Property);
                    if (!property.Property.IsIndexer && (!member.IsField || member.IsRecordMetadata))
                    {
                        return null;
                    }

                    break;
                case IArrayElementReferenceOperation element when ReferenceEquals(element.ArrayReference, current):
                    break;
                case IInvocationOperation invocation when ReferenceEquals(invocation.Instance, current):
                    if (IsInspection(invocation.TargetMethod))
                    {
                        return null;
                    }

                    break;
                case IArgumentOperation argument:
                    if (argument.Parent is IInvocationOperation call)
                    {
                        if (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 && ReferenceEquals(call.Arguments[0], argument))
                        {
                            if (IsInspection(call.TargetMethod))
                            {
                                return null;
                            }

                            parent = call;
                            break;
                        }

                        if (call.IsImplicit && call.Parent is IObjectOrCollectionInitializerOperation initializer)
                        {
                            // An element of a collection initialiser: the collection carries it.
                            parent = initializer;
                            break;
                        }

                        if (PersonDataLoggingAnalyzer.IsLogCall(call.TargetMethod, call.Instance))
                        {
                            return "logged";
                        }

                        if (call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String && call.Type?.SpecialType == SpecialType.System_String)
                        {
                            parent = call;
                            break;
                        }

                        if (IsInspection(call.TargetMethod))
                        {
                            return null;
                        }

                        if (ReturnsItsArgument(call, argument))
                        {
                            // A selector such as Current(person.Bostedsadresse, ...): the result is the address.
                            parent = call;
                            break;
                        }

                        return "passed to '" + call.TargetMethod.Name + "'";
                    }

                    return argument.Parent is IObjectCreationOperation created ? "passed to 'new " + created.Type?.Name + "'" : "passed on";
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                    break;
                case IBinaryOperation:
                    return null;
                case IReturnOperation returned:
                    if (LinqCallReturnedInto(returned) is { } linq)
                    {
                        if (IsInspection(linq.TargetMethod))
                        {
                            return null;
                        }

                        parent = linq;
                        break;
                    }

                    return "returned";
                case IAssignmentOperation assignment when ReferenceEquals(assignment.Value, current) && assignment is ISimpleAssignmentOperation or ICompoundAssignmentOperation or ICoalesceAssignmentOperation:
                    switch (assignment.Target)
                    {
                        case ILocalReferenceOperation local:
                            return FromLocal(local.Local);
                        case IDiscardOperation:
                            return null;
                        case IPropertyReferenceOperation when assignment.Parent is IAnonymousObjectCreationOperation:
                            break;
                        case IPropertyReferenceOperation targetProperty:
                            return "stored in '" + targetProperty.Property.Name + "'";
                        case IFieldReferenceOperation targetField:
                            return "stored in '" + targetField.Field.Name + "'";
                        default:
                            return "stored";
                    }

                    break;
                case IIsPatternOperation isPattern when ReferenceEquals(isPattern.Value, current):
                    // person.Bostedsadresse is { Count: > 0 } adresser: what the pattern declares holds the address.
                    return FromPattern(isPattern.Pattern, 0);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return FromLocal(declarator.Symbol);
                case IForEachLoopOperation loop when ReferenceEquals(loop.Collection, current):
                    return LoopVariable(loop) is { } variable ? FromLocal(variable) : null;
                default:
                    return null;
            }

            current = parent;
        }

        return null;
    }

    /// <summary>A local that holds address data passes it on if any later use does.</summary>
    private string? FromLocal(ILocalSymbol local)
    {
        if (_followed.Count >= MaxLocals || !_followed.Add(local))
        {
            return null;
        }

        foreach (var reference in _body.ReferencesOf(local))
        {
            if (reference.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, reference))
            {
                continue;
            }

            if (From(reference) is { } passedOn)
            {
                return passedOn;
            }
        }

        return null;
    }

    private string? FromPattern(IPatternOperation pattern, int depth)
    {
        if (depth > MaxLocals)
        {
            return null;
        }

        switch (pattern)
        {
            case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                return FromLocal(declared);
            case IRecursivePatternOperation recursive:
                if (recursive.DeclaredSymbol is ILocalSymbol whole && FromLocal(whole) is { } passedOn)
                {
                    return passedOn;
                }

                foreach (var subpattern in recursive.PropertySubpatterns)
                {
                    if (FromPattern(subpattern.Pattern, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case IBinaryPatternOperation binary:
                return FromPattern(binary.LeftPattern, depth + 1) ?? FromPattern(binary.RightPattern, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>Whether a call gives back what it was given (the same type or an element of it), other than as a task.</summary>
    private static bool ReturnsItsArgument(IInvocationOperation call, IArgumentOperation argument)
    {
        var returned = call.Type;
        var given = (argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value).Type;
        if (returned is null || given is null || returned.Name is "Task" or "ValueTask")
        {
            return false;
        }

        var item = FregSymbols.ElementOrSelf(given);
        return SymbolEqualityComparer.Default.Equals(returned, given)
            || SymbolEqualityComparer.Default.Equals(returned, item)
            || SymbolEqualityComparer.Default.Equals(FregSymbols.ElementOrSelf(returned), item);
    }

    /// <summary>The receiver placeholder of a <c>?.</c>, in its <c>WhenNotNull</c>.</summary>
    private static IConditionalAccessInstanceOperation? PlaceholderOf(IConditionalAccessOperation conditional)
    {
        var pending = new Stack<IOperation>();
        pending.Push(conditional.WhenNotNull);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IConditionalAccessInstanceOperation placeholder && ReferenceEquals(ConditionalAccess.Of(placeholder), conditional))
            {
                return placeholder;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return null;
    }

    /// <summary>For the return of a lambda passed to an extension method (<c>Select(p => p.Bostedsadresse)</c>), that call.</summary>
    private static IInvocationOperation? LinqCallReturnedInto(IReturnOperation returned)
    {
        for (var parent = returned.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation function)
            {
                var argument = function.Parent is IDelegateCreationOperation creation ? creation.Parent : function.Parent;
                return argument is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } invocation } ? invocation : null;
            }

            if (parent is ILocalFunctionOperation or IMethodBodyOperation)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A call that only looks at a value: it returns a bool or a number (<c>string.IsNullOrEmpty</c>, <c>Equals</c>,
    /// <c>Any</c>, <c>Count</c>, <c>IsValid</c>) — unless its name says it stores or sends (<c>set.Add(address)</c>,
    /// <c>TrySend</c>), which some do while returning a bool.
    /// </summary>
    private static bool IsInspection(IMethodSymbol method)
    {
        if (method.ReturnType.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_Char))
        {
            return false;
        }

        foreach (var verb in StoringVerbs)
        {
            if (method.Name.StartsWith(verb, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static ILocalSymbol? LoopVariable(IForEachLoopOperation loop)
        => loop.LoopControlVariable is IVariableDeclaratorOperation declarator ? declarator.Symbol
            : loop.LoopControlVariable is IVariableDeclarationOperation { Declarators.Length: 1 } declaration ? declaration.Declarators[0].Symbol
            : null;
}
