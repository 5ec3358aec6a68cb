using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>A call to a generated client method that has a part parameter, and what it selects.</summary>
internal sealed record Lookup(IInvocationOperation Invocation, PartArgument Parts);

/// <summary>
/// Follows, within one method body, which values come from which lookup: locals assigned the (awaited) result,
/// locals and foreach variables derived from those through member access, indexing and LINQ, and property reads on
/// them. Also notes whether a lookup's result leaves the method (passed on, returned, stored), which makes the set of
/// fields read unknowable.
/// </summary>
internal sealed class LookupFlow
{
    private readonly Dictionary<IInvocationOperation, Lookup> _lookups;
    private readonly Dictionary<ILocalSymbol, Lookup> _locals = new(SymbolEqualityComparer.Default);
    private readonly HashSet<Lookup> _escaping = new();

    public LookupFlow(IEnumerable<Lookup> lookups, IReadOnlyList<IOperation> assignments, IReadOnlyList<ILocalReferenceOperation> localReferences)
    {
        _lookups = lookups.ToDictionary(l => l.Invocation);
        TrackLocals(assignments);
        foreach (var reference in localReferences)
        {
            if (_locals.TryGetValue(reference.Local, out var lookup) && Escapes(reference))
            {
                _escaping.Add(lookup);
            }
        }
    }

    public IEnumerable<Lookup> Lookups => _lookups.Values;

    public bool ResultEscapes(Lookup lookup) => _escaping.Contains(lookup) || DirectResultEscapes(lookup.Invocation);

    /// <summary>The lookup a value comes from, following member access, indexing, LINQ and locals.</summary>
    public Lookup? SourceOf(IOperation? operation)
    {
        for (var depth = 0; operation is not null && depth < 64; depth++)
        {
            switch (operation)
            {
                case IInvocationOperation invocation when _lookups.TryGetValue(invocation, out var lookup):
                    return lookup;
                case ILocalReferenceOperation local:
                    return _locals.TryGetValue(local.Local, out var tracked) ? tracked : null;
                case IConversionOperation or IParenthesizedOperation or IConditionalAccessInstanceOperation:
                    operation = OperationChain.Skip(operation);
                    break;
                case IAwaitOperation awaited:
                    operation = awaited.Operation;
                    break;
                case IPropertyReferenceOperation property:
                    operation = property.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    operation = element.ArrayReference;
                    break;
                case IConditionalAccessOperation conditional:
                    operation = conditional.WhenNotNull;
                    break;
                case ICoalesceOperation coalesce:
                    operation = coalesce.Value;
                    break;
                case IInvocationOperation { Instance: { } instance }:
                    operation = instance;
                    break;
                case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension:
                    operation = extension.Arguments[0].Value;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private void TrackLocals(IReadOnlyList<IOperation> assignments)
    {
        // Assignments can feed each other in any order (loops): repeat until nothing new is tracked.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var assignment in assignments)
            {
                var (local, value) = assignment switch
                {
                    IVariableDeclaratorOperation { Initializer: { } initializer } declarator => (declarator.Symbol, initializer.Value),
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } simple => (target.Local, simple.Value),
                    IForEachLoopOperation loop => (LoopVariable(loop), loop.Collection),
                    _ => (null, null),
                };
                if (local is not null && !_locals.ContainsKey(local) && SourceOf(value) is { } lookup)
                {
                    _locals[local] = lookup;
                    changed = true;
                }
            }
        }
    }

    private static ILocalSymbol? LoopVariable(IForEachLoopOperation loop)
        => loop.LoopControlVariable is IVariableDeclaratorOperation declarator ? declarator.Symbol
            : loop.LoopControlVariable is IVariableDeclarationOperation { Declarators.Length: 1 } declaration ? declaration.Declarators[0].Symbol
            : null;

    /// <summary>Whether a use of a tracked local may let the result be read elsewhere.</summary>
    private static bool Escapes(IOperation reference)
    {
        var current = reference;
        var parent = current.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or IAwaitOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IPropertyReferenceOperation property => !ReferenceEquals(property.Instance, current),
            IArrayElementReferenceOperation => false,
            IConditionalAccessOperation conditional => !ReferenceEquals(conditional.Operation, current),
            IForEachLoopOperation => false,
            IVariableInitializerOperation => false,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation } assignment => !ReferenceEquals(assignment.Value, current),
            IIsPatternOperation or IBinaryOperation or ICoalesceOperation => false,
            IInvocationOperation { Instance: { } instance } => !ReferenceEquals(instance, current),
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } invocation } argument => !ReferenceEquals(invocation.Arguments[0], argument) || !IsLinq(invocation.TargetMethod),
            _ => true,
        };
    }

    private static bool DirectResultEscapes(IInvocationOperation invocation)
    {
        IOperation current = invocation;
        var parent = current.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or IAwaitOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent is IReturnOperation or IArgumentOperation { Parent: not IInvocationOperation { TargetMethod.IsExtensionMethod: true } } or IFieldReferenceOperation or ISimpleAssignmentOperation { Target: not ILocalReferenceOperation };
    }

    private static bool IsLinq(IMethodSymbol method) => method.ContainingType is { Name: "Enumerable" } type && Namespaces.IsIn(type, "System.Linq");
}
