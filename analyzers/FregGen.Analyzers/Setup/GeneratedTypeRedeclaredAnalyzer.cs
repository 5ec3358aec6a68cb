using System;
using System.Collections.Immutable;
using System.Linq;
using FregGen.Diagnostics;
using FregGen.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Setup;

/// <summary>
/// FREG109: a type in the project's own code with the full name of a type in its client assembly (FregClientAssembly),
/// typically a partial declaration meant to add members to a generated type. With the client in its own assembly the
/// declaration makes a second type instead (the compiler's CS0436), which the generated client never returns.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedTypeRedeclaredAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.GeneratedTypeRedeclared);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // FregGen.targets names the client assembly it made the project reference; without one there is nothing to find.
            var clientName = FregOptionValues.Text(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, FregMSBuildProperties.BuildProperty(FregMSBuildProperties.ClientAssemblyName));
            if (clientName is null)
            {
                return;
            }

            var clients = start.Compilation.SourceModule.ReferencedAssemblySymbols
                .Where(assembly => string.Equals(assembly.Name, clientName, StringComparison.Ordinal) && IsClientAssemblyOf(assembly, start.Compilation.AssemblyName))
                .ToImmutableArray();
            if (clients.IsEmpty)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbol =>
                {
                    var type = (INamedTypeSymbol)symbol.Symbol;
                    if (type.ContainingType is not null || type.ContainingNamespace is not { IsGlobalNamespace: false } ns)
                    {
                        return;
                    }

                    var metadataName = ns.ToDisplayString() + "." + type.MetadataName;
                    foreach (var client in clients)
                    {
                        if (client.GetTypeByMetadataName(metadataName) is not null)
                        {
                            foreach (var location in type.Locations.Where(location => location.IsInSource))
                            {
                                symbol.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratedTypeRedeclared, location, metadataName, client.Name));
                            }

                            return;
                        }
                    }
                },
                SymbolKind.NamedType);
        });
    }

    private static bool IsClientAssemblyOf(IAssemblySymbol assembly, string? project)
        => assembly.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { Name: "AssemblyMetadataAttribute", ContainingNamespace: { Name: "Reflection", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
            && attribute.ConstructorArguments.Length == 2
            && attribute.ConstructorArguments[0].Value is string key && string.Equals(key, FregClientAssemblyMarker.MetadataKey, StringComparison.Ordinal)
            && attribute.ConstructorArguments[1].Value is string owner && string.Equals(owner, project, StringComparison.Ordinal));
}
