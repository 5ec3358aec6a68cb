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
/// FREG103: a call to a client method whose [FregOperation] the project's package does not offer, or a literal Freg
/// URL sent through HttpClient for such an operation. FREG102 for <c>part=</c> values in such literal URLs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationAnalyzer : ComplianceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.OperationNotOffered, DiagnosticDescriptors.PartNotGranted);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        if (rights.Package is not { } package)
        {
            return;
        }

        start.RegisterOperationAction(
            operation =>
            {
                switch (operation.Operation)
                {
                    case IInvocationOperation invocation when FregAttributes.Operation(invocation.TargetMethod) is { } declared:
                        CheckOperation(operation, rights, package, declared.Method, declared.Path, Locations.OfMemberName(invocation.Syntax));
                        break;
                    case IMethodReferenceOperation reference when FregAttributes.Operation(reference.Method) is { } declared:
                        CheckOperation(operation, rights, package, declared.Method, declared.Path, Locations.OfMemberName(reference.Syntax));
                        break;
                    case IInvocationOperation invocation when FregUrls.FromInvocation(invocation) is { } url:
                        CheckUrl(operation, rights, package, url);
                        break;
                    case IObjectCreationOperation creation when FregUrls.FromRequestMessage(creation) is { } url:
                        CheckUrl(operation, rights, package, url);
                        break;
                }
            },
            OperationKind.Invocation,
            OperationKind.MethodReference,
            OperationKind.ObjectCreation);
    }

    private static void CheckOperation(OperationAnalysisContext context, ProjectRights rights, RightsPackage package, string method, string path, Location location)
    {
        if (package.GrantsOperation(method, path))
        {
            return;
        }

        var offering = rights.PackagesOfferingOperation(method, path).ToList();
        var detail = offering.Count == 0 ? "; no rights package offers it" : "; it is offered by " + string.Join(", ", offering);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OperationNotOffered, location, method.ToUpperInvariant(), path, package.Id, detail));
    }

    private static void CheckUrl(OperationAnalysisContext context, ProjectRights rights, RightsPackage package, FregUrl url)
    {
        var known = rights.Catalogue.Packages
            .SelectMany(p => p.Operations)
            .FirstOrDefault(operation => operation.Key.MatchesConcretePath(url.Method, url.Path));
        if (known is not null && package.FindOperationForConcretePath(url.Method, url.Path) is null && !package.GrantsEntireSpec)
        {
            CheckOperation(context, rights, package, url.Method, known.Path, url.PathLocation);
        }

        if (known is null)
        {
            return;
        }

        foreach (var (value, location) in url.Parts)
        {
            if (PartRules.Check(value, rights) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PartNotGranted,
                    location,
                    ImmutableDictionary<string, string?>.Empty.Add(PartValueAnalyzer.SuggestionProperty, problem.Suggestion).Add(PartValueAnalyzer.KindProperty, PartValueAnalyzer.UrlKind),
                    value,
                    problem.Reason,
                    package.Id,
                    problem.Detail));
            }
        }
    }
}
