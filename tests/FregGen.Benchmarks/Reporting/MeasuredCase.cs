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
    /// <summary>Coefficient of variation (standard deviation over mean): the run's noise for this benchmark.</summary>
    public double Variation => MeanNs > 0 ? StdDevNs / MeanNs : 0;
}
