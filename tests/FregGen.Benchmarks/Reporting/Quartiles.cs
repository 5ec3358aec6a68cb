using System;
using System.Collections.Generic;
using System.Linq;

namespace FregGen.Benchmarks.Reporting;

/// <summary>Median and quartiles (linear interpolation between order statistics) of a set of measurements.</summary>
public sealed record Quartiles(double Lower, double Median, double Upper, double Min, double Max, int Count)
{
    public static Quartiles Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        if (sorted.Length == 0)
        {
            return new Quartiles(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        return new Quartiles(At(sorted, 0.25), At(sorted, 0.5), At(sorted, 0.75), sorted[0], sorted[^1], sorted.Length);
    }

    private static double At(double[] sorted, double fraction)
    {
        var position = fraction * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
