namespace FregGen.Simulator.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SimulatorCollection : ICollectionFixture<SimulatorFixture>
{
    public const string Name = "Default simulator";
}
