using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests;

/// <summary>The generated code for the published spec, per rights package, against approved files.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Packages => new(TestPaths.PackageIds);

    [Theory]
    [MemberData(nameof(Packages))]
    public void Generated_code_matches_the_approved_snapshot(string package)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package });

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Snapshot.Verify(package, outcome.Concatenated());
    }
}
