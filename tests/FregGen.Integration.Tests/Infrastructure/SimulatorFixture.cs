using System;
using System.Threading.Tasks;
using FregGen.Simulator;

namespace FregGen.Integration.Tests.Infrastructure;

/// <summary>One simulator for the whole test run (the tests that change it use their own).</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public FregSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() => Simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 4242, PersonCount = 3000, EventCount = 6000 });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "simulator";
}
