using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>
/// The public surface of the generated code: every public type and member with its signature (types, parameter names,
/// defaults, nullability) and the Freg metadata the analyzers read ([FregOperation], [FregField], [FregPart]), one line
/// each, sorted. What user code can see and compile against; binding declarations only, no method bodies.
/// </summary>
public static class PublicSurface
{
    private static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly string[] FregAttributes = { "FregOperationAttribute", "FregFieldAttribute", "FregPartAttribute", "FregRightsPackageAttribute" };

    public static IReadOnlyList<string> Of(GeneratorOutcome outcome) => Of(outcome.Compilation);

    public static IReadOnlyList<string> Of(Compilation compilation)
    {
        var lines = new List<string>();
        Walk(compilation.Assembly.GlobalNamespace, lines);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The lines of <paramref name="surface"/> that belong to the named type (its declaration and members).</summary>
    public static bool BelongsTo(string line, string typeName)
        => line.Contains(" " + typeName + " ", StringComparison.Ordinal) || line.Contains(" " + typeName + ".", StringComparison.Ordinal)
            || line.EndsWith(" " + typeName, StringComparison.Ordinal) || line.Contains("." + typeName + ".", StringComparison.Ordinal)
            || line.EndsWith("." + typeName, StringComparison.Ordinal) || line.Contains("." + typeName + " ", StringComparison.Ordinal);

    private static void Walk(INamespaceSymbol ns, List<string> lines)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                Walk(child, lines);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddType(type, lines);
            }
        }
    }

    private static void AddType(INamedTypeSymbol type, List<string> lines)
    {
        if (type.DeclaredAccessibility != Accessibility.Public)
        {
            return;
        }

        lines.Add(type.ToDisplayString(Format) + Metadata(type));
        foreach (var member in type.GetMembers())
        {
            if (member is INamedTypeSymbol nested)
            {
                AddType(nested, lines);
                continue;
            }

            if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal) || member.IsImplicitlyDeclared
                || member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove })
            {
                continue;
            }

            lines.Add(member.ToDisplayString(Format) + Metadata(member));
        }
    }

    private static string Metadata(ISymbol symbol)
    {
        var attributes = symbol.GetAttributes()
            .Where(a => a.AttributeClass is { } c && FregAttributes.Contains(c.Name))
            .Select(a => " [" + a.AttributeClass!.Name + "(" + string.Join(", ", a.ConstructorArguments.Select(arg => arg.Kind == TypedConstantKind.Array ? "[" + string.Join(", ", arg.Values.Select(v => v.Value)) + "]" : arg.Value)) + ")]");
        return string.Concat(attributes);
    }
}
