using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace FregGen.CodeFixes;

/// <summary>
/// FREG108: check the person's adressebeskyttelse before the statement that passes the address on — skip the person
/// (<c>continue</c>) inside a loop over persons, otherwise refuse (throw): failing closed, so that a protected address
/// never leaves the method by accident. Offered when the person is a variable, parameter or member in scope there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddressProtectionCodeFixProvider))]
[Shared]
public sealed class AddressProtectionCodeFixProvider : CodeFixProvider
{
    public const string RefusalMessage = "The person has adressebeskyttelse (fortrolig or strengt fortrolig): their address must not be passed on.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.AddressPassedOnUnchecked.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(AddressProtectionAnalyzer.ProtectionMemberProperty, out var member) || member is null
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax person
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax } statement
                || !InScope(person, statement, model, context.CancellationToken, out var inLoop))
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(AddressProtectionAnalyzer.ProtectionCountProperty, out var count);
            var nullable = model.GetTypeInfo(person, context.CancellationToken).Nullability.FlowState == NullableFlowState.MaybeNull
                || person.Parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == person;
            var title = inLoop ? "Skip persons with adressebeskyttelse" : "Refuse persons with adressebeskyttelse";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => AddGuard(context.Document, statement, person, member, count, nullable, inLoop, ct), nameof(AddressProtectionCodeFixProvider) + (inLoop ? ".Skip" : ".Refuse")),
                diagnostic);
        }
    }

    private static async Task<Document> AddGuard(Document document, StatementSyntax statement, ExpressionSyntax person, string member, string? count, bool nullable, bool inLoop, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var access = person.WithoutTrivia().ToString() + (nullable ? "?." : ".") + member;
        var condition = string.IsNullOrEmpty(count) ? access + " is not null" : access + " is { " + count + ": > 0 }";
        var body = inLoop ? "continue;" : "throw new global::System.InvalidOperationException(\"" + RefusalMessage + "\");";
        var newline = statement.GetTrailingTrivia().LastOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        newline = newline.IsKind(SyntaxKind.EndOfLineTrivia) ? newline : SyntaxFactory.ElasticCarriageReturnLineFeed;
        var guard = SyntaxFactory.ParseStatement("if (" + condition + ")\n{\n" + body + "\n}")
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(newline, newline)
            .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
        var block = (BlockSyntax)statement.Parent!;
        var updated = block.InsertNodesBefore(statement, new[] { guard });
        return document.WithSyntaxRoot(root.ReplaceNode(block, updated));
    }

    /// <summary>
    /// Whether the person expression means the same thing before <paramref name="statement"/> (its leftmost name is
    /// visible there), and whether that is inside a loop that declares the person (so <c>continue</c> skips it).
    /// </summary>
    private static bool InScope(ExpressionSyntax person, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken, out bool inLoop)
    {
        inLoop = false;
        var leftmost = person;
        while (leftmost is MemberAccessExpressionSyntax access)
        {
            leftmost = access.Expression;
        }

        if (leftmost is ThisExpressionSyntax)
        {
            return true;
        }

        if (leftmost is not IdentifierNameSyntax identifier || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not { } symbol)
        {
            return false;
        }

        if (!model.LookupSymbols(statement.SpanStart, name: identifier.Identifier.ValueText).Contains(symbol, SymbolEqualityComparer.Default))
        {
            return false;
        }

        var declaration = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.Span;
        foreach (var ancestor in statement.Ancestors())
        {
            if (ancestor is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax)
            {
                break;
            }

            if (ancestor is CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
            {
                inLoop = symbol is ILocalSymbol && declaration is { } span && ancestor.Span.Contains(span);
                break;
            }
        }

        return true;
    }
}
