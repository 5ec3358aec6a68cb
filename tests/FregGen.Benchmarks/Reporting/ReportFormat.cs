using System;
using System.Globalization;

namespace FregGen.Benchmarks.Reporting;

/// <summary>How numbers are written in the report: invariant culture, units chosen per value.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => nanoseconds.ToString("F1", Invariant) + " ns",
        < 1e6 => Significant(nanoseconds / 1e3) + " µs",
        < 1e9 => Significant(nanoseconds / 1e6) + " ms",
        _ => Significant(nanoseconds / 1e9) + " s",
    };

    public static string Time(TimeSpan time) => Time(time.Ticks * 100.0);

    public static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        < 1024 => bytes.Value.ToString(Invariant) + " B",
        < 1024 * 1024 => Significant(bytes.Value / 1024.0) + " KiB",
        _ => Significant(bytes.Value / (1024.0 * 1024.0)) + " MiB",
    };

    public static string ExactBytes(long bytes) => bytes.ToString("N0", Invariant) + " bytes";

    public static string Ratio(double ratio) => ratio switch
    {
        _ when !double.IsFinite(ratio) => "n/a",
        > 0 and < 0.001 => "< 0.001×",
        _ => Significant(ratio) + "×",
    };

    public static string Ratio(double? numerator, double? denominator)
        => numerator is { } n && denominator is { } d && d > 0 ? Ratio(n / d) : "n/a";

    public static string Percent(double fraction) => (fraction * 100).ToString("F1", Invariant) + " %";

    public static string Count(long value) => value.ToString("N0", Invariant);

    public static string Duration(TimeSpan time)
        => time.TotalMinutes >= 1
            ? ((int)time.TotalMinutes).ToString(Invariant) + " min " + time.Seconds.ToString(Invariant) + " s"
            : time.TotalSeconds.ToString("F1", Invariant) + " s";

    private static string Significant(double value) => value switch
    {
        >= 100 => value.ToString("F0", Invariant),
        >= 10 => value.ToString("F1", Invariant),
        >= 0.01 or 0 => value.ToString("F2", Invariant),
        _ => value.ToString("G2", Invariant),
    };
}
