using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using FregGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.AddressProtection;

/// <summary>
/// One method body as FREG108 sees it, built only for bodies that read an address: which persons' adressebeskyttelse
/// (or an address's own adressegradering) it reads, where each local comes from and is used, and which calls it makes.
/// Persons are told apart by <see cref="KeyOf"/>: the same variable, parameter, member chain or collection element.
/// </summary>
internal sealed class MethodBody
{
    private const int MaxDepth = 32;

    private readonly FregSymbols _symbols;
    private readonly Dictionary<ILocalSymbol, IOperation> _origins = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ILocalSymbol> _loopVariables = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> _references = new(SymbolEqualityComparer.Default);
    private readonly List<IOperation> _protectionReads = new();
    private readonly List<IOperation> _gradingReads = new();
    private readonly List<IInvocationOperation> _invocations = new();
    private HashSet<string>? _protectedPersons;

    public MethodBody(ImmutableArray<IOperation> roots, FregSymbols symbols)
    {
        _symbols = symbols;
        var self = this;
        OperationWalk.Each(roots, ref self, static (IOperation operation, ref MethodBody body) => body.Note(operation));
    }

    /// <summary>The persons whose address protection this body reads: their <c>adressebeskyttelse</c>, or an address's <c>adressegradering</c>.</summary>
    public HashSet<string> ProtectedPersons
    {
        get
        {
            if (_protectedPersons is null)
            {
                _protectedPersons = new HashSet<string>();
                foreach (var instance in _protectionReads)
                {
                    if (KeyOf(instance, 0) is { } person)
                    {
                        _protectedPersons.Add(person);
                    }
                }

                foreach (var address in _gradingReads)
                {
                    if (PersonOfAddressElement(address, 0) is { } person)
                    {
                        _protectedPersons.Add(person);
                    }
                }
            }

            return _protectedPersons;
        }
    }

    public IReadOnlyList<IInvocationOperation> Invocations => _invocations;

    /// <summary>The uses of a local in this body, other than being assigned.</summary>
    public IReadOnlyList<ILocalReferenceOperation> ReferencesOf(ILocalSymbol local)
        => _references.TryGetValue(local, out var references) ? references : (IReadOnlyList<ILocalReferenceOperation>)System.Array.Empty<ILocalReferenceOperation>();

