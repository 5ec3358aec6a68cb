using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.FinansClient;
using FregGen.Replica.Storage;
using FregGen.Replica.Tests.Infrastructure;
using FregGen.Runtime.Replica;
using FregGen.Simulator;
using Xunit.Abstractions;

namespace FregGen.Replica.Tests;

/// <summary>What the feed does to a stored replica (SQLite): deaths, moves, identity changes, address protection, the known-persons filter, partial refetches, resuming after a crash, one writer at a time.</summary>
public sealed class FeedApplicationTests : IDisposable
{
    private static readonly string[] Parts = { "person-basis", "doedsfall", "adressebeskyttelse" };

    private readonly ITestOutputHelper _output;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("freggen-replica-feed-");

    public FeedApplicationTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Deaths_moves_identity_changes_and_protection_reach_the_indexed_columns_under_the_drop_policy()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 21, PersonCount = 700, EventCount = 800 });
        await using var services = FinansClients.Create(simulator.BaseAddress, simulator.MaskinportenAudience, simulator.TokenEndpoint);
        var source = FinansClients.Source(services);
        await using var store = Store("feed.db");
        var options = new FregReplicaOptions { Parts = Parts };
        var replica = new FregReplica(source, store, options);
        await replica.SyncAsync();

        var death = Happenings.Make(simulator, "personErDoed");
        var move = Happenings.Make(simulator, "endringIBostedsadresse", id => id != death.Folkeregisteridentifikator);
        var (ceased, current) = Happenings.IdentityChange(simulator);
        var shielded = Happenings.Make(simulator, "endringIAdressebeskyttelse", id => id != death.Folkeregisteridentifikator && id != move.Folkeregisteridentifikator);
        var result = await replica.SyncAsync();

        Assert.Equal("doed", (await store.FindPersonAsync(death.Folkeregisteridentifikator, default))!.Status);
        var moved = (await store.FindPersonAsync(move.Folkeregisteridentifikator, default))!;
        var truth = Encoding.UTF8.GetString((await source.LookUpPersonsAsync(new[] { move.Folkeregisteridentifikator }, Parts, default))[0].Document!);
        Assert.Contains("\"kommunenummer\":\"" + moved.Municipality + "\"", truth, StringComparison.Ordinal);
        var settled = (await store.FindPersonAsync(ceased, default))!;
        Assert.Equal(current, settled.Identifier);
        Assert.Contains(ceased, settled.Identifiers);
        Assert.Equal("bosatt", settled.Status);
        var protectedPerson = (await store.FindPersonAsync(shielded.Folkeregisteridentifikator, default))!;
        Assert.NotNull(protectedPerson.AddressProtection);
        Assert.Null(protectedPerson.Municipality);
        Assert.DoesNotContain("bostedsadresse", Encoding.UTF8.GetString(protectedPerson.Document), StringComparison.Ordinal);
        Assert.Null(protectedPerson.SealedAddresses);
        Assert.True(result.Run.IdentityChanges >= 1, result.Run.ToString());
        Assert.True(result.Run.ProtectedAddresses >= 1, result.Run.ToString());
        var comparison = await GroundTruth.CompareAsync(simulator, source, store, options);
        Assert.True(comparison.Equal, comparison.ToString());
    }

    [Fact]
    public async Task A_run_stopped_in_the_middle_resumes_from_its_checkpoint_without_storing_anything_twice()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 22, PersonCount = 1200, EventCount = 1000, UttrekkBatchSize = 500 });
        await using var services = FinansClients.Create(simulator.BaseAddress, simulator.MaskinportenAudience, simulator.TokenEndpoint);
        var source = FinansClients.Source(services);
        await using var store = Store("resume.db");
        using var stop = new CancellationTokenSource();
        var batches = 0;
        var options = new FregReplicaOptions
        {
            Parts = Parts,
            LookupBatchSize = 100,
            FeedBatchSize = 50,
            MaxEventsInFlight = 200,
            InstanceName = "first",
            LeaseDuration = TimeSpan.FromSeconds(2),
            Progress = new Inline(progress =>
            {
                if (++batches == 4)
                {
                    stop.Cancel();
                }
            }),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new FregReplica(source, store, options).SyncAsync(stop.Token));
        var stopped = await store.LoadCheckpointAsync(default);
        simulator.AppendRandomEvents(200);
        options.Progress = null;
        options.InstanceName = "second";
        var resumed = await new FregReplica(source, store, options).SyncAsync();
        simulator.AppendRandomEvents(150);
        await new FregReplica(source, store, options).SyncAsync();

        var log = await ToListAsync(store.ReadBatchLogAsync(default));
        var comparison = await GroundTruth.CompareAsync(simulator, source, store, options);
        _output.WriteLine("stopped at version " + stopped.Version + " (" + stopped.Phase + "), resumed with " + resumed.Run + "; " + comparison);
        Assert.Equal(FregReplicaPhase.Loading, stopped.Phase);
        Assert.True(stopped.Counters.PersonsLoaded > 0);
        Assert.Equal(1200, resumed.Checkpoint.Counters.PersonsLoaded);
        Assert.DoesNotContain(log.Where(r => r.Kind == "load").GroupBy(r => (r.Job, r.Batch, r.Offset)), g => g.Count() > 1);
        var feed = log.Where(r => r.Kind == "feed").OrderBy(r => r.FirstSequence).ToList();
        Assert.All(feed.Zip(feed.Skip(1)), pair => Assert.True(pair.First.LastSequence < pair.Second.FirstSequence));
        Assert.True(comparison.Equal, comparison.ToString());
    }

    [Fact]
    public async Task Only_known_persons_are_followed_and_a_known_person_s_new_number_still_reaches_them()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 23, PersonCount = 800, EventCount = 600 });
        await using var services = FinansClients.Create(simulator.BaseAddress, simulator.MaskinportenAudience, simulator.TokenEndpoint);
        var source = FinansClients.Source(services);
        await using var store = Store("known.db");
        var options = new FregReplicaOptions
        {
            Parts = Parts,
            OnlyKnownPersons = true,
            TailoredExtracts = new[] { new FregTailoredExtractFilter { Personstatustyper = new[] { "aktiv", "doed" } } },
        };
        var replica = new FregReplica(source, store, options);
        var loaded = await replica.SyncAsync();

        var stored = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        await foreach (var person in store.ReadAllPersonsAsync(default))
        {
            stored.Add(person.Identifier);
        }

        var outsider = Happenings.Make(simulator, "endringIBostedsadresse", id => !stored.Contains(id));
        var (ceased, current) = Happenings.IdentityChange(simulator);
        var result = await replica.SyncAsync();

        Assert.Null(await store.FindPersonAsync(outsider.Folkeregisteridentifikator, default));
        Assert.Equal(stored.Contains(ceased) ? current : null, (await store.FindPersonAsync(ceased, default))?.Identifier);
        Assert.Equal(loaded.Checkpoint.Counters.PersonsLoaded, (await ToListAsync(store.ReadAllPersonsAsync(default))).Count);
        Assert.True(result.Run.EventsApplied >= 2);
    }

    [Fact]
    public async Task A_move_refetches_only_the_addresses_and_the_person_still_equals_freg()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 24, PersonCount = 600, EventCount = 500 });
        await using var services = FinansClients.Create(simulator.BaseAddress, simulator.MaskinportenAudience, simulator.TokenEndpoint);
        var source = FinansClients.Source(services);
        await using var store = Store("partial.db");
        var options = new FregReplicaOptions { Parts = Parts, AddressProtection = FregAddressProtectionPolicy.KeepSealed };
        options.PartsByEventType["endringIBostedsadresse"] = new[] { "bostedsadresse", "adressebeskyttelse" };
        var replica = new FregReplica(source, store, options);
        await replica.SyncAsync();

        for (var i = 0; i < 25; i++)
        {
            Happenings.Make(simulator, "endringIBostedsadresse", id => id.GetHashCode() % 25 == i);
        }

        var result = await replica.SyncAsync();

        Assert.True(result.Run.PersonsUpdated >= 25, result.Run.ToString());
        var comparison = await GroundTruth.CompareAsync(simulator, source, store, options);
        Assert.True(comparison.Equal, comparison.ToString());
    }

    [Fact]
    public async Task Two_instances_on_one_file_take_turns_and_a_stopped_leader_hands_over_at_once()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 25, PersonCount = 400, EventCount = 300 });
        await using var services = FinansClients.Create(simulator.BaseAddress, simulator.MaskinportenAudience, simulator.TokenEndpoint);
        var source = FinansClients.Source(services);
        var path = Path.Combine(_folder.FullName, "shared.db");
        await using var first = new SqliteReplicaStore(path);
        await using var second = new SqliteReplicaStore(path);
        var leaderOptions = new FregReplicaOptions { Parts = Parts, InstanceName = "a", Follow = true, PollInterval = TimeSpan.FromMilliseconds(100), LeaseDuration = TimeSpan.FromSeconds(30) };
        using var stopLeader = new CancellationTokenSource();
        var leader = new FregReplica(source, first, leaderOptions).RunAsync(stopLeader.Token);
        await WaitUntilAsync(async () => (await first.LoadCheckpointAsync(default)).Phase == FregReplicaPhase.Following);

        var waiting = new FregReplica(source, second, new FregReplicaOptions { Parts = Parts, InstanceName = "b", LeaseDuration = TimeSpan.FromSeconds(30), LeaseAcquireInterval = TimeSpan.FromMilliseconds(50) }).SyncAsync();
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted);
        Assert.Equal("a", (await second.ReadLeaseAsync(default))?.Holder);

        var handover = System.Diagnostics.Stopwatch.StartNew();
        await stopLeader.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        var result = await waiting;
        Assert.True(handover.Elapsed < TimeSpan.FromSeconds(15), "the handover took " + handover.Elapsed);
        Assert.Equal(FregReplicaPhase.Following, result.Checkpoint.Phase);
    }

    private SqliteReplicaStore Store(string name) => new(Path.Combine(_folder.FullName, name));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "timed out");
            await Task.Delay(50);
        }
    }

    private static async Task<System.Collections.Generic.List<T>> ToListAsync<T>(System.Collections.Generic.IAsyncEnumerable<T> items)
    {
        var list = new System.Collections.Generic.List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class Inline : IProgress<FregReplicaProgress>
    {
        private readonly Action<FregReplicaProgress> _report;

        public Inline(Action<FregReplicaProgress> report) => _report = report;

        public void Report(FregReplicaProgress value) => _report(value);
    }
}
