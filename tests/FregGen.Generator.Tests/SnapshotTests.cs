using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests;

/// <summary>The generated code, file by file, for each snapshot scenario against the approved files.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Scenarios => new(SnapshotScenarios.Names);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Generated_files_match_the_approved_snapshots(string scenario)
    {
        var outcome = GeneratorHarness.Run(SnapshotScenarios.Create(scenario));

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
        Snapshot.VerifyFiles(scenario, outcome.Result.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));
    }
}
