using System;
using System.Collections.Generic;
using System.Linq;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>Median, minimum and maximum of a set of build times, in nanoseconds.</summary>
public sealed record BuildTimes(double Median, double Min, double Max, int Count)
{
    public static BuildTimes Of(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Select(time => time.Ticks * 100.0).OrderBy(ns => ns).ToList();
        return sorted.Count == 0 ? new BuildTimes(double.NaN, double.NaN, double.NaN, 0) : new BuildTimes(MedianOf(sorted), sorted[0], sorted[^1], sorted.Count);
    }

    public static double MedianOf(IReadOnlyList<double> sorted)
        => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>The analyzer overhead: analyzers on against off, by the medians and by the rounds' paired differences.</summary>
public sealed record AnalyzerStatistics(
    BuildTimes OnWall,
    BuildTimes OffWall,
    BuildTimes OnCompiler,
    BuildTimes OffCompiler,
    double WallOverhead,
    double CompilerOverhead,
    double PairedWallOverhead,
    double PairedLowerQuartile,
    double PairedUpperQuartile,
    double PairedMin,
    double PairedMax)
{
    /// <summary>Half the interquartile range of the rounds' paired differences: how far one overhead figure moves with the machine's noise.</summary>
    public double? Noise => double.IsNaN(PairedUpperQuartile) ? null : (PairedUpperQuartile - PairedLowerQuartile) / 2;

    public static AnalyzerStatistics Of(AnalyzerOverhead measurement)
    {
        var onWall = BuildTimes.Of(measurement.On.Select(b => b.Wall));
        var offWall = BuildTimes.Of(measurement.Off.Select(b => b.Wall));
        var onCompiler = BuildTimes.Of(measurement.On.Where(b => b.Compiler is not null).Select(b => b.Compiler!.Value));
        var offCompiler = BuildTimes.Of(measurement.Off.Where(b => b.Compiler is not null).Select(b => b.Compiler!.Value));
        var paired = measurement.On.Join(measurement.Off, on => on.Round, off => off.Round, (on, off) => (on.Wall.Ticks - off.Wall.Ticks) / (double)off.Wall.Ticks)
            .OrderBy(ratio => ratio)
            .ToList();
        return new AnalyzerStatistics(
            onWall,
            offWall,
            onCompiler,
            offCompiler,
            (onWall.Median / offWall.Median) - 1,
            (onCompiler.Median / offCompiler.Median) - 1,
            paired.Count == 0 ? double.NaN : BuildTimes.MedianOf(paired),
            Quartile(paired, 0.25),
            Quartile(paired, 0.75),
            paired.Count == 0 ? double.NaN : paired[0],
            paired.Count == 0 ? double.NaN : paired[^1]);
    }

    /// <summary>The quartile by linear interpolation between the closest ranks; NaN with fewer than two rounds.</summary>
    private static double Quartile(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count < 2)
        {
            return double.NaN;
        }

        var position = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
