using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FregGen.Generator.Tests.Mutation;

/// <summary>
/// Compiles a variant's generated code by checking only the files a mutation can affect, against a baseline (the same
/// package on the unmutated spec) that compiled cleanly as a whole. A file's diagnostics depend only on the declarations
/// it reaches by name and through the member types of those declarations; generated code names every type it uses
/// (<c>global::Consumer.Freg.Person.Navn</c>, or a simple name inside the namespace). So:
/// <list type="number">
/// <item>the types declared in a changed, new or removed file may have changed;</item>
/// <item>so may a type declared in an unchanged file whose signatures (member and base types, not bodies) name a type that
/// may have changed — repeated until nothing is added;</item>
/// <item>the files to check are the changed and new ones and every unchanged one that names a type that may have changed
/// (partial declarations name their type).</item>
/// </list>
/// A variant whose output equals the baseline's needs no check at all. This keeps a hundred variants within CI's time.
/// </summary>
public sealed class AffectedTrees
{
    private readonly Dictionary<string, BaselineFile> _baseline;
    private readonly HashSet<string> _namespaces;

    private AffectedTrees(Dictionary<string, BaselineFile> baseline, HashSet<string> namespaces)
    {
        _baseline = baseline;
        _namespaces = namespaces;
    }

    /// <summary>The baseline: a full compile that must be clean, and per file its text, what it declares, the names its signatures use and every name it uses.</summary>
    public static AffectedTrees Baseline(Compilation compilation, out IReadOnlyList<Diagnostic> errors)
    {
        errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var files = new Dictionary<string, BaselineFile>(StringComparer.Ordinal);
        var namespaceNames = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
            .Select(ns => ns.Name.ToString())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(name => name.Length)
            .ToList();
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in namespaceNames)
        {
            for (var dot = name.IndexOf('.'); dot >= 0; dot = name.IndexOf('.', dot + 1))
            {
                namespaces.Add(name.Substring(0, dot));
            }

            namespaces.Add(name);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            var names = TypeNamesUsed(tree, namespaces);
            names.UnionWith(names.Select(name => name + "Attribute").ToList());
            files[tree.FilePath] = new BaselineFile(tree.GetText().ToString(), DeclaredTypes(tree), SignatureNames(tree, namespaces), names);
        }

        return new AffectedTrees(files, compilation.SyntaxTrees.SelectMany(Namespaces).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The errors in the files the variant changed or affected; <paramref name="checkedFiles"/> says how many files that was.</summary>
    public IReadOnlyList<Diagnostic> Errors(Compilation variant, out int checkedFiles)
    {
        var trees = variant.SyntaxTrees.ToDictionary(tree => tree.FilePath, StringComparer.Ordinal);
        var check = new HashSet<string>(StringComparer.Ordinal);
        var changedTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, tree) in trees)
        {
            var known = _baseline.TryGetValue(path, out var baseline);
            if (!known || baseline!.Text != tree.GetText().ToString())
            {
                check.Add(path);
                changedTypes.UnionWith(DeclaredTypes(tree));
                if (known)
                {
                    changedTypes.UnionWith(baseline!.Declares);
                }
            }
        }

        foreach (var removed in _baseline.Where(file => !trees.ContainsKey(file.Key)))
        {
            changedTypes.UnionWith(removed.Value.Declares);
        }

        // A namespace that appears or disappears changes what simple names mean inside the namespaces around it.
        var namespaces = trees.Values.SelectMany(Namespaces).ToHashSet(StringComparer.Ordinal);
        namespaces.SymmetricExceptWith(_namespaces);
        changedTypes.UnionWith(namespaces);

        var unchanged = _baseline.Where(file => trees.ContainsKey(file.Key) && !check.Contains(file.Key)).ToList();
        for (var grew = changedTypes.Count > 0; grew;)
        {
            grew = false;
            foreach (var (_, file) in unchanged)
            {
                if (file.SignatureNames.Overlaps(changedTypes) && !file.Declares.IsSubsetOf(changedTypes))
                {
                    changedTypes.UnionWith(file.Declares);
                    grew = true;
                }
            }
        }

        check.UnionWith(unchanged.Where(file => file.Value.Names.Overlaps(changedTypes)).Select(file => file.Key));
        checkedFiles = check.Count;
        return check.SelectMany(path => variant.GetSemanticModel(trees[path]).GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    /// <summary>
    /// Every simple name the file uses in code (not comments or strings), except the parts of qualified names that are one
    /// of the generated namespaces (<c>global::Consumer.Freg.Hendelse.Hendelse</c> uses the type <c>Hendelse</c> once, not
    /// twice), so that a section namespace is not mistaken for a use of the type that has the same name.
    /// </summary>
    private static HashSet<string> TypeNamesUsed(SyntaxTree tree, HashSet<string> namespaces)
        => NotNamespaces(tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>(), namespaces);

    private static HashSet<string> NotNamespaces(IEnumerable<SimpleNameSyntax> names, HashSet<string> namespaces)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var upToHere = name.Parent switch
            {
                QualifiedNameSyntax qualified when qualified.Right == name => qualified.ToString(),
                MemberAccessExpressionSyntax access when access.Name == name => access.ToString(),
                AliasQualifiedNameSyntax alias => alias.ToString(),
                _ => name.Identifier.ValueText,
            };
            if (!namespaces.Contains(upToHere.Replace("global::", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)))
            {
                result.Add(name.Identifier.ValueText);
            }
        }

        return result;
    }

    /// <summary>The types (nested ones too) a file declares.</summary>
    private static HashSet<string> DeclaredTypes(SyntaxTree tree)
        => tree.GetRoot().DescendantNodes(node => node is not (BlockSyntax or ArrowExpressionClauseSyntax or AccessorListSyntax or EqualsValueClauseSyntax))
            .Select(node => node switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The names of the namespaces a file declares (each segment).</summary>
    private static IEnumerable<string> Namespaces(SyntaxTree tree)
        => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<BaseNamespaceDeclarationSyntax>()
            .SelectMany(ns => ns.Name.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(id => id.Identifier.ValueText));

    /// <summary>The names used by declarations (member and parameter types, base types, constraints, attributes), not in bodies or initializers.</summary>
    private static HashSet<string> SignatureNames(SyntaxTree tree, HashSet<string> namespaces)
    {
        var nodes = tree.GetRoot().DescendantNodes(node => node is not (BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or AttributeArgumentListSyntax)).ToList();
        var names = NotNamespaces(nodes.OfType<SimpleNameSyntax>(), namespaces);
        foreach (var attribute in nodes.OfType<AttributeSyntax>())
        {
            names.Add(attribute.Name.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Last().Identifier.ValueText + "Attribute");
        }

        return names;
    }

    private sealed record BaselineFile(string Text, HashSet<string> Declares, HashSet<string> SignatureNames, HashSet<string> Names);
}
