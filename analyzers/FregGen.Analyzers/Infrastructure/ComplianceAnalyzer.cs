using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>
/// The common start of FregGen's analyzers: generated code is not analysed, actions run concurrently, and the project's
/// rights and the Freg facts of symbols are resolved once per compilation and shared by all of them.
/// </summary>
/// <remarks>
/// <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/> without <see cref="GeneratedCodeAnalysisFlags.Analyze"/>:
/// no action runs on generated code, so every diagnostic lies in code that was analysed, and the driver need not check
/// each one against generated code. That check walks every token of the diagnostic's file looking for
/// <c>[GeneratedCode]</c>; measured in the analyzer benchmark's consumer it was about half of FREG108's cost.
/// </remarks>
public abstract class ComplianceAnalyzer : DiagnosticAnalyzer
{
    private static readonly ConditionalWeakTable<Compilation, ProjectRights> RightsByCompilation = new();
    private static readonly ConditionalWeakTable<Compilation, FregSymbols> SymbolsByCompilation = new();

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
            Start(
                start,
                RightsByCompilation.GetValue(start.Compilation, _ => ProjectRights.Read(start.Options, start.CancellationToken)),
                SymbolsByCompilation.GetValue(start.Compilation, _ => new FregSymbols())));
    }

    /// <summary>Registers the analyzer's actions for one compilation.</summary>
    private protected abstract void Start(CompilationStartAnalysisContext context, ProjectRights rights, FregSymbols symbols);
}