    /// <summary>
    /// A key for the person (or collection of persons, ending in <c>[]</c>) a value belongs to. Locals are followed
    /// to what they were initialised from, foreach variables and LINQ lambda parameters to an element of their
    /// collection, and element-preserving LINQ (<c>Where</c>, <c>ToList</c>) to its source, so that
    /// <c>foreach (var o in response.Oppslag) o.Folkeregisterperson</c> and
    /// <c>response.Oppslag.Where(o => ...)</c> name the same persons. Any other expression is a person of its own.
    /// </summary>
    public string? KeyOf(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        switch (operation)
        {
            case IConversionOperation or IParenthesizedOperation or IConditionalAccessInstanceOperation:
                return KeyOf(OperationChain.Skip(operation), depth + 1);
            case IAwaitOperation awaited:
                return KeyOf(awaited.Operation, depth + 1);
            case IConditionalAccessOperation conditional:
                return KeyOf(conditional.WhenNotNull, depth + 1);
            case ILocalReferenceOperation local:
                if (_origins.TryGetValue(local.Local, out var origin))
                {
                    return _loopVariables.Contains(local.Local) ? Element(KeyOf(origin, depth + 1)) : KeyOf(origin, depth + 1);
                }

                return "local:" + local.Local.Name + "@" + Position(local.Local);
            case IParameterReferenceOperation parameter:
                return LambdaSource(parameter) is { } source ? Element(KeyOf(source, depth + 1)) : "parameter:" + parameter.Parameter.Name;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } input:
                return KeyOf(PatternInput(input), depth + 1);
            case IInstanceReferenceOperation:
                return "this";
            case IFieldReferenceOperation field:
                return Member(field.Instance, field.Field, depth);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return Element(KeyOf(indexer.Instance, depth + 1));
            case IPropertyReferenceOperation property:
                return Member(property.Instance, property.Property, depth);
            case IArrayElementReferenceOperation element:
                return Element(KeyOf(element.ArrayReference, depth + 1));
            case IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension:
                var sourceValue = extension.Arguments[0].Value;
                var sourceElement = FregSymbols.ElementOrSelf(SkipConversions(sourceValue).Type);
                if (sourceElement is not null && !ReferenceEquals(sourceElement, SkipConversions(sourceValue).Type))
                {
                    if (SymbolEqualityComparer.Default.Equals(extension.Type, sourceElement))
                    {
                        return Element(KeyOf(sourceValue, depth + 1));
                    }

                    if (SymbolEqualityComparer.Default.Equals(FregSymbols.ElementOrSelf(extension.Type), sourceElement))
                    {
                        return KeyOf(sourceValue, depth + 1);
                    }
                }

                return Expression(operation);
            default:
                return Expression(operation);
        }
    }

    /// <summary>The person an address element belongs to (<c>person</c> for <c>person.Bostedsadresse?[0]</c>, through locals).</summary>
    public string? PersonOfAddressElement(IOperation? operation, int depth)
    {
        while (operation is not null && depth++ < MaxDepth)
        {
            switch (operation)
            {
                case IPropertyReferenceOperation property when _symbols.Member(property.Property).IsAddress:
                    return KeyOf(property.Instance, depth);
                case IPropertyReferenceOperation property:
                    operation = property.Instance;
                    break;
                case IConditionalAccessOperation conditional:
                    operation = conditional.WhenNotNull;
                    break;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } input:
                    operation = PatternInput(input);
                    break;
                case ILocalReferenceOperation local when _origins.TryGetValue(local.Local, out var origin):
                    operation = origin;
                    break;
                case IParameterReferenceOperation parameter when LambdaSource(parameter) is { } source:
                    operation = source;
                    break;
                default:
                    operation = OperationChain.Inward(operation);
                    break;
            }
        }

        return null;
    }

    private void Note(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation property:
                var member = _symbols.Member(property.Property);
                if (member.IsAddressProtection && property.Instance is not null)
                {
                    _protectionReads.Add(property.Instance);
                }
                else if (member.IsAddressGrading && property.Instance is not null)
                {
                    _gradingReads.Add(property.Instance);
                }

                break;
            case ILocalReferenceOperation local:
                if (!_references.TryGetValue(local.Local, out var references))
                {
                    _references[local.Local] = references = new List<ILocalReferenceOperation>();
                }

                references.Add(local);
                break;
            case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                _origins[declarator.Symbol] = initializer.Value;
                break;
            case IForEachLoopOperation loop when LoopVariable(loop) is { } variable:
                _origins[variable] = loop.Collection;
                _loopVariables.Add(variable);
                break;
            case IInvocationOperation invocation:
                _invocations.Add(invocation);
                break;
        }
    }

    private string? Member(IOperation? instance, ISymbol member, int depth)
        => instance is null
            ? "static:" + member.ContainingType?.Name + "." + member.Name
            : KeyOf(instance, depth + 1) is { } owner ? owner + "." + member.Name : null;

    private static string? Element(string? collection) => collection is null ? null : collection + "[]";

    private static string Expression(IOperation operation) => "expression@" + operation.Syntax.SpanStart.ToString(CultureInfo.InvariantCulture);

    private static string Position(ISymbol symbol)
        => symbol.DeclaringSyntaxReferences.Length > 0 ? symbol.DeclaringSyntaxReferences[0].Span.Start.ToString(CultureInfo.InvariantCulture) : "?";

    private static IOperation SkipConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>For a parameter of a lambda passed to an extension method (LINQ), the collection the lambda walks.</summary>
    private static IOperation? LambdaSource(IParameterReferenceOperation parameter)
    {
        if (parameter.Parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda)
        {
            return null;
        }

        for (var parent = parameter.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
            {
                var argument = function.Parent is IDelegateCreationOperation creation ? creation.Parent : function.Parent;
                return argument is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 1 } invocation }
                    && !ReferenceEquals(invocation.Arguments[0], argument)
                    ? invocation.Arguments[0].Value
                    : null;
            }
        }

        return null;
    }

    /// <summary>What a property pattern is matched against: the enclosing subpattern's member, or the value of <c>is</c>/<c>switch</c>.</summary>
    private static IOperation? PatternInput(IInstanceReferenceOperation input)
    {
        IOperation? pattern = null;
        for (var parent = input.Parent; parent is not null; parent = parent.Parent)
        {
            if (pattern is null)
            {
                if (parent is IRecursivePatternOperation)
                {
                    pattern = parent;
                }

                continue;
            }

            switch (parent)
            {
                case IPropertySubpatternOperation subpattern:
                    return subpattern.Member;
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Value;
                case ISwitchOperation switchStatement:
                    return switchStatement.Value;
                case IRecursivePatternOperation or IPatternOperation or ISwitchExpressionArmOperation or IPatternCaseClauseOperation or ISwitchCaseOperation:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static ILocalSymbol? LoopVariable(IForEachLoopOperation loop)
        => loop.LoopControlVariable is IVariableDeclaratorOperation declarator ? declarator.Symbol
            : loop.LoopControlVariable is IVariableDeclarationOperation { Declarators.Length: 1 } declaration ? declaration.Declarators[0].Symbol
            : null;
}
