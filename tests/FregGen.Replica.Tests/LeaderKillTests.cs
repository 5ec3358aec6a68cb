using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.FinansClient;
using FregGen.Replica.PostgreSql;
using FregGen.Replica.Storage;
using FregGen.Replica.Tests.Infrastructure;
using FregGen.Simulator;
using Xunit.Abstractions;

namespace FregGen.Replica.Tests;

/// <summary>
/// Three real worker processes share one PostgreSQL replica; the leader is killed (SIGKILL) at random points — during
/// the initial load, mid-batch, while following — at least 20 times while Freg keeps producing events. Exactly one
/// worker may write at a time, a waiting worker takes over when the lease runs out, and in the end the replica equals
/// what the simulator serves, with every feed event applied exactly once.
/// </summary>
public sealed class LeaderKillTests
{
    private const int Kills = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMilliseconds(1500);

    private readonly ITestOutputHelper _output;

    public LeaderKillTests(ITestOutputHelper output) => _output = output;

    [PostgresFact]
    public async Task The_leader_killed_at_random_points_is_replaced_and_nothing_is_lost_or_applied_twice()
    {
        await using var schema = Postgres.NewSchema();
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 31, PersonCount = 2000, EventCount = 3000, UttrekkBatchSize = 600 });
        await using var store = new PostgreSqlReplicaStore(schema.ConnectionString, new PostgreSqlReplicaStoreOptions { Schema = schema.Schema });
        await store.InitializeAsync(default);
        var elapsed = Stopwatch.StartNew();
        var random = new Random(20261201);
        var workers = new List<WorkerProcess>();
        var started = 0;
        WorkerProcess StartWorker()
        {
            var worker = WorkerProcess.Start("w" + ++started, simulator, schema, Lease);
            workers.Add(worker);
            return worker;
        }

        using var stopEvents = new CancellationTokenSource();
        var producer = ProduceEventsAsync(simulator, random.Next(), stopEvents.Token);
        var takeovers = new List<TimeSpan>();
        var killedIn = new List<string>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                StartWorker();
            }

            for (var kill = 0; kill < Kills; kill++)
            {
                // Kill at a random point of real work: after the leader has written at least one batch of its own.
                var leader = await WaitForLeaderAsync(store, exceptEpoch: null, TimeSpan.FromSeconds(60));
                var before = (await store.LoadCheckpointAsync(default)).Version;
                await WaitUntilAsync(async () => (await store.LoadCheckpointAsync(default)).Version > before || (await store.ReadLeaseAsync(default))?.Epoch != leader.Epoch, TimeSpan.FromSeconds(60), "the leader to write a batch");
                await Task.Delay(random.Next(0, 700));
                var current = await store.ReadLeaseAsync(default);
                if (current?.Epoch != leader.Epoch)
                {
                    kill--;
                    continue;
                }

                var checkpoint = await store.LoadCheckpointAsync(default);
                killedIn.Add(checkpoint.Phase.ToString());
                var victim = workers.Single(w => w.Name == leader.Holder && !w.HasExited);
                var watch = Stopwatch.StartNew();
                victim.Kill();
                StartWorker();
                await WaitForLeaderAsync(store, exceptEpoch: leader.Epoch, TimeSpan.FromSeconds(60));
                takeovers.Add(watch.Elapsed);
            }

            await stopEvents.CancelAsync();
            await producer;
            var last = simulator.GetLastSequenceNumber("finans");
            await WaitUntilAsync(async () => await store.LoadCheckpointAsync(default) is { Phase: FregReplicaPhase.Following } now && now.NextSequence > last, TimeSpan.FromSeconds(120), "the replica to catch up with the feed");
        }
        finally
        {
            await stopEvents.CancelAsync();
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }

        await using var services = FinansClients.Create(simulator.BaseAddress, simulator.MaskinportenAudience, simulator.TokenEndpoint);
        var source = FinansClients.Source(services);
        var options = new FregReplicaOptions { Parts = new[] { "person-basis", "doedsfall", "adressebeskyttelse" }, AddressProtection = FregAddressProtectionPolicy.KeepSealed };
        var checkpointAtEnd = await store.LoadCheckpointAsync(default);
        _output.WriteLine("checkpoint at the end: " + checkpointAtEnd.Phase + " version " + checkpointAtEnd.Version + ", next " + checkpointAtEnd.NextSequence + ", " + checkpointAtEnd.Counters);
        foreach (var worker in workers)
        {
            foreach (var line in worker.Output.Where(l => l.Contains("warn", StringComparison.Ordinal) || l.Contains("fail", StringComparison.Ordinal) || l.Contains("crit", StringComparison.Ordinal)).Take(20))
            {
                _output.WriteLine(worker.Name + ": " + line);
            }
        }

        var comparison = await GroundTruth.CompareAsync(simulator, source, store, options);
        var audit = await AuditAsync(store, source);
        var sorted = takeovers.OrderBy(t => t).ToList();
        _output.WriteLine("elapsed " + elapsed.Elapsed);
        _output.WriteLine(
            "Leader kills: " + started + " worker runs, " + takeovers.Count + " kills (" + string.Join(", ", killedIn.GroupBy(p => p).Select(g => g.Count() + " while " + g.Key.ToLowerInvariant())) + "), "
            + audit.Events + " feed events, " + audit.Lost + " lost, " + audit.Duplicates + " applied twice, " + audit.LoadChunksRepeated + " load chunks applied twice; "
            + "takeover " + sorted[0].TotalMilliseconds.ToString("0") + "–" + sorted[^1].TotalMilliseconds.ToString("0") + " ms (median " + sorted[sorted.Count / 2].TotalMilliseconds.ToString("0") + " ms); "
            + "identity changes " + checkpointAtEnd.Counters.IdentityChanges + ", protected " + checkpointAtEnd.Counters.ProtectedAddresses + "; " + comparison);

        Assert.True(takeovers.Count >= Kills);
        Assert.True(comparison.Equal, comparison.ToString());
        Assert.Equal(0, audit.Lost);
        Assert.Equal(0, audit.Duplicates);
        Assert.Equal(0, audit.LoadChunksRepeated);
        Assert.True(audit.Events > 300, "only " + audit.Events + " events");
        Assert.True(checkpointAtEnd.Counters.IdentityChanges > 0, "no identity change was applied");
        LogCapture.AssertNoIdentityNumbers(workers.SelectMany(w => w.Output), "The workers' output");
        Assert.Contains(workers.SelectMany(w => w.Output), line => line.Contains("is the leader", StringComparison.Ordinal));
    }

    /// <summary>Freg keeps changing, about 20 events a second: random ones, and in turn a d-number holder settling (a new identity number), a death, a move and address protection.</summary>
    private static async Task ProduceEventsAsync(FregSimulator simulator, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var identifiers = simulator.PersonIdentifiers;
        var forced = new[] { "personErBosatt", "personErDoed", "endringIBostedsadresse", "endringIAdressebeskyttelse" };
        try
        {
            for (var round = 0; !cancellationToken.IsCancellationRequested; round++)
            {
                simulator.AppendRandomEvents(random.Next(2, 8));
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    try
                    {
                        simulator.AppendEvent(identifiers[random.Next(identifiers.Count)], forced[round % forced.Length]);
                        break;
                    }
                    catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
                    {
                        // Not eligible (dead, not a d-number holder, number ceased...): try another person.
                    }
                }

                await Task.Delay(250, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<FregReplicaLease> WaitForLeaderAsync(IFregReplicaStore store, long? exceptEpoch, TimeSpan timeout)
    {
        FregReplicaLease? lease = null;
        await WaitUntilAsync(async () => (lease = await store.ReadLeaseAsync(default)) is { } found && found.Epoch != exceptEpoch, timeout, "a leader");
        return lease!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException("Waited " + timeout + " for " + what + ".");
            }

            await Task.Delay(25);
        }
    }

    private sealed record Audit(int Events, int Lost, int Duplicates, int LoadChunksRepeated);

    /// <summary>
    /// From the batch log: every sequence number of the finans feed from where the load pinned it must lie in exactly one
    /// applied feed batch (a gap is a lost event, an overlap a double application), and no extract chunk may be stored twice.
    /// </summary>
    private static async Task<Audit> AuditAsync(IFregReplicaStore store, Runtime.Replica.IFregReplicaSource source)
    {
        var log = new List<FregReplicaBatchRecord>();
        await foreach (var record in store.ReadBatchLogAsync(default))
        {
            log.Add(record);
        }

        var feedBatches = log.Where(r => r.Kind == "feed").ToList();
        var firstApplied = feedBatches.Min(r => r.FirstSequence!.Value);
        var sequences = new List<long>();
        for (var next = firstApplied; ;)
        {
            var page = await source.GetFeedPageAsync(next, null, default);
            if (page.Entries.Count == 0)
            {
                break;
            }

            sequences.AddRange(page.Entries.Select(e => e.Sequence));
            next = page.Entries[^1].Sequence + 1;
        }

        var applied = new Dictionary<long, int>();
        foreach (var batch in feedBatches)
        {
            foreach (var sequence in sequences.Where(s => s >= batch.FirstSequence && s <= batch.LastSequence))
            {
                applied[sequence] = applied.TryGetValue(sequence, out var count) ? count + 1 : 1;
            }
        }

        var lost = sequences.Count(s => !applied.ContainsKey(s));
        var duplicates = applied.Values.Sum(count => count - 1);
        var repeatedChunks = log.Where(r => r.Kind == "load").GroupBy(r => (r.Job, r.Batch, r.Offset)).Sum(g => g.Count() - 1);
        return new Audit(sequences.Count, lost, duplicates, repeatedChunks);
    }
}
