using System.Threading.Tasks;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>One simulator with the default options, shared by the tests of the collection.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private FregSimulator? _simulator;
    private FregTestClient? _client;

    public FregSimulator Simulator => _simulator!;

    public FregTestClient Client => _client!;

    public async Task InitializeAsync()
    {
        _simulator = await FregSimulator.StartAsync();
        _client = new FregTestClient(_simulator);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
