using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace FregGen.Benchmarks.Runtime;

/// <summary>
/// The ratio of two operations measured in alternating rounds (each round times both, in alternating order), so that
/// the machine's load, which on a shared 2-core machine drifts between BenchmarkDotNet's back-to-back benchmarks,
/// weighs on both sides of every ratio alike. The median of the rounds' ratios is the figure; the quartiles its noise.
/// </summary>
public sealed record PairedRatio(string Name, string Baseline, string Candidate, double Median, double LowerQuartile, double UpperQuartile, int Rounds)
{
    public const int DefaultRounds = 300;

    private const int WarmUpRounds = 20;

    /// <summary>Half the interquartile range: how far the ratio moves between rounds.</summary>
    public double Noise => (UpperQuartile - LowerQuartile) / 2;

    public static PairedRatio Measure(string name, string baseline, Func<object?> runBaseline, string candidate, Func<object?> runCandidate, int rounds = DefaultRounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        for (var i = 0; i < WarmUpRounds; i++)
        {
            GC.KeepAlive(runBaseline());
            GC.KeepAlive(runCandidate());
        }

        var ratios = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            double baselineTicks;
            double candidateTicks;
            if (round % 2 == 0)
            {
                baselineTicks = Time(runBaseline);
                candidateTicks = Time(runCandidate);
            }
            else
            {
                candidateTicks = Time(runCandidate);
                baselineTicks = Time(runBaseline);
            }

            ratios.Add(candidateTicks / baselineTicks);
        }

        ratios.Sort();
        return new PairedRatio(name, baseline, candidate, Quantile(ratios, 0.5), Quantile(ratios, 0.25), Quantile(ratios, 0.75), rounds);
    }

    private static double Time(Func<object?> run)
    {
        var started = Stopwatch.GetTimestamp();
        GC.KeepAlive(run());
        return Stopwatch.GetTimestamp() - started;
    }

    private static double Quantile(List<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}

/// <summary>The paired ratios the run-time targets are judged on, per section.</summary>
public static class PairedRatios
{
    public static IReadOnlyList<PairedRatio> For(string section, int rounds = PairedRatio.DefaultRounds)
    {
        var payloads = RuntimeInputs.Payloads;
        byte[] bulk = payloads.BulkResponse.Bytes, second = payloads.SecondBulkResponse.Bytes;
        byte[] bulkUnknown = payloads.BulkResponseWithUnknown.Bytes, secondUnknown = payloads.SecondBulkResponseWithUnknown.Bytes;
        const string Raw = "raw Utf8JsonReader pass";
        const string Converter = "FregGen generated converter";
        return section.ToLowerInvariant() switch
        {
            "1a" => new[] { PairedRatio.Measure("1a converter / raw reader", Raw, () => RawJsonReader.TouchEveryToken(bulk), Converter, () => FregGenJson.ReadBulkResponse(bulk), rounds) },
            "1d" => new[] { PairedRatio.Measure("1d converter / raw reader", Raw, () => RawJsonReader.TouchEveryToken(second), Converter, () => FregGenJson.ReadBulkResponse(second), rounds) },
            "1e" => new[]
            {
                PairedRatio.Measure("1a with / without the unknown property", "the 1a answer", () => FregGenJson.ReadBulkResponse(bulk), "with the unknown property", () => FregGenJson.ReadBulkResponse(bulkUnknown), rounds),
                PairedRatio.Measure("1d with / without the unknown property", "the 1d answer", () => FregGenJson.ReadBulkResponse(second), "with the unknown property", () => FregGenJson.ReadBulkResponse(secondUnknown), rounds),
            },
            _ => Array.Empty<PairedRatio>(),
        };
    }
}
