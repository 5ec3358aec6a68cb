using System.Collections.Immutable;
using System.Linq;
using FregGen.Analyzers.Infrastructure;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG101: a read, write, initializer, pattern or nameof of a property whose Freg field the project's rights package
/// does not grant, and the same field reached by its name in a string (<see cref="NamedFieldAccess"/>). Works on types
/// from other assemblies (a shared model library generated for a wider package), because it reads the [FregField]
/// paths the generator puts on every person property.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FieldAccessAnalyzer : ComplianceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.FieldNotGranted);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        if (rights.Package is not { } package)
        {
            return;
        }

        start.RegisterOperationAction(
            operation =>
            {
                if (operation.Operation is IPropertyReferenceOperation reference && symbols.Member(reference.Property) is { IsField: true } member)
                {
                    if (!GrantsAny(package, member.Paths))
                    {
                        Report(operation, rights, package, member.ShortestPath!, Locations.OfMemberName(reference.Syntax));
                    }

                    return;
                }

                if (NamedFieldAccess.Of(operation.Operation, symbols) is { } named && NotGranted(named, rights, package, symbols) is { } field)
                {
                    Report(operation, rights, package, field, named.Name.Syntax.GetLocation());
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Invocation);
    }

    /// <summary>
    /// The field a name reaches when the package does not grant it, Freg knows it, and what it is read from is granted
    /// (so a chain of names is reported once, where it leaves the package). A name Freg does not know is left alone:
    /// unknown properties are kept for fields Freg adds later.
    /// </summary>
    internal static string? NotGranted(NamedField named, ProjectRights rights, RightsPackage package, FregSymbols symbols)
    {
        if (GrantsAny(package, named.Paths) || !named.ParentPaths.Any(parent => parent.Length == 0 || package.GrantsField(parent)))
        {
            return null;
        }

        string? known = null;
        foreach (var path in named.Paths)
        {
            if (IsKnownField(path, named.Model, rights, symbols) && (known is null || path.Length < known.Length))
            {
                known = path;
            }
        }

        return known;
    }

    /// <summary>Whether a path is a Freg field: a property of the model carries it, or a package's catalogue entry names it.</summary>
    internal static bool IsKnownField(string path, INamedTypeSymbol? model, ProjectRights rights, FregSymbols symbols)
    {
        if (model is not null)
        {
            foreach (var member in model.GetMembers())
            {
                if (member is IPropertySymbol property && symbols.Member(property).Paths.Contains(path, System.StringComparer.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return rights.Catalogue.Packages.Any(p => !p.GrantsEntireSpec && p.GrantsField(path));
    }

    internal static bool GrantsAny(RightsPackage package, ImmutableArray<string> paths)
    {
        foreach (var path in paths)
        {
            if (package.GrantsField(path))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, ProjectRights rights, RightsPackage package, string field, Location location)
    {
        var granting = rights.PackagesGrantingField(field).ToList();
        var detail = granting.Count == 0 ? "; no rights package grants it" : "; it is granted by " + string.Join(", ", granting);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FieldNotGranted, location, field, package.Id, detail));
    }
}
