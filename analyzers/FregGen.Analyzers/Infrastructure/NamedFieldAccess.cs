using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>
/// A Freg field reached by its name in a string rather than through a generated property: the field paths the name
/// can stand for, the paths of what it is read from (<c>""</c> for the person), the model type it is read on (null for
/// JSON), and the string that names it.
/// </summary>
internal sealed record NamedField(ImmutableArray<string> Paths, ImmutableArray<string> ParentPaths, INamedTypeSymbol? Model, IOperation Name);

/// <summary>
/// Finds the ways code reaches a Freg field by name:
/// <c>person.AdditionalProperties["familierelasjon"]</c> (and <c>TryGetValue</c>, <c>ContainsKey</c>),
/// <c>typeof(Folkeregisterperson).GetProperty("Familierelasjon")</c> (and <c>person.GetType()</c>), and
/// <c>GetProperty</c>/<c>TryGetProperty</c> or a <c>JsonNode</c> indexer on JSON serialised from a Freg model
/// (<c>JsonSerializer.SerializeToElement/SerializeToDocument/SerializeToNode</c>, or <c>JsonDocument.Parse</c> of
/// <c>JsonSerializer.Serialize</c>), following locals, foreach variables and nested <c>GetProperty</c> calls.
/// </summary>
internal static class NamedFieldAccess
{
    private const int MaxDepth = 16;

    /// <summary>The field an indexer or call names, or null. Cheap for everything else: a name or kind check first.</summary>
    public static NamedField? Of(IOperation operation, FregSymbols symbols)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when Constant(indexer.Arguments[0].Value) is { } key:
                return OnAdditionalProperties(indexer.Instance, key, symbols)
                    ?? (IsJsonNode(indexer.Property.ContainingType) ? OnJson(indexer.Instance, key, symbols) : null);
            case IInvocationOperation { Arguments.Length: > 0 } invocation:
                var name = invocation.TargetMethod.Name;
                if (name is "TryGetValue" or "ContainsKey" && Constant(invocation.Arguments[0].Value) is { } dictionaryKey)
                {
                    return OnAdditionalProperties(invocation.Instance, dictionaryKey, symbols);
                }

