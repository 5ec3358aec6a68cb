using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FregGen.Analyzers.AddressProtection;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FregGen.Analyzers.Compliance;

/// <summary>
/// FREG108: a method reads a person's address (bostedsadresse, postadresse, ... — every field whose elements carry an
/// adressegradering) and passes it on — returns, stores, logs or sends it — but never reads that person's
/// <c>adressebeskyttelse</c> (nor the address's own <c>adressegradering</c>). Freg delivers addresses graded
/// fortrolig to consumers with hjemmel, and for a person with strengt fortrolig an open postadresse that is not where
/// the person lives (Skatteetaten, <c>spm-og-svar/sos-spesreg.md</c>, <c>sos-adresser.md</c>). One diagnostic per
/// person and method, at the first address passed on. A check in a helper method of the same compilation that the
/// person is passed to counts when the helper reads the person's adressebeskyttelse.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddressProtectionAnalyzer : ComplianceAnalyzer
{
    /// <summary>Diagnostic property: the name of the person's adressebeskyttelse property (for the code fix).</summary>
    public const string ProtectionMemberProperty = "ProtectionMember";

    /// <summary>Diagnostic property: the member that counts its items (<c>Count</c>, <c>Length</c>), empty when it has none.</summary>
    public const string ProtectionCountProperty = "ProtectionCount";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AddressPassedOnUnchecked);

    private protected override void Start(CompilationStartAnalysisContext start, ProjectRights rights, FregSymbols symbols)
    {
        // A package that does not grant adressebeskyttelse leaves no check to make.
        if (rights.Package is not { } package || !package.GrantsField(FregMember.AddressProtectionField))
        {
            return;
        }

        start.RegisterOperationBlockAction(block => Analyze(block, symbols));
    }

    private static void Analyze(OperationBlockAnalysisContext block, FregSymbols symbols)
    {
        var found = new AddressReads(symbols);
        OperationWalk.Each(block.OperationBlocks, ref found, static (IOperation operation, ref AddressReads reads) => reads.Note(operation));
        if (found.Reads is null)
        {
            return;
        }

        var body = new MethodBody(block.OperationBlocks, symbols);
        var flow = new AddressFlow(body, symbols);
        var reported = new HashSet<string>();
        foreach (var read in found.Reads.OrderBy(r => r.Syntax.SpanStart))
        {
            if (body.KeyOf(read.Instance, 0) is not { } person || body.ProtectedPersons.Contains(person) || reported.Contains(person))
            {
                continue;
            }

            if (flow.PassedOn(read) is not { } how)
            {
                continue;
            }

            var protection = ProtectionMember(read.Property.ContainingType, symbols);
            if (CheckedInHelper(body, person, protection?.Name ?? "Adressebeskyttelse"))
            {
                continue;
            }

            reported.Add(person);
            var receiver = Receiver(read);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ProtectionMemberProperty, protection?.Name)
                .Add(ProtectionCountProperty, protection is null ? null : CountMember(protection.Type));
            var additional = receiver is not null && IsSimple(receiver.Syntax) ? new[] { receiver.Syntax.GetLocation() } : null;
            block.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.AddressPassedOnUnchecked,
                Locations.OfMemberName(read.Syntax),
                additional,
                properties,
                Describe(receiver, read.Property.Name),
                how));
        }
    }

    /// <summary>Whether the person is passed to a method of this compilation whose body reads adressebeskyttelse.</summary>
    private static bool CheckedInHelper(MethodBody body, string person, string protectionName)
    {
        foreach (var invocation in body.Invocations)
        {
            var method = invocation.TargetMethod;
            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                continue;
            }

            var passesPerson = invocation.Instance is { } instance && body.KeyOf(instance, 0) == person;
            foreach (var argument in invocation.Arguments)
            {
                passesPerson |= body.KeyOf(argument.Value, 0) == person;
            }

            if (passesPerson && ReadsByName(method, protectionName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadsByName(IMethodSymbol method, string name)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IPropertySymbol? ProtectionMember(INamedTypeSymbol? person, FregSymbols symbols)
    {
        foreach (var member in person?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
        {
            if (member is IPropertySymbol property && symbols.Member(property).IsAddressProtection)
            {
                return property;
            }
        }

        return null;
    }

    private static string CountMember(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return "Length";
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers("Count").OfType<IPropertySymbol>().Any())
            {
                return "Count";
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (contract.GetMembers("Count").OfType<IPropertySymbol>().Any())
            {
                return "Count";
            }
        }

        return string.Empty;
    }

    /// <summary>The expression the address is read from (<c>person</c> in <c>person?.Bostedsadresse</c>).</summary>
    private static IOperation? Receiver(IPropertyReferenceOperation read)
        => read.Instance is IConditionalAccessInstanceOperation placeholder ? ConditionalAccess.Of(placeholder)?.Operation : read.Instance;

    private static bool IsSimple(SyntaxNode syntax) => syntax switch
    {
        IdentifierNameSyntax => true,
        ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax access => IsSimple(access.Expression),
        _ => false,
    };

    private static string Describe(IOperation? receiver, string property)
    {
        var text = receiver?.Syntax.ToString();
        return text is null || text.Length > 40 || text.IndexOf('\n') >= 0 ? property : text + "." + property;
    }

    /// <summary>The first walk: only address reads, so that most bodies end here having allocated nothing.</summary>
    private struct AddressReads
    {
        private readonly FregSymbols _symbols;

        public AddressReads(FregSymbols symbols)
        {
            _symbols = symbols;
            Reads = null;
        }

        public List<IPropertyReferenceOperation>? Reads { get; private set; }

        public void Note(IOperation operation)
        {
            if (operation is IPropertyReferenceOperation property && _symbols.Member(property.Property).IsAddress)
            {
                (Reads ??= new List<IPropertyReferenceOperation>()).Add(property);
            }
        }
    }
}
