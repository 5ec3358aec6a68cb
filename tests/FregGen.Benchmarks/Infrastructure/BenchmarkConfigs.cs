using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace FregGen.Benchmarks.Infrastructure;

/// <summary>
/// BenchmarkDotNet configurations: the in-process emit toolchain (the peers are loaded into this process at run time, so
/// the benchmarks must run here) with MemoryDiagnoser; fixed warm-up and iteration counts so a run's length is predictable.
/// The empty-loop overhead is not evaluated: the cheapest operation here takes microseconds, the overhead nanoseconds, and
/// its 20+ extra iterations (each after a forced full GC) would dominate the quick run.
/// </summary>
public static class BenchmarkConfigs
{
    /// <summary>Deserialising and serialising bodies: milliseconds per operation, many operations per iteration.</summary>
    public static IConfig RunTime(SuiteMode mode) => Create(RunTimeJob(mode));

    /// <summary>Generating code: up to a second per operation, so fewer iterations.</summary>
    public static IConfig BuildTime(SuiteMode mode) => Create(BuildTimeJob(mode));

    public static string Describe(SuiteMode mode) => "run-time benchmarks " + Describe(RunTimeJob(mode)) + "; build-time benchmarks " + Describe(BuildTimeJob(mode));

    private static Job RunTimeJob(SuiteMode mode) => mode.IsQuick
        ? Job.Default.WithWarmupCount(3).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(150))
        : Job.Default.WithWarmupCount(6).WithIterationCount(30);

    private static Job BuildTimeJob(SuiteMode mode) => mode.IsQuick
        ? Job.Default.WithWarmupCount(1).WithIterationCount(3)
        : Job.Default.WithWarmupCount(3).WithIterationCount(20);

    private static string Describe(Job job)
        => job.Run.WarmupCount + " warm-up and " + job.Run.IterationCount + " measured iterations of "
            + (job.Run.HasValue(BenchmarkDotNet.Jobs.RunMode.IterationTimeCharacteristic) ? job.Run.IterationTime.ToString() : "≥ 500 ms") + " each";

    private static IConfig Create(Job job)
        => ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithEvaluateOverhead(false).WithId("InProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
            .WithArtifactsPath(BenchmarkPaths.BenchmarkDotNetArtifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
}
