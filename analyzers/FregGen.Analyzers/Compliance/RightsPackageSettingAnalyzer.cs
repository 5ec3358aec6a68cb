using System.Collections.Immutable;
using System.Threading;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG001 on the analyzer side: a project that uses Freg types (for example from a shared model library) but has no
/// or an unknown FregRightsPackage. Reported once, at the first use. When FregGen's generator runs in the project it
/// reports FREG001 itself, so this analyzer stays quiet then.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RightsPackageSettingAnalyzer : ComplianceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RightsPackageMissingOrUnknown);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights)
    {
        if (rights.Package is not null || rights.GeneratorEnabled)
        {
            return;
        }

        var reported = 0;
        start.RegisterOperationAction(
            operation =>
            {
                var member = operation.Operation switch
                {
                    IPropertyReferenceOperation property => (ISymbol)property.Property,
                    IInvocationOperation invocation => invocation.TargetMethod,
                    _ => null,
                };
                if (member is null || (FregAttributes.FieldPaths(member).IsEmpty && (member is not IMethodSymbol method || FregAttributes.Operation(method) is null)))
                {
                    return;
                }

                if (Interlocked.Exchange(ref reported, 1) == 0)
                {
                    var reason = rights.RequestedPackage is null
                        ? "This project uses Freg types but sets no rights package."
                        : "'" + rights.RequestedPackage + "' is not a rights package FregGen knows.";
                    operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RightsPackageMissingOrUnknown, operation.Operation.Syntax.GetLocation(), reason, rights.KnownPackageIds));
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Invocation);
    }
}
