using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using FregGen.Benchmarks.Freg;
using FregGen.Replica;
using FregGen.Replica.PostgreSql;
using FregGen.Replica.Storage;
using FregGen.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FregGen.Benchmarks.Replica;

/// <summary>One store's timing in one round.</summary>
/// <param name="LoadCpu">CPU time of this process (replica and simulator) and the PostgreSQL server during the load.</param>
/// <param name="CatchUpCpu">The same during the catch-up.</param>
public sealed record ReplicaMeasurement(string Store, int Round, TimeSpan Load, long Persons, TimeSpan CatchUp, long Events, long PersonsUpdated, TimeSpan LoadCpu, TimeSpan CatchUpCpu);

/// <summary>What the run measured.</summary>
public sealed record ReplicaBenchmarkResults(
    ReplicaBenchmarkOptions Options,
    DateTimeOffset Started,
    TimeSpan Duration,
    TimeSpan SimulatorStart,
    string LoadBefore,
    string LoadAfter,
    string PostgresVersion,
    IReadOnlyList<string> Parts,
    IReadOnlyList<ReplicaMeasurement> Measurements,
    bool ServerCpuMeasured);

/// <summary>
/// A measured harness (not BenchmarkDotNet: one sync takes seconds to minutes). The simulator holds the population; each
/// round, every store — PostgreSQL, SQLite and one that discards (the client-side limit) — loads the population by the
/// complete extract pinned to the feed, then Freg registers new events, then every store catches up with the same events.
/// The order of the stores rotates from round to round, so that none always runs first or last.
/// </summary>
public static class ReplicaSyncBenchmark
{
    public const string Package = "offentlig-med-hjemmel";

    public static readonly IReadOnlyList<string> Parts = new[] { "person-basis", "adressebeskyttelse", "familierelasjon", "foreldreansvar", "vergemaalEllerFremtidsfullmakt", "innflytting", "utflytting" };

    private static readonly string[] Stores = { "discard", "sqlite", "postgresql" };

