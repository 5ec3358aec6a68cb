using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Replica.FinansClient;
using FregGen.Replica.Storage;
using FregGen.Replica.Tests.Infrastructure;
using FregGen.Simulator;
using Xunit.Abstractions;

namespace FregGen.Replica.Tests;

/// <summary>Initial load and feed into the embedded SQLite store, against the simulator, compared with what Freg serves now.</summary>
public sealed class SqliteSyncTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("freggen-replica-");

    public SqliteSyncTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Offentlig_med_hjemmel_loads_by_complete_extract_pinned_to_the_feed_then_follows_it()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 11, PersonCount = 1200, EventCount = 2500, UttrekkBatchSize = 700 });
        var logs = new LogCapture();
        await using var services = OmhClients.Create(simulator, logs);
        var source = OmhClients.Source(services);
        await using var store = new SqliteReplicaStore(Path.Combine(_folder.FullName, "omh.db"));
        var options = new FregReplicaOptions { Parts = new[] { "person-basis", "adressebeskyttelse" }, AddressProtection = FregAddressProtectionPolicy.Keep, LookupBatchSize = 300 };
        var replica = new FregReplica(source, store, options, logs.CreateLogger("replica"));

        Assert.Equal(FregInitialLoadMode.Complete, replica.Validate());
        var first = await replica.SyncAsync();
        simulator.AppendRandomEvents(300);
        var second = await replica.SyncAsync();

        var comparison = await GroundTruth.CompareAsync(simulator, source, store, options);
        _output.WriteLine("first run: " + first.Run + "; second run: " + second.Run + "; " + comparison);
        Assert.True(comparison.Equal, comparison.ToString());
        Assert.Equal(simulator.LastSequenceNumber + 1, second.Checkpoint.NextSequence);
        Assert.True(first.Run.PersonsLoaded > 1000, "loaded " + first.Run.PersonsLoaded);
        Assert.True(second.Run.EventsApplied >= 300, "applied " + second.Run.EventsApplied);
        LogCapture.AssertNoIdentityNumbers(logs.Lines, "The replica's and the client's log lines");
    }

    [Fact]
    public async Task Finans_loads_by_tailored_extracts_within_the_job_limit_and_waits_out_not_ready_batches()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 12, PersonCount = 900, EventCount = 1500, UttrekkBatchSize = 400, MaxConcurrentUttrekkJobs = 2 });
        await using var services = FinansClients.Create(simulator.BaseAddress, simulator.MaskinportenAudience, simulator.TokenEndpoint);
        var source = FinansClients.Source(services);
        await using var store = new SqliteReplicaStore(Path.Combine(_folder.FullName, "finans.db"));
        var statuses = new[] { "bosatt", "utflyttet", "doed", "aktiv", "inaktiv" };
        var options = new FregReplicaOptions
        {
            Parts = new[] { "person-basis" },
            TailoredExtracts = statuses.Select(status => new Runtime.Replica.FregTailoredExtractFilter { Personstatustyper = new[] { status } }).ToArray(),
            MaxConcurrentExtractJobs = 4,
            ExtractPollInterval = TimeSpan.FromMilliseconds(50),
            RetryDelay = TimeSpan.FromMilliseconds(50),
        };
        simulator.Faults.Inject429(2, TimeSpan.FromMilliseconds(30), "uttrekk");

        var result = await new FregReplica(source, store, options).SyncAsync();

        var comparison = await GroundTruth.CompareAsync(simulator, source, store, options);
        _output.WriteLine(result.Run + "; " + comparison);
        Assert.True(comparison.Equal, comparison.ToString());
        Assert.Equal(FregReplicaPhase.Following, result.Checkpoint.Phase);
    }
}
