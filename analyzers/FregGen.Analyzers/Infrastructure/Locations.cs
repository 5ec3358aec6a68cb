using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FregGen.Analyzers.Infrastructure;

internal static class Locations
{
    /// <summary>The name part of a member access (<c>Familierelasjon</c> in <c>person.Familierelasjon</c>), else the whole syntax.</summary>
    public static Location OfMemberName(SyntaxNode syntax) => syntax switch
    {
        MemberAccessExpressionSyntax access => access.Name.GetLocation(),
        MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.GetLocation(),
        InvocationExpressionSyntax invocation => invocation.Expression.GetLocation(),
        AssignmentExpressionSyntax assignment => assignment.Left.GetLocation(),
        SubpatternSyntax { ExpressionColon: { } colon } => colon.Expression.GetLocation(),
        _ => syntax.GetLocation(),
    };
}
