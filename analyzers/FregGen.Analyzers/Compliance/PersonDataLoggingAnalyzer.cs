using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG106: a Freg person (any generated Freg model) or a fødselsnummer/d-nummer written to a log — ILogger calls,
/// [LoggerMessage] methods, Console/Debug/Trace writes — directly, in an interpolated string or a concatenation.
/// A <c>FoedselsEllerDNummer</c> value itself is fine (its ToString is redacted); its <c>Value</c> is not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonDataLoggingAnalyzer : ComplianceAnalyzer
{
    private static readonly HashSet<string> IdentityNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "foedselsEllerDNummer", "foedselsnummer", "fodselsnummer", "fnr", "dnummer", "dNr", "personidentifikator",
        "folkeregisteridentifikator", "relatertPerson", "relatertVedSivilstand", "identifikasjonsnummer", "ssn",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonDataLogged);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights)
    {
        start.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (!IsLogCall(invocation))
                {
                    return;
                }

                foreach (var argument in invocation.Arguments)
                {
                    foreach (var value in Values(argument.Value))
                    {
                        if (Describe(value) is { } what)
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PersonDataLogged, value.Syntax.GetLocation(), what));
                        }
                    }
                }
            },
            OperationKind.Invocation);
    }

    private static bool IsLogCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return method.ContainingType?.Name switch
        {
            "LoggerExtensions" => method.Name.StartsWith("Log", StringComparison.Ordinal) && Namespaces.IsIn(method.ContainingType, "Microsoft.Extensions.Logging"),
            "ILogger" => method.Name == "Log" && Namespaces.IsIn(method.ContainingType, "Microsoft.Extensions.Logging"),
            "Console" => method.Name is "Write" or "WriteLine" && Namespaces.IsIn(method.ContainingType, "System"),
            "Debug" or "Trace" => (method.Name.StartsWith("Write", StringComparison.Ordinal) || method.Name.StartsWith("Trace", StringComparison.Ordinal) || method.Name == "Print") && Namespaces.IsIn(method.ContainingType, "System.Diagnostics"),
            "TextWriter" => method.Name is "Write" or "WriteLine" && invocation.Instance is IPropertyReferenceOperation { Property.ContainingType.Name: "Console", Property.Name: "Out" or "Error" },
            _ => method.IsPartialDefinition && method.GetAttributes().Any(a => a.AttributeClass?.Name == "LoggerMessageAttribute"),
        };
    }

    /// <summary>The values an argument writes: itself, the holes of an interpolated string, the parts of a concatenation, params array items.</summary>
    private static IEnumerable<IOperation> Values(IOperation operation)
    {
        var value = PartArgument.Unwrap(operation);
        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts.OfType<IInterpolationOperation>())
                {
                    foreach (var inner in Values(part.Expression))
                    {
                        yield return inner;
                    }
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                foreach (var inner in Values(binary.LeftOperand).Concat(Values(binary.RightOperand)))
                {
                    yield return inner;
                }

                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var inner in initializer.ElementValues.SelectMany(Values))
                {
                    yield return inner;
                }

                break;
            case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance, Arguments.Length: 0 }:
                yield return instance;
                break;
            default:
                yield return value;
                break;
        }
    }

    private static string? Describe(IOperation value)
    {
        if (IsFregModel(value.Type) || (value.Type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(IsFregModel)))
        {
            return "Freg person data (" + value.Type!.Name + ")";
        }

        switch (value)
        {
            case IPropertyReferenceOperation property when IsIdentityProperty(property.Property):
                return "The identity number '" + property.Property.Name + "'";
            case IPropertyReferenceOperation { Property.Name: "Value", Property.ContainingType.Name: "FoedselsEllerDNummer" }:
            case IInvocationOperation { TargetMethod.Name: "Reveal", TargetMethod.ContainingType.Name: "FoedselsEllerDNummer" }:
                return "The unredacted FoedselsEllerDNummer";
            case ILocalReferenceOperation local when local.Type?.SpecialType == SpecialType.System_String && IdentityNames.Contains(local.Local.Name):
                return "The identity number in '" + local.Local.Name + "'";
            case IParameterReferenceOperation parameter when parameter.Type?.SpecialType == SpecialType.System_String && IdentityNames.Contains(parameter.Parameter.Name):
                return "The identity number in '" + parameter.Parameter.Name + "'";
            default:
                return null;
        }
    }

    private static bool IsIdentityProperty(IPropertySymbol property)
    {
        if (!IsFregModel(property.ContainingType))
        {
            return false;
        }

        var paths = FregAttributes.FieldPaths(property);
        return IdentityNames.Contains(property.Name) || paths.Any(path => IdentityNames.Contains(path.Substring(path.LastIndexOf('.') + 1)));
    }

    private static bool IsFregModel(ITypeSymbol? type)
        => type is INamedTypeSymbol named && named.TypeKind == TypeKind.Class && FregAttributes.Find(named.OriginalDefinition, FregAttributes.RightsPackageAttribute) is not null && named.Name != "FregClient";
}
