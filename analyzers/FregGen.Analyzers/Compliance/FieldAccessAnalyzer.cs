using System.Collections.Immutable;
using System.Linq;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG101: a read, write, initializer, pattern or nameof of a property whose Freg field the project's rights package
/// does not grant. Works on types from other assemblies (a shared model library generated for a wider package), because
/// it reads the [FregField] paths the generator puts on every person property.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FieldAccessAnalyzer : ComplianceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.FieldNotGranted);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights)
    {
        if (rights.Package is not { } package)
        {
            return;
        }

        start.RegisterOperationAction(
            operation =>
            {
                var reference = (IPropertyReferenceOperation)operation.Operation;
                var paths = FregAttributes.FieldPaths(reference.Property);
                if (paths.IsEmpty || paths.Any(package.GrantsField))
                {
                    return;
                }

                var field = paths.OrderBy(p => p.Length).First();
                var granting = rights.PackagesGrantingField(field).ToList();
                var detail = granting.Count == 0 ? "; no rights package grants it" : "; it is granted by " + string.Join(", ", granting);
                operation.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FieldNotGranted, Locations.OfMemberName(reference.Syntax), field, package.Id, detail));
            },
            OperationKind.PropertyReference);
    }
}
