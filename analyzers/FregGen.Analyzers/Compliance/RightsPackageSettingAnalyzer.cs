using System.Collections.Immutable;
using System.Threading;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// The project-level problems on the analyzer side, for a project where FregGen's generator does not run
/// (<c>FregGenerate</c> false or invalid; it may use Freg types from a shared model library): FREG001 for a missing
/// or unknown FregRightsPackage, reported once at the first use of a Freg type, and FREG006 for an invalid catalogue
/// file, located in the file. When the generator runs it reports both itself, so this analyzer stays quiet then.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RightsPackageSettingAnalyzer : ComplianceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RightsPackageMissingOrUnknown, DiagnosticDescriptors.CatalogueInvalid);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        if (rights.GeneratorEnabled)
        {
            return;
        }

        if (!rights.ProjectCatalogue.Diagnostics.IsEmpty)
        {
            start.RegisterAdditionalFileAction(file =>
            {
                foreach (var diagnostic in rights.CatalogueDiagnosticsIn(file.AdditionalFile.Path))
                {
                    file.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }

        if (rights.Package is not null)
        {
            return;
        }

        var reported = 0;
        start.RegisterOperationAction(
            operation =>
            {
                var usesFreg = operation.Operation switch
                {
                    IPropertyReferenceOperation property => symbols.Member(property.Property).IsField,
                    IInvocationOperation invocation => FregAttributes.Operation(invocation.TargetMethod) is not null,
                    _ => false,
                };
                if (!usesFreg)
                {
                    return;
                }

                if (Interlocked.Exchange(ref reported, 1) == 0)
                {
                    var reason = rights.RequestedPackage is null ? "This project uses Freg types but sets no rights package." : rights.Resolution.Problem!;
                    operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RightsPackageMissingOrUnknown, operation.Operation.Syntax.GetLocation(), reason, rights.KnownPackageIds));
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Invocation);
    }
}
