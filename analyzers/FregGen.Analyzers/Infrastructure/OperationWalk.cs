using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>
/// Visits every operation under a method's operation blocks with a stack kept per thread, so that walking a body in
/// which nothing is found allocates nothing.
/// </summary>
internal static class OperationWalk
{
    [ThreadStatic]
    private static Stack<IOperation>? _stack;

    /// <summary>Calls <paramref name="visit"/> for each operation, in no particular order; <paramref name="visit"/> must not walk again.</summary>
    public static void Each<TState>(ImmutableArray<IOperation> roots, ref TState state, Visitor<TState> visit)
    {
        var stack = _stack ?? new Stack<IOperation>();
        _stack = null;
        try
        {
            foreach (var root in roots)
            {
                stack.Push(root);
            }

            while (stack.Count > 0)
            {
                var operation = stack.Pop();
                visit(operation, ref state);
                foreach (var child in operation.ChildOperations)
                {
                    stack.Push(child);
                }
            }
        }
        finally
        {
            stack.Clear();
            _stack = stack;
        }
    }

    public delegate void Visitor<TState>(IOperation operation, ref TState state);
}
