using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Analyzers.Compliance;
using FregGen.Analyzers.Infrastructure;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace FregGen.CodeFixes;

/// <summary>
/// FREG104: add the missing part to the lookup (keeping person-basis when the lookup had no part).
/// FREG105: give the lookup the minimal part list that covers the fields read.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PartSelectionCodeFixProvider))]
[Shared]
public sealed class PartSelectionCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.FieldOutsidePartSelection.Id, DiagnosticDescriptors.LookupWithoutMinimalParts.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PartSelectionAnalyzer.PartsProperty, out var parts) || parts is null)
            {
                continue;
            }

            var values = parts.Split(',').Where(p => p.Length > 0).ToList();
            if (diagnostic.Id == DiagnosticDescriptors.FieldOutsidePartSelection.Id && diagnostic.AdditionalLocations.Count > 0)
            {
                var call = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
                if (call is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Add part '" + values[0] + "' to the lookup", ct => AddParts(context.Document, call, values, keepPersonBasis: true, ct), nameof(PartSelectionCodeFixProvider) + ".Add"),
                        diagnostic);
                }
            }
            else if (diagnostic.Id == DiagnosticDescriptors.LookupWithoutMinimalParts.Id)
            {
                var call = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
                if (call is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Ask only for part " + string.Join(", ", values), ct => AddParts(context.Document, call, values, keepPersonBasis: false, ct), nameof(PartSelectionCodeFixProvider) + ".Minimal"),
                        diagnostic);
                }
            }
        }
    }

    private static async Task<Document> AddParts(Document document, InvocationExpressionSyntax call, List<string> values, bool keepPersonBasis, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method || PartSyntax.PartParameter(method) is not { } parameter)
        {
            return document;
        }

        var partType = PartSyntax.PartTypeOf(parameter);
        var languageVersion = ((CSharpParseOptions)call.SyntaxTree.Options).LanguageVersion;
        var existing = FindPartArgument(call, method, parameter);
        InvocationExpressionSyntax updated;
        if (existing?.Expression is CollectionExpressionSyntax collection)
        {
            var elements = collection.Elements.AddRange(values.Select(value => (CollectionElementSyntax)SyntaxFactory.ExpressionElement(PartSyntax.Value(partType, value))));
            updated = call.ReplaceNode(collection, collection.WithElements(elements));
        }
        else if (existing?.Expression is ArrayCreationExpressionSyntax { Initializer: { } initializer } || existing?.Expression is ImplicitArrayCreationExpressionSyntax { Initializer: { } })
        {
            var init = existing.Expression is ArrayCreationExpressionSyntax array ? array.Initializer! : ((ImplicitArrayCreationExpressionSyntax)existing.Expression).Initializer;
            updated = call.ReplaceNode(init, init.WithExpressions(init.Expressions.AddRange(values.Select(value => PartSyntax.Value(partType, value)))));
        }
        else if (existing is null || IsNull(existing.Expression))
        {
            var selection = (keepPersonBasis ? new[] { Catalogue.RightsPackage.PersonBasisPart } : Array.Empty<string>()).Concat(values);
            var argument = SyntaxFactory.Argument(PartSyntax.Selection(partType, selection, languageVersion))
                .WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameter.Name)));
            updated = existing is null
                ? call.WithArgumentList(call.ArgumentList.WithArguments(InsertBeforeCancellation(call.ArgumentList.Arguments, argument, method)))
                : call.ReplaceNode(existing, argument);
        }
        else
        {
            return document;
        }

        return document.WithSyntaxRoot(root.ReplaceNode(call, updated.WithAdditionalAnnotations(Formatter.Annotation)));
    }

    private static ArgumentSyntax? FindPartArgument(InvocationExpressionSyntax call, IMethodSymbol method, IParameterSymbol parameter)
    {
        var arguments = call.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.NameColon is { } name ? name.Name.Identifier.ValueText == parameter.Name : i == parameter.Ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Named arguments may go anywhere, but keep the CancellationToken last for readability.</summary>
    private static SeparatedSyntaxList<ArgumentSyntax> InsertBeforeCancellation(SeparatedSyntaxList<ArgumentSyntax> arguments, ArgumentSyntax argument, IMethodSymbol method)
    {
        var cancellation = method.Parameters.FirstOrDefault(p => p.Type.Name == "CancellationToken");
        for (var i = 0; i < arguments.Count; i++)
        {
            var isCancellation = arguments[i].NameColon is { } name
                ? name.Name.Identifier.ValueText == cancellation?.Name
                : cancellation is not null && i == cancellation.Ordinal;
            if (isCancellation)
            {
                return arguments.Insert(i, argument);
            }
        }

        return arguments.Add(argument);
    }

    private static bool IsNull(ExpressionSyntax expression)
        => expression.IsKind(SyntaxKind.NullLiteralExpression) || expression.IsKind(SyntaxKind.DefaultLiteralExpression);
}
