using System;
using System.Threading.Tasks;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>Starts a small simulator (fast to generate) for tests that need options of their own.</summary>
public static class SmallSimulator
{
    public static Task<FregSimulator> StartAsync(Action<FregSimulatorOptions>? configure = null)
    {
        var options = new FregSimulatorOptions { PersonCount = 300, EventCount = 600, Seed = 4242 };
        configure?.Invoke(options);
        return FregSimulator.StartAsync(options);
    }
}
