using System;
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
using Microsoft.CodeAnalysis.Text;

namespace FregGen.CodeFixes;

/// <summary>FREG102: remove the part value, or replace it with the nearest one the package accepts.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PartValueCodeFixProvider))]
[Shared]
public sealed class PartValueCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.PartNotGranted.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(PartValueAnalyzer.KindProperty, out var kind);
            diagnostic.Properties.TryGetValue(PartValueAnalyzer.SuggestionProperty, out var suggestion);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (kind == PartValueAnalyzer.UrlKind && node.FirstAncestorOrSelf<LiteralExpressionSyntax>() is { } literal)
            {
                RegisterUrlFixes(context, diagnostic, literal, suggestion);
                continue;
            }

            var expression = Element(node);
            if (expression is null)
            {
                continue;
            }

            if (IsRemovable(expression))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Remove this part", ct => Remove(context.Document, expression, ct), nameof(PartValueCodeFixProvider) + ".Remove"),
                    diagnostic);
            }

            if (suggestion is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use part '" + suggestion + "'", ct => Replace(context.Document, expression, suggestion, ct), nameof(PartValueCodeFixProvider) + ".Replace"),
                    diagnostic);
            }
        }
    }

    /// <summary>The whole element expression (<c>FregPart.X</c> or <c>"x"</c>) the diagnostic points into.</summary>
    private static ExpressionSyntax? Element(SyntaxNode node)
    {
        var expression = node as ExpressionSyntax ?? node.FirstAncestorOrSelf<ExpressionSyntax>();
        while (expression?.Parent is MemberAccessExpressionSyntax access && access.Name == expression)
        {
            expression = access;
        }

        return expression;
    }

    private static bool IsRemovable(ExpressionSyntax expression)
        => expression.Parent is ExpressionElementSyntax or InitializerExpressionSyntax or ArgumentSyntax;

    private static async Task<Document> Remove(Document document, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SyntaxNode target = expression.Parent is ExpressionElementSyntax element ? element : expression.Parent is ArgumentSyntax argument ? argument : expression;
        return document.WithSyntaxRoot(root.RemoveNode(target, SyntaxRemoveOptions.KeepNoTrivia)!);
    }

    private static async Task<Document> Replace(Document document, ExpressionSyntax expression, string suggestion, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var type = model.GetTypeInfo(expression, cancellationToken);
        var partType = (type.ConvertedType ?? type.Type) as INamedTypeSymbol;
        if (partType is not null && !Analyzers.Infrastructure.FregAttributes.IsPartType(partType))
        {
            partType = null;
        }

        var replacement = PartSyntax.Value(partType, suggestion).WithTriviaFrom(expression);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement));
    }

    private static void RegisterUrlFixes(CodeFixContext context, Diagnostic diagnostic, LiteralExpressionSyntax literal, string? suggestion)
    {
        var valueSpan = diagnostic.Location.SourceSpan;
        if (valueSpan == literal.Span)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Remove this part from the URL", ct => EditUrl(context.Document, literal, valueSpan, null, ct), nameof(PartValueCodeFixProvider) + ".RemoveFromUrl"),
            diagnostic);
        if (suggestion is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Use part '" + suggestion + "' in the URL", ct => EditUrl(context.Document, literal, valueSpan, suggestion, ct), nameof(PartValueCodeFixProvider) + ".ReplaceInUrl"),
                diagnostic);
        }
    }

    private static async Task<Document> EditUrl(Document document, LiteralExpressionSyntax literal, TextSpan valueSpan, string? replacement, CancellationToken cancellationToken)
    {
        var text = literal.Token.Text;
        var start = valueSpan.Start - literal.Token.SpanStart;
        string edited;
        if (replacement is not null)
        {
            edited = text.Substring(0, start) + Uri.EscapeDataString(replacement) + text.Substring(start + valueSpan.Length);
        }
        else
        {
            // Remove "part=value" with the separator before it, or the one after it when it is the first query item.
            var pairStart = text.LastIndexOf("part=", start, StringComparison.OrdinalIgnoreCase);
            var pairEnd = start + valueSpan.Length;
            if (pairStart > 0 && text[pairStart - 1] == '&')
            {
                pairStart--;
            }
            else if (pairEnd < text.Length && text[pairEnd] == '&')
            {
                pairEnd++;
            }
            else if (pairStart > 0 && text[pairStart - 1] == '?')
            {
                pairStart--;
            }

            edited = text.Substring(0, pairStart) + text.Substring(pairEnd);
        }

        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var token = SyntaxFactory.ParseToken(edited).WithTriviaFrom(literal.Token);
        return document.WithSyntaxRoot(root.ReplaceToken(literal.Token, token));
    }
}