    public static async Task<ReplicaBenchmarkResults> RunAsync(ReplicaBenchmarkOptions options, Action<string> log)
    {
        var started = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();
        var loadBefore = Infrastructure.MachineInfo.LoadAverage();
        log("Replica benchmark: " + options.Persons + " persons, " + options.Events + " events per catch-up, " + options.Rounds + " round(s), load " + loadBefore);
        var simulatorStart = Stopwatch.StartNew();
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 20171001, PersonCount = options.Persons, EventCount = options.Events, UttrekkBatchSize = 10_000 });
        var simulatorReady = simulatorStart.Elapsed;
        log("Simulator with " + options.Persons + " persons ready in " + simulatorReady.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
        await using var services = Client(simulator);
        var source = services.GetRequiredService<FregClient>().CreateReplicaSource();
        var postgresVersion = await PostgresVersionAsync(options.Postgres!);
        var cpu = await CpuMeter.CreateAsync(options.Postgres!);
        TimeSpan Cpu() => cpu.Process + cpu.Server;
        var folder = Directory.CreateTempSubdirectory("freggen-replica-benchmark-");
        var measurements = new List<ReplicaMeasurement>();
        try
        {
            // A warm-up (not measured): the first chunks of a load, for JIT, token, connection pools and the simulator.
            await WarmUpAsync(source, options.Postgres!, folder.FullName);

            for (var round = 1; round <= options.Rounds; round++)
            {
                var order = Stores.Skip((round - 1) % Stores.Length).Concat(Stores.Take((round - 1) % Stores.Length)).ToArray();
                var replicas = new Dictionary<string, (IFregReplicaStore Store, FregReplica Replica, FregReplicaRunResult Load, TimeSpan Cpu)>();
                foreach (var name in order)
                {
                    var store = await CreateStoreAsync(name, options.Postgres!, folder.FullName, round);
                    var replica = new FregReplica(source, store, ReplicaOptions(name + "-" + round));
                    var cpuBefore = Cpu();
                    var load = await replica.SyncAsync();
                    replicas[name] = (store, replica, load, Cpu() - cpuBefore);
                    log("Round " + round + ", " + name + ": loaded " + load.Run.PersonsLoaded + " persons in " + load.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
                }

                simulator.AppendRandomEvents(options.Events);
                foreach (var name in order)
                {
                    var (store, replica, load, loadCpu) = replicas[name];
                    var cpuBefore = Cpu();
                    var catchUp = await replica.SyncAsync();
                    measurements.Add(new ReplicaMeasurement(name, round, load.Elapsed, load.Run.PersonsLoaded, catchUp.Elapsed, catchUp.Run.EventsApplied, catchUp.Run.PersonsUpdated, loadCpu, Cpu() - cpuBefore));
                    log("Round " + round + ", " + name + ": caught up with " + catchUp.Run.EventsApplied + " events in " + catchUp.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
                    await store.DisposeAsync();
                }

                await DropSchemaAsync(options.Postgres!, round);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        return new ReplicaBenchmarkResults(options, started, total.Elapsed, simulatorReady, loadBefore, Infrastructure.MachineInfo.LoadAverage(), postgresVersion, Parts, measurements, cpu.SeesServer);
    }

    private static async Task WarmUpAsync(FregGen.Runtime.Replica.IFregReplicaSource source, string postgres, string folder)
    {
        foreach (var name in Stores)
        {
            await using var store = await CreateStoreAsync(name, postgres, folder, 0);
            using var enough = new System.Threading.CancellationTokenSource();
            var batches = 0;
            var options = ReplicaOptions("warm-up-" + name);
            options.Progress = new Progress(() =>
            {
                if (++batches >= 3)
                {
                    enough.Cancel();
                }
            });
            try
            {
                await new FregReplica(source, store, options).SyncAsync(enough.Token);
            }
            catch (OperationCanceledException) when (enough.IsCancellationRequested)
            {
            }
        }

        await DropSchemaAsync(postgres, 0);
    }

    private static FregReplicaOptions ReplicaOptions(string instance) => new()
    {
        Parts = Parts,
        InstanceName = instance,
        InitialLoad = FregInitialLoadMode.Complete,
        ExtractPollInterval = TimeSpan.FromMilliseconds(100),
    };

    private static async Task<IFregReplicaStore> CreateStoreAsync(string name, string postgres, string folder, int round)
    {
        IFregReplicaStore store = name switch
        {
            "sqlite" => new SqliteReplicaStore(Path.Combine(folder, "replica-" + round + ".db")),
            "postgresql" => new PostgreSqlReplicaStore(postgres, new PostgreSqlReplicaStoreOptions { Schema = Schema(round) }),
            _ => new DiscardingReplicaStore(),
        };
        await store.InitializeAsync(default);
        return store;
    }

    private static string Schema(int round) => "freggen_benchmark_" + round;

    /// <summary>Reports synchronously on the reporting thread (System.Progress would post to the thread pool).</summary>
    private sealed class Progress : IProgress<FregReplicaProgress>
    {
        private readonly Action _report;

        public Progress(Action report) => _report = report;

        public void Report(FregReplicaProgress value) => _report();
    }

    private static async Task DropSchemaAsync(string postgres, int round)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DROP SCHEMA IF EXISTS " + Schema(round) + " CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> PostgresVersionAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version') || ', fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static ServiceProvider Client(FregSimulator simulator)
    {
        using var key = RSA.Create(2048);
        var certificate = new CertificateRequest("CN=FregGen replica benchmark", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        var services = new ServiceCollection();
        services.AddFregClient(options => options.BaseAddress = simulator.BaseAddress)
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromMinutes(5))
            .AddFregMaskinporten(options =>
            {
                options.ClientId = "replica-benchmark";
                options.Certificate = certificate;
                options.Audience = simulator.MaskinportenAudience;
                options.TokenEndpoint = simulator.TokenEndpoint;
            })
            .AddFregResilience();
        return services.BuildServiceProvider();
    }
}
