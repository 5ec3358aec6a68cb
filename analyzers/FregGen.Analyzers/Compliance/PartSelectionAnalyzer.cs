using System;
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
/// Within one method, compares what a lookup asks for (its part selection; none means person-basis) with the person
/// fields read from its result:
/// FREG104 — a field read that the selection does not return (it is always null at run time);
/// FREG105 — a lookup without part whose result is used for only a few person-basis fields (ask for just those).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartSelectionAnalyzer : ComplianceAnalyzer
{
    /// <summary>Diagnostic property: the part value(s) to add (FREG104) or the minimal list (FREG105), comma separated.</summary>
    public const string PartsProperty = "Parts";

    /// <summary>FREG105 reports lookups whose result is used for at most this many fields.</summary>
    public const int FewFields = 4;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.FieldOutsidePartSelection, DiagnosticDescriptors.LookupWithoutMinimalParts);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        if (rights.Package is not { } package)
        {
            return;
        }

        start.RegisterOperationBlockAction(block => AnalyzeBody(block.ReportDiagnostic, rights, symbols, package, block.OperationBlocks));
    }

    internal static HashSet<string> Selected(PartArgument parts, RightsPackage package, RightsCatalogue catalogue)
        => package.SelectParts(parts.IsOmitted ? new[] { RightsPackage.PersonBasisPart } : parts.Elements.Select(e => e.Value), catalogue).Properties;

    /// <summary>
    /// One walk over the body collects lookups, person-field reads and what carries values between them; most bodies
    /// contain no lookup and end there.
    /// </summary>
    private static void AnalyzeBody(Action<Diagnostic> report, ProjectRights rights, FregSymbols symbols, RightsPackage package, ImmutableArray<IOperation> roots)
    {
        List<Lookup>? lookups = null;
        var reads = new List<IPropertyReferenceOperation>();
        var assignments = new List<IOperation>();
        var localReferences = new List<ILocalReferenceOperation>();
        foreach (var root in roots)
        {
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when FregAttributes.Operation(invocation.TargetMethod) is not null && PartArgument.Of(invocation, rights.Catalogue) is { } parts:
                        (lookups ??= new List<Lookup>()).Add(new Lookup(invocation, parts));
                        break;
                    case IPropertyReferenceOperation property when symbols.Member(property.Property).TopLevelField is not null:
                        reads.Add(property);
                        break;
                    case ILocalReferenceOperation local:
                        localReferences.Add(local);
                        break;
                    case IVariableDeclaratorOperation or ISimpleAssignmentOperation or IForEachLoopOperation:
                        assignments.Add(operation);
                        break;
                }
            }
        }

        if (lookups is null || reads.Count == 0)
        {
            return;
        }

        var flow = new LookupFlow(lookups, assignments.OrderBy(a => a.Syntax.SpanStart).ToList(), localReferences);
        Analyze(report, rights, symbols, package, flow, reads.OrderBy(r => r.Syntax.SpanStart).ToList());
    }

    private static void Analyze(Action<Diagnostic> report, ProjectRights rights, FregSymbols symbols, RightsPackage package, LookupFlow flow, List<IPropertyReferenceOperation> reads)
    {
        var readsByLookup = new Dictionary<Lookup, List<(IPropertyReferenceOperation Read, string Field)>>();
        foreach (var read in reads)
        {
            if (flow.SourceOf(read.Instance) is { } lookup && symbols.Member(read.Property).TopLevelField is { } field)
            {
                if (!readsByLookup.TryGetValue(lookup, out var list))
                {
                    readsByLookup[lookup] = list = new List<(IPropertyReferenceOperation, string)>();
                }

                list.Add((read, field));
            }
        }

        foreach (var entry in readsByLookup)
        {
            var lookup = entry.Key;
            if (!lookup.Parts.IsKnown)
            {
                continue;
            }

            var selected = Selected(lookup.Parts, package, rights.Catalogue);
            var description = lookup.Parts.IsOmitted ? "none, so person-basis" : string.Join(", ", lookup.Parts.Elements.Select(e => e.Value));
            foreach (var (read, field) in entry.Value)
            {
                if (!selected.Contains(field) && package.GrantsField(field))
                {
                    var canonical = package.FindProperty(field)?.Name ?? field;
                    report(Diagnostic.Create(
                        DiagnosticDescriptors.FieldOutsidePartSelection,
                        Locations.OfMemberName(read.Syntax),
                        new[] { lookup.Invocation.Syntax.GetLocation() },
                        ImmutableDictionary<string, string?>.Empty.Add(PartsProperty, canonical),
                        read.Property.Name,
                        description,
                        canonical));
                }
            }

            var fields = entry.Value.Select(r => r.Field).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var basis = package.PersonBasisProperties().ToList();
            if (lookup.Parts.IsOmitted
                && !flow.ResultEscapes(lookup)
                && fields.Count <= FewFields
                && fields.Count < basis.Count
                && fields.All(field => basis.Contains(field, StringComparer.OrdinalIgnoreCase)))
            {
                report(Diagnostic.Create(
                    DiagnosticDescriptors.LookupWithoutMinimalParts,
                    Locations.OfMemberName(lookup.Invocation.Syntax),
                    ImmutableDictionary<string, string?>.Empty.Add(PartsProperty, string.Join(",", fields)),
                    fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    fields.Count == 1 ? "field is" : "fields are",
                    string.Join(",", fields)));
            }
        }
    }
}
