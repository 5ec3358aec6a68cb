using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG106: Freg person data written to a log — a generated model, any value read from a property that carries
/// [FregField] (names, addresses, identity numbers, through <c>?.</c>, <c>!</c> and indexers alike), or a string
/// variable named like a fødselsnummer — through ILogger calls and scopes, [LoggerMessage] methods, Serilog,
/// Console/Debug/Trace writes: directly, in an interpolated string, a concatenation, <c>string.Format/Concat/Join</c>,
/// a string method such as <c>ToUpper()</c>, or a local initialised with it.
/// A <c>FoedselsEllerDNummer</c> value itself is fine (its ToString is redacted); its <c>Value</c> is not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonDataLoggingAnalyzer : ComplianceAnalyzer
{
    private const int MaxDepth = 16;

    private static readonly HashSet<string> IdentityNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "foedselsEllerDNummer", "foedselsnummer", "fodselsnummer", "fnr", "dnummer", "dNr", "personidentifikator",
        "folkeregisteridentifikator", "relatertPerson", "relatertVedSivilstand", "identifikasjonsnummer", "ssn",
    };

    private static readonly HashSet<string> SerilogMethods = new(StringComparer.Ordinal)
    {
        "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonDataLogged);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        start.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (!IsLogCall(invocation.TargetMethod, invocation.Instance))
                {
                    return;
                }

                foreach (var argument in invocation.Arguments)
                {
                    foreach (var value in Values(argument.Value, 0))
                    {
                        if (Describe(value, symbols, 0) is { } what)
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PersonDataLogged, value.Syntax.GetLocation(), what));
                        }
                    }
                }
            },
            OperationKind.Invocation);
    }

    /// <summary>Whether a call writes its arguments to a log or the console.</summary>
    internal static bool IsLogCall(IMethodSymbol method, IOperation? instance)
    {
        var type = method.ContainingType;
        return type?.Name switch
        {
            "LoggerExtensions" => (method.Name.StartsWith("Log", StringComparison.Ordinal) || method.Name == "BeginScope") && Namespaces.IsIn(type, "Microsoft.Extensions.Logging"),
            "ILogger" => (method.Name is "Log" or "BeginScope" && Namespaces.IsIn(type, "Microsoft.Extensions.Logging")) || (SerilogMethods.Contains(method.Name) && Namespaces.IsIn(type, "Serilog")),
            "Log" => SerilogMethods.Contains(method.Name) && Namespaces.IsIn(type, "Serilog"),
            "Console" => method.Name is "Write" or "WriteLine" && Namespaces.IsIn(type, "System"),
            "Debug" or "Trace" => (method.Name.StartsWith("Write", StringComparison.Ordinal) || method.Name.StartsWith("Trace", StringComparison.Ordinal) || method.Name == "Print") && Namespaces.IsIn(type, "System.Diagnostics"),
            "TextWriter" => method.Name is "Write" or "WriteLine" && instance is IPropertyReferenceOperation { Property.ContainingType.Name: "Console", Property.Name: "Out" or "Error" },
            _ => method.IsPartialDefinition && HasLoggerMessage(method),
        };
    }

    private static bool HasLoggerMessage(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "LoggerMessageAttribute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The values an argument writes: itself, the holes of an interpolated string, the parts of a concatenation,
    /// params array items, both sides of <c>??</c> and of a conditional, the arguments of string.Format/Concat/Join and
    /// the receiver of a string method (<c>ToUpper()</c>, <c>ToString()</c>).
    /// </summary>
    private static IEnumerable<IOperation> Values(IOperation operation, int depth)
    {
        var value = operation;
        while (value is IConversionOperation or IParenthesizedOperation)
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)value).Operand;
        }

        if (depth > MaxDepth)
        {
            yield return value;
            yield break;
        }

        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole)
                    {
                        foreach (var inner in Values(hole.Expression, depth + 1))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                foreach (var inner in Values(binary.LeftOperand, depth + 1))
                {
                    yield return inner;
                }

                foreach (var inner in Values(binary.RightOperand, depth + 1))
                {
                    yield return inner;
                }

                break;
            case ICoalesceOperation coalesce:
                foreach (var inner in Values(coalesce.Value, depth + 1))
                {
                    yield return inner;
                }

                foreach (var inner in Values(coalesce.WhenNull, depth + 1))
                {
                    yield return inner;
                }

                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                foreach (var inner in Values(conditional.WhenTrue, depth + 1))
                {
                    yield return inner;
                }

                foreach (var inner in Values(whenFalse, depth + 1))
                {
                    yield return inner;
                }

                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    foreach (var inner in Values(element, depth + 1))
                    {
                        yield return inner;
                    }
                }

                break;
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                foreach (var inner in Values(instance, depth + 1))
                {
                    yield return inner;
                }

                break;
            case IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String, Type.SpecialType: SpecialType.System_String } text:
                // "a".ToUpper(), s.Trim(), string.Format("{0}", x), string.Concat(a, b), string.Join(", ", a, b)
                if (text.Instance is { } receiver)
                {
                    foreach (var inner in Values(receiver, depth + 1))
                    {
                        yield return inner;
                    }
                }

                foreach (var argument in text.Arguments)
                {
                    foreach (var inner in Values(argument.Value, depth + 1))
                    {
                        yield return inner;
                    }
                }

                break;
            case { Type: { } collectionType } when IsItemList(collectionType) && value is not (ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation):
                // A params collection built for the call: string.Join("|", a, b) binds to params ReadOnlySpan<object?>
                // on .NET 9 and later, a collection expression this Roslyn version has no interface for.
                foreach (var element in value.ChildOperations)
                {
                    foreach (var inner in Values(element, depth + 1))
                    {
                        yield return inner;
                    }
                }

                break;
            default:
                yield return value;
                break;
        }
    }

    private static bool IsItemList(ITypeSymbol type)
        => type is IArrayTypeSymbol
            || (type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", IsGenericType: true } span && Namespaces.IsIn(span, "System"));

    /// <summary>What a logged value is, when it is Freg person data or an identity number; null when it is neither.</summary>
    private static string? Describe(IOperation operation, FregSymbols symbols, int depth)
    {
        var value = Unwrap(operation);
        var type = value.Type;
        if (symbols.Model(type).IsGenerated || (type is INamedTypeSymbol { IsGenericType: true } generic && AnyModel(generic.TypeArguments, symbols)))
        {
            return "Freg person data (" + type!.Name + ")";
        }

        switch (value)
        {
            case IPropertyReferenceOperation property when symbols.Member(property.Property) is { IsField: true } member:
                return IsIdentity(property.Property.Name, member)
                    ? "The identity number '" + property.Property.Name + "'"
                    : "The Freg person field '" + FieldReads.PathOf(property, member, symbols) + "'";
            case IPropertyReferenceOperation property when IdentityNames.Contains(property.Property.Name) && symbols.Model(property.Property.ContainingType).IsGenerated:
                // Identity numbers outside the person document, on the generated request and response types (Oppslag).
                return "The identity number '" + property.Property.Name + "'";
            case IPropertyReferenceOperation { Property.Name: "Value", Property.ContainingType.Name: "FoedselsEllerDNummer" }:
            case IInvocationOperation { TargetMethod.Name: "Reveal", TargetMethod.ContainingType.Name: "FoedselsEllerDNummer" }:
                return "The unredacted FoedselsEllerDNummer";
            case ILocalReferenceOperation local when local.Type?.SpecialType == SpecialType.System_String && IdentityNames.Contains(local.Local.Name):
                return "The identity number in '" + local.Local.Name + "'";
            case IParameterReferenceOperation parameter when parameter.Type?.SpecialType == SpecialType.System_String && IdentityNames.Contains(parameter.Parameter.Name):
                return "The identity number in '" + parameter.Parameter.Name + "'";
            case ILocalReferenceOperation local when depth < 2 && LocalOrigins.Of(local) is { } origin:
                foreach (var inner in Values(origin, depth + 1))
                {
                    if (Describe(inner, symbols, depth + 1) is { } what)
                    {
                        return what + " (in '" + local.Local.Name + "')";
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool AnyModel(ImmutableArray<ITypeSymbol> types, FregSymbols symbols)
    {
        foreach (var type in types)
        {
            if (symbols.Model(type).IsGenerated)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentity(string propertyName, FregMember member)
    {
        if (IdentityNames.Contains(propertyName))
        {
            return true;
        }

        foreach (var path in member.Paths)
        {
            if (IdentityNames.Contains(path.Substring(path.LastIndexOf('.') + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past conversions and parentheses, and to the value a <c>?.</c> chain yields.</summary>
    private static IOperation Unwrap(IOperation operation)
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var inner = operation is IConditionalAccessOperation conditional ? conditional.WhenNotNull : OperationChain.Skip(operation);
            if (inner is null || ReferenceEquals(inner, operation))
            {
                return operation;
            }

            operation = inner;
        }

        return operation;
    }
}
