namespace FregGen.Benchmarks.Infrastructure;

/// <summary>
/// How thorough a run is: the full run for the report of record, the quick run as a smoke test that still exercises
/// everything (same inputs and benchmarks, fewer iterations, one consumer build per analyzer mode).
/// </summary>
public sealed record SuiteMode(
    string Name,
    bool IsQuick,
    int AnalyzerBuildsPerMode,
    int ConsumerFileCount)
{
    public static SuiteMode Full { get; } = new("full", IsQuick: false, AnalyzerBuildsPerMode: 8, ConsumerFileCount: 300);

    public static SuiteMode Quick { get; } = new("quick", IsQuick: true, AnalyzerBuildsPerMode: 1, ConsumerFileCount: 300);
}
