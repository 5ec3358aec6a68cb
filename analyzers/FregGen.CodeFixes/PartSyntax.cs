using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace FregGen.CodeFixes;

/// <summary>Builds and edits part selections in source: <c>FregPart.Navn</c> members, collection expressions, arrays.</summary>
internal static class PartSyntax
{
    /// <summary>The expression for a part value: the FregPart member that stands for it, or a string literal.</summary>
    public static ExpressionSyntax Value(INamedTypeSymbol? partType, string value)
    {
        var member = partType?.GetMembers().OfType<IPropertySymbol>()
            .FirstOrDefault(p => string.Equals(FregAttributes.PartValue(p), value, StringComparison.OrdinalIgnoreCase));
        if (partType is null || member is null)
        {
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
        }

        return SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseTypeName(partType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)),
                SyntaxFactory.IdentifierName(member.Name))
            .WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>A new selection: a collection expression (C# 12+) or an array of the part type.</summary>
    public static ExpressionSyntax Selection(INamedTypeSymbol? partType, IEnumerable<string> values, LanguageVersion languageVersion)
    {
        var expressions = values.Select(value => Value(partType, value)).ToList();
        if (languageVersion >= LanguageVersion.CSharp12 || partType is null)
        {
            return SyntaxFactory.CollectionExpression(SyntaxFactory.SeparatedList<CollectionElementSyntax>(expressions.Select(SyntaxFactory.ExpressionElement)));
        }

        return SyntaxFactory.ArrayCreationExpression(
            SyntaxFactory.ArrayType(
                SyntaxFactory.ParseTypeName(partType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.SingletonList(SyntaxFactory.ArrayRankSpecifier(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxFactory.OmittedArraySizeExpression())))),
            SyntaxFactory.InitializerExpression(SyntaxKind.ArrayInitializerExpression, SyntaxFactory.SeparatedList(expressions)));
    }

    /// <summary>The element type of a part parameter (<c>IEnumerable&lt;FregPart&gt;</c>, <c>FregPart[]</c>).</summary>
    public static INamedTypeSymbol? PartTypeOf(IParameterSymbol? parameter)
        => parameter?.Type switch
        {
            INamedTypeSymbol { IsGenericType: true } generic when generic.TypeArguments.Length == 1 && FregAttributes.IsPartType(generic.TypeArguments[0]) => (INamedTypeSymbol)generic.TypeArguments[0],
            IArrayTypeSymbol { ElementType: INamedTypeSymbol element } when FregAttributes.IsPartType(element) => element,
            INamedTypeSymbol named when FregAttributes.IsPartType(named) => named,
            _ => null,
        };

    /// <summary>The part parameter of a method (named as in the catalogue, "part").</summary>
    public static IParameterSymbol? PartParameter(IMethodSymbol method)
        => method.Parameters.FirstOrDefault(p => p.Name == "part");
}
