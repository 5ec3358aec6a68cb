using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Benchmarks.Peers;

/// <summary>Setup-time reflection over a compiled peer: finding the operation methods and their model types.</summary>
internal static class PeerReflection
{
    public static MethodInfo OperationWithCancellation(Type type, string name)
        => type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.Name == name && method.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .OrderByDescending(method => method.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException(type.FullName + " has no " + name + " with a CancellationToken.");

    /// <summary>T of Task&lt;T&gt;.</summary>
    public static Type TaskResult(Type taskType)
        => taskType.IsGenericType && taskType.GetGenericTypeDefinition() == typeof(Task<>)
            ? taskType.GetGenericArguments()[0]
            : throw new InvalidOperationException(taskType + " is not a Task<T>.");

    public static Type WithoutNullable(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static int CountOf(object? collection) => collection is ICollection items ? items.Count : -1;

    public static int CountOfProperty(object? value, string propertyName)
        => value is null ? -1 : CountOf(value.GetType().GetProperty(propertyName)?.GetValue(value));

    public static TDelegate GenericHelper<TDelegate>(Type owner, string name, params Type[] typeArguments)
        where TDelegate : Delegate
        => (owner.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException(owner + " has no " + name))
            .MakeGenericMethod(typeArguments)
            .CreateDelegate<TDelegate>();
}
