using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
/// FREG107, once per project: what the code actually needs from Freg — the person fields, parts and operations it
/// uses — and the narrowest rights packages that grant all of it. It answers the first two steps of Skatteetaten's
/// consumer guide (map the need, pick the package) and lists the fields an access application and a DPIA ask for.
/// FregGen's build target turns it into freg-usage.txt next to the build output.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UsageReportAnalyzer : ComplianceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UsageReport);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights)
    {
        var fields = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        var parts = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        var operations = new ConcurrentDictionary<(string Method, string Path), byte>();
        start.RegisterOperationAction(
            operation =>
            {
                switch (operation.Operation)
                {
                    case IPropertyReferenceOperation property when FregAttributes.TopLevelField(property.Property) is { } field:
                        fields.TryAdd(field, 0);
                        break;
                    case IPropertyReferenceOperation property when FregAttributes.PartValue(property.Property) is { } part:
                        parts.TryAdd(part, 0);
                        break;
                    case IConversionOperation { OperatorMethod: not null } conversion when FregAttributes.IsPartType(conversion.Type) && conversion.Operand.ConstantValue is { HasValue: true, Value: string text }:
                        parts.TryAdd(text, 0);
                        break;
                    case IInvocationOperation invocation when FregAttributes.Operation(invocation.TargetMethod) is { } declared:
                        operations.TryAdd((declared.Method.ToUpperInvariant(), declared.Path), 0);
                        if (PartArgument.Of(invocation, rights.Catalogue) is { IsOmitted: true })
                        {
                            parts.TryAdd(RightsPackage.PersonBasisPart, 0);
                        }

                        break;
                    case IInvocationOperation invocation when FregUrls.FromInvocation(invocation) is { } url:
                        AddUrl(url, rights, operations, parts);
                        break;
                    case IObjectCreationOperation creation when FregUrls.FromRequestMessage(creation) is { } url:
                        AddUrl(url, rights, operations, parts);
                        break;
                }
            },
            OperationKind.PropertyReference,
            OperationKind.Conversion,
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
        start.RegisterCompilationEndAction(end =>
        {
            if (fields.IsEmpty && parts.IsEmpty && operations.IsEmpty)
            {
                return;
            }

            var fieldList = fields.Keys.OrderBy(f => f, StringComparer.Ordinal).ToList();
            var partList = parts.Keys.OrderBy(p => p, StringComparer.Ordinal).ToList();
            var operationList = operations.Keys.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
            end.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UsageReport,
                Location.None,
                List(fieldList),
                List(partList),
                List(operationList.Select(o => o.Method + " " + o.Path)),
                Narrowest(rights.Catalogue, fieldList, partList, operationList)));
        });
    }

    private static void AddUrl(FregUrl url, ProjectRights rights, ConcurrentDictionary<(string, string), byte> operations, ConcurrentDictionary<string, byte> parts)
    {
        var known = rights.Catalogue.Packages.SelectMany(p => p.Operations).FirstOrDefault(o => o.Key.MatchesConcretePath(url.Method, url.Path));
        if (known is null)
        {
            return;
        }

        operations.TryAdd((url.Method, known.Path), 0);
        foreach (var (value, _) in url.Parts)
        {
            parts.TryAdd(value, 0);
        }
    }

    /// <summary>The packages that grant every field, part and operation, narrowest (fewest grants) first.</summary>
    private static string Narrowest(RightsCatalogue catalogue, List<string> fields, List<string> parts, List<(string Method, string Path)> operations)
    {
        var granting = catalogue.Packages
            .Where(p => fields.All(p.GrantsField) && parts.All(part => p.ResolvePart(part, catalogue) is not null) && operations.All(o => p.GrantsOperation(o.Method, o.Path)))
            .OrderBy(p => p.GrantsEntireSpec ? int.MaxValue : p.Properties.Count + p.Operations.Count)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => p.Id)
            .ToList();
        return granting.Count == 0 ? "none (no single rights package grants all of it)" : string.Join(", ", granting);
    }

    private static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "none" : text;
    }
}
