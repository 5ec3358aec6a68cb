using System;
using System.Collections.Generic;
using System.Linq;

namespace FregGen.Runtime.Tests.Feed;

/// <summary>
/// Seeded failure injection for one crash-resume scenario. Each failure is soft (an exception the processor sees and
/// handles, as in a failed call) or hard (the process dies: from then on in this run nothing reaches the store, as
/// after a kill).
/// </summary>
internal sealed class Chaos
{
    private readonly Random random;
    private readonly double failureRate;
    private readonly Dictionary<FailurePoint, int> injected = Enum.GetValues<FailurePoint>().ToDictionary(point => point, _ => 0);

    internal Chaos(Random random, double failureRate)
    {
        this.random = random;
        this.failureRate = failureRate;
    }

    internal bool ProcessDead { get; private set; }

    internal int HardCrashes { get; private set; }

    internal IReadOnlyDictionary<FailurePoint, int> Injected => injected;

    /// <summary>A new process starts: the store is reachable again.</summary>
    internal void BeginRun() => ProcessDead = false;

    internal void MaybeFail(FailurePoint point)
    {
        if (ProcessDead)
        {
            throw new SimulatedCrashException("The process is dead; nothing more happens in this run.");
        }

        if (random.NextDouble() >= failureRate)
        {
            return;
        }

        injected[point]++;
        if (random.Next(2) == 0)
        {
            ProcessDead = true;
            HardCrashes++;
            throw new SimulatedCrashException($"Hard crash at {point}.");
        }

        throw new SimulatedCrashException($"Failure at {point}.");
    }
}
