using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using FregGen.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Benchmarks.BuildTime;

/// <summary>
/// 2b. The generator rerun after an edit that does not concern it (a project's code changed, the spec did not): the
/// driver alternates between two compilations that differ only in an unrelated file. Global setup asserts, with step
/// tracking, that such a rerun leaves every step Cached or Unchanged and regenerates nothing.
/// </summary>
public class UnrelatedEditRerun
{
    private GeneratorRun _offentligMedHjemmel = null!;
    private GeneratorRun _privat = null!;
    private Compilation[] _offentligMedHjemmelEdits = null!;
    private Compilation[] _privatEdits = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        var spec = File.ReadAllText(BenchmarkPaths.PublishedSpec);
        IncrementalityCheck.Assert(IncrementalityCheck.UnrelatedEdit("offentlig-med-hjemmel", spec));
        IncrementalityCheck.Assert(IncrementalityCheck.UnrelatedEdit("privat", spec));
        (_offentligMedHjemmel, _offentligMedHjemmelEdits) = Prepare("offentlig-med-hjemmel", spec);
        (_privat, _privatEdits) = Prepare("privat", spec);
    }

    [Benchmark(Baseline = true, Description = "Unrelated edit rerun, offentlig-med-hjemmel")]
    public int OffentligMedHjemmel() => _offentligMedHjemmel.RunWithCompilation(_offentligMedHjemmelEdits[++_edit & 1]);

    [Benchmark(Description = "Unrelated edit rerun, privat")]
    public int Privat() => _privat.RunWithCompilation(_privatEdits[++_edit & 1]);

    private static (GeneratorRun Run, Compilation[] Edits) Prepare(string package, string spec)
    {
        var run = GeneratorRun.Create(package, spec, trackSteps: false);
        run.Run();
        var edits = new[]
        {
            run.Compilation.AddSyntaxTrees(GeneratorRun.Parse(IncrementalityCheck.UnrelatedSource, "Unrelated.cs")),
            run.Compilation.AddSyntaxTrees(GeneratorRun.Parse(IncrementalityCheck.UnrelatedSource.Replace("42", "43", StringComparison.Ordinal), "Unrelated.cs")),
        };
        run.RunWithCompilation(edits[0]);
        run.RunWithCompilation(edits[1]);
        return (run, edits);
    }
}