                if (name is "GetProperty" or "TryGetProperty" && Constant(invocation.Arguments[0].Value) is { } propertyName)
                {
                    var type = invocation.TargetMethod.ContainingType;
                    if (type is { Name: "Type" } && Namespaces.IsIn(type, "System"))
                    {
                        return OnReflectedType(invocation.Instance, propertyName, symbols);
                    }

                    if (type is { Name: "JsonElement" } && Namespaces.IsIn(type, "System.Text.Json"))
                    {
                        return OnJson(invocation.Instance, propertyName, symbols);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The field paths of a JSON value serialised from a Freg model (its prefixes), or default when it is not one.</summary>
    public static ImmutableArray<string> JsonPaths(IOperation? value, FregSymbols symbols) => Origin(value, symbols, 0);

    private static NamedField? OnAdditionalProperties(IOperation? instance, IOperation key, FregSymbols symbols)
    {
        if (Skip(instance) is not IPropertyReferenceOperation { Property.Name: "AdditionalProperties" } property
            || property.Property.ContainingType is not { } type
            || symbols.Model(type) is not { IsGenerated: true, Prefixes.IsEmpty: false } model)
        {
            return null;
        }

        return new NamedField(model.PathsOf((string)key.ConstantValue.Value!), model.Prefixes, type, key);
    }

    private static NamedField? OnReflectedType(IOperation? instance, IOperation name, FregSymbols symbols)
    {
        var reflected = Skip(instance) switch
        {
            ITypeOfOperation typeOf => typeOf.TypeOperand,
            IInvocationOperation { TargetMethod.Name: "GetType", Arguments.Length: 0, Instance: { } target } => Skip(target)?.Type,
            _ => null,
        };
        if (reflected is not INamedTypeSymbol type || symbols.Model(type) is not { IsGenerated: true, Prefixes.IsEmpty: false } model)
        {
            return null;
        }

        var propertyName = (string)name.ConstantValue.Value!;
        foreach (var member in type.GetMembers(propertyName))
        {
            if (member is IPropertySymbol property && symbols.Member(property) is { IsField: true } field)
            {
                return new NamedField(field.Paths, model.Prefixes, type, name);
            }
        }

        // Not a property of this model (a narrower package's model lacks it): its JSON name is the property name camel-cased.
        return new NamedField(model.PathsOf(Camel(propertyName)), model.Prefixes, type, name);
    }

    private static NamedField? OnJson(IOperation? instance, IOperation name, FregSymbols symbols)
    {
        var parents = Origin(instance, symbols, 0);
        if (parents.IsDefaultOrEmpty)
        {
            return null;
        }

        return new NamedField(Append(parents, (string)name.ConstantValue.Value!), parents, null, name);
    }

    /// <summary>Where a JSON value comes from in the person document: the prefixes of the model it was serialised from, extended by the names read since.</summary>
    private static ImmutableArray<string> Origin(IOperation? operation, FregSymbols symbols, int depth)
    {
        operation = Skip(operation);
        if (operation is null || depth > MaxDepth)
        {
            return default;
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var type = method.ContainingType;
                if (type is null)
                {
                    return default;
                }

                if (type.Name == "JsonSerializer" && method.Name is "SerializeToElement" or "SerializeToDocument" or "SerializeToNode" && invocation.Arguments.Length > 0)
                {
                    return ModelPrefixes(invocation.Arguments[0].Value, symbols);
                }

                if (type.Name is "JsonDocument" or "JsonNode" && method.Name == "Parse" && invocation.Arguments.Length > 0)
                {
                    return SerializedFrom(invocation.Arguments[0].Value, symbols, depth + 1);
                }

                if (type.Name == "JsonElement" && invocation.Instance is { } element)
                {
                    if (method.Name == "GetProperty" && invocation.Arguments.Length == 1 && Constant(invocation.Arguments[0].Value) is { } name)
                    {
                        var parents = Origin(element, symbols, depth + 1);
                        return parents.IsDefaultOrEmpty ? default : Append(parents, (string)name.ConstantValue.Value!);
                    }

                    return method.Name is "EnumerateArray" or "Clone" ? Origin(element, symbols, depth + 1) : default;
                }

                return default;
            case IPropertyReferenceOperation property:
                if (property.Property is { Name: "RootElement" } && property.Property.ContainingType.Name == "JsonDocument")
                {
                    return Origin(property.Instance, symbols, depth + 1);
                }

                if (property.Property.IsIndexer && property.Arguments.Length == 1)
                {
                    if (Constant(property.Arguments[0].Value) is { } key)
                    {
                        var named = OnAdditionalProperties(property.Instance, key, symbols);
                        if (named is not null)
                        {
                            return named.Paths;
                        }

                        var parents = IsJsonNode(property.Property.ContainingType) ? Origin(property.Instance, symbols, depth + 1) : default;
                        return parents.IsDefaultOrEmpty ? default : Append(parents, (string)key.ConstantValue.Value!);
                    }

                    // An array item keeps the array's paths.
                    return property.Property.ContainingType.Name is "JsonElement" or "JsonNode" or "JsonArray" ? Origin(property.Instance, symbols, depth + 1) : default;
                }

                return default;
            case ILocalReferenceOperation local:
                return Origin(LocalOrigins.Of(local), symbols, depth + 1);
            default:
                return default;
        }
    }

    /// <summary>A string that <c>JsonSerializer.Serialize</c> made from a Freg model (directly or through a local).</summary>
    private static ImmutableArray<string> SerializedFrom(IOperation value, FregSymbols symbols, int depth)
    {
        var operation = Skip(value);
        if (operation is ILocalReferenceOperation local && depth <= MaxDepth)
        {
            operation = Skip(LocalOrigins.Of(local));
        }

        return operation is IInvocationOperation { TargetMethod: { Name: "Serialize", ContainingType.Name: "JsonSerializer" }, Arguments.Length: > 0 } serialize
            ? ModelPrefixes(serialize.Arguments[0].Value, symbols)
            : default;
    }

    private static ImmutableArray<string> ModelPrefixes(IOperation value, FregSymbols symbols)
    {
        var type = FregSymbols.ElementOrSelf(Skip(value)?.Type);
        var model = symbols.Model(type);
        return model.IsGenerated && !model.Prefixes.IsEmpty ? model.Prefixes : default;
    }

    private static ImmutableArray<string> Append(ImmutableArray<string> parents, string name)
    {
        var paths = ImmutableArray.CreateBuilder<string>(parents.Length);
        foreach (var parent in parents)
        {
            paths.Add(parent.Length == 0 ? name : parent + "." + name);
        }

        return paths.MoveToImmutable();
    }

    private static IOperation? Constant(IOperation value)
    {
        var unwrapped = Skip(value);
        return unwrapped?.ConstantValue is { HasValue: true, Value: string } ? unwrapped : null;
    }

    private static IOperation? Skip(IOperation? operation) => OperationChain.Skip(operation);

    /// <summary>The receiver of the <c>?.</c> this placeholder stands for.</summary>
    public static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation instance)
        => ConditionalAccess.Of(instance)?.Operation;

    private static bool IsJsonNode(INamedTypeSymbol? type)
        => type is { Name: "JsonNode" or "JsonObject" } && Namespaces.IsIn(type, "System.Text.Json.Nodes");

    private static string Camel(string name) => name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}

/// <summary>What a local was initialised from: its declarator's initializer, or the collection a foreach variable walks.</summary>
internal static class LocalOrigins
{
    public static IOperation? Of(ILocalReferenceOperation reference)
    {
        if (reference.SemanticModel is not { } model || reference.Local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = reference.Local.DeclaringSyntaxReferences[0].GetSyntax();
        if (syntax.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        return syntax switch
        {
            VariableDeclaratorSyntax { Initializer.Value: { } value } => model.GetOperation(value),
            ForEachStatementSyntax loop => model.GetOperation(loop.Expression),
            _ => null,
        };
    }
}
