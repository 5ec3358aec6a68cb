namespace FregGen.Benchmarks.Reporting;

/// <summary>One benchmark's result as the report uses it; times in nanoseconds per operation.</summary>
public sealed record MeasuredCase(
    string Method,
    string Label,
    double MeanNs,
    double MedianNs,
    double StdDevNs,
    double MinNs,
    double MaxNs,
    int Iterations,
    long? AllocatedBytes)
{
    /// <summary>The timing columns every BenchmarkDotNet table in the report shares, in the order of <see cref="TimingCells"/>.</summary>
    public static string[] TimingColumns { get; } = { "Mean", "Median", "StdDev (CV)", "Min", "Max", "Allocated" };

    /// <summary>Coefficient of variation (standard deviation over mean): the run's noise for this benchmark.</summary>
    public double Variation => MeanNs > 0 ? StdDevNs / MeanNs : 0;

    public string[] TimingCells() => new[]
    {
        ReportFormat.Time(MeanNs),
        ReportFormat.Time(MedianNs),
        ReportFormat.Time(StdDevNs) + " (" + ReportFormat.Percent(Variation) + ")",
        ReportFormat.Time(MinNs),
        ReportFormat.Time(MaxNs),
        ReportFormat.Bytes(AllocatedBytes),
    };
}
