using System.Collections.Immutable;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG102: a part value the project's package does not accept — a FregPart member from a library generated for
/// another package, a string constant converted to FregPart or passed to a part parameter. Literal URLs are checked by
/// <see cref="OperationAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartValueAnalyzer : ComplianceAnalyzer
{
    /// <summary>Diagnostic property: the nearest valid part, for the code fix.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>Diagnostic property: where the value is (<see cref="MemberKind"/>, <see cref="StringKind"/>, <see cref="UrlKind"/>).</summary>
    public const string KindProperty = "Kind";

    public const string MemberKind = "Member";
    public const string StringKind = "String";
    public const string UrlKind = "Url";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PartNotGranted);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        if (rights.Package is null)
        {
            return;
        }

        start.RegisterOperationAction(
            operation =>
            {
                switch (operation.Operation)
                {
                    case IPropertyReferenceOperation property when symbols.Member(property.Property).PartValue is { } value:
                        Check(operation, rights, value, Locations.OfMemberName(property.Syntax), MemberKind);
                        break;
                    case IConversionOperation { OperatorMethod: not null } conversion when FregAttributes.IsPartType(conversion.Type) && conversion.Operand.ConstantValue is { HasValue: true, Value: string text }:
                        Check(operation, rights, text, conversion.Operand.Syntax.GetLocation(), StringKind);
                        break;
                    case IObjectCreationOperation creation when FregAttributes.IsPartType(creation.Type) && PartArgument.ValueOf(creation) is { } part:
                        Check(operation, rights, part.Value, part.Operation.Syntax.GetLocation(), StringKind);
                        break;
                    case IArgumentOperation argument when IsStringPartParameter(argument, rights):
                        foreach (var constant in StringConstants(argument.Value))
                        {
                            Check(operation, rights, (string)constant.ConstantValue.Value!, constant.Syntax.GetLocation(), StringKind);
                        }

                        break;
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Conversion,
            OperationKind.ObjectCreation,
            OperationKind.Argument);
    }

    private static void Check(OperationAnalysisContext context, ProjectRights rights, string value, Location location, string kind)
    {
        if (PartRules.Check(value, rights) is not { } problem)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, problem.Suggestion).Add(KindProperty, kind);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PartNotGranted, location, properties, value, problem.Reason, rights.Package!.Id, problem.Detail));
    }

    /// <summary>A string (or string collection) parameter named like Freg's part parameter, on a method that calls a Freg operation.</summary>
    private static bool IsStringPartParameter(IArgumentOperation argument, ProjectRights rights)
        => argument.Parameter is { } parameter
            && parameter.Name == rights.Catalogue.PartParameterName
            && parameter.ContainingSymbol is IMethodSymbol method
            && FregAttributes.Operation(method) is not null
            && !FregAttributes.IsPartType(parameter.Type)
            && !(parameter.Type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length == 1 && FregAttributes.IsPartType(generic.TypeArguments[0]))
            && !(parameter.Type is IArrayTypeSymbol array && FregAttributes.IsPartType(array.ElementType));

    private static ImmutableArray<IOperation> StringConstants(IOperation value)
    {
        var unwrapped = PartArgument.Unwrap(value);
        if (unwrapped.ConstantValue is { HasValue: true, Value: string })
        {
            return ImmutableArray.Create(unwrapped);
        }

        var builder = ImmutableArray.CreateBuilder<IOperation>();
        if (unwrapped is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                var item = PartArgument.Unwrap(element);
                if (item.ConstantValue is { HasValue: true, Value: string })
                {
                    builder.Add(item);
                }
            }
        }

        return builder.ToImmutable();
    }
}
