using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FregGen.Runtime.Tests.Feed;

/// <summary>
/// At-least-once under crashes: many seeded scenarios inject failures at random points — loading the checkpoint,
/// fetching a page, in the handler before and after its work, and in the store before and after the write — and
/// restart a new processor on the same checkpoint until the feed is caught up. Every event must have been handled at
/// least once; duplicates are counted and reported.
/// </summary>
public sealed class FeedCrashResumeTests
{
    private const int Scenarios = 500;
    private const int BaseSeed = 20_250_301;
    private const int MaxRunsPerScenario = 10_000;

    private readonly ITestOutputHelper output;

    public FeedCrashResumeTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task Randomized_crashes_at_any_point_never_lose_an_event()
    {
        using var folder = new TemporaryFolder();
        var totals = new Totals();

        for (var scenario = 0; scenario < Scenarios; scenario++)
        {
            // Every fifth scenario keeps its checkpoint in a real file; the others in memory, to keep the test quick.
            IFregFeedCheckpointStore store = scenario % 5 == 0
                ? new FileFeedCheckpointStore(folder.File(string.Create(CultureInfo.InvariantCulture, $"scenario-{scenario}.json")))
                : new RecordingCheckpointStore();
            await RunScenarioAsync(BaseSeed + scenario, store, totals);
        }

        output.WriteLine(totals.Describe());
        Assert.Equal(0, totals.EventsLost);
        Assert.All(Enum.GetValues<FailurePoint>(), point => Assert.True(totals.Injected[point] > 50, $"too few failures injected at {point}"));
        Assert.True(totals.HardCrashes > 500);
        Assert.True(totals.Duplicates > 0, "the failures should have caused some events to be handled twice");
    }

    private static async Task RunScenarioAsync(int seed, IFregFeedCheckpointStore durableStore, Totals totals)
    {
        var random = new Random(seed);
        var sequences = new List<long>();
        var next = (long)random.Next(1, 5_000);
        var count = random.Next(20, 300);
        for (var i = 0; i < count; i++)
        {
            sequences.Add(next);
            next += random.Next(1, 4);
        }

        var feed = new InMemoryFeed(sequences, pageSize: random.Next(1, 60));
        var chaos = new Chaos(random, failureRate: 0.002 + (random.NextDouble() * 0.03));
        var store = new ChaosCheckpointStore(durableStore, chaos);
        var handled = sequences.ToDictionary(sequence => sequence, _ => 0);
        var options = new FregFeedProcessorOptions { CheckpointEvery = random.Next(1, 30) };

        FregFeedPageFetcher<FeedEntry> fetch = (sequence, eTag, ct) =>
        {
            chaos.MaybeFail(FailurePoint.Fetch);
            return feed.FetchAsync(sequence, eTag, ct);
        };
        ValueTask Handle(FeedEntry entry, CancellationToken cancellationToken)
        {
            chaos.MaybeFail(FailurePoint.HandlerBeforeWork);
            handled[entry.Sekvensnummer]++;
            chaos.MaybeFail(FailurePoint.HandlerAfterWork);
            return ValueTask.CompletedTask;
        }

        var runs = 0;
        while (true)
        {
            runs++;
            Assert.True(runs < MaxRunsPerScenario, $"scenario {seed} did not finish");
            chaos.BeginRun();
            var processor = new FregFeedProcessor<FeedEntry>(fetch, entry => entry.Sekvensnummer, store, options);
            try
            {
                await processor.RunAsync(Handle);
                break;
            }
            catch (SimulatedCrashException)
            {
                // The process restarts with the same checkpoint store.
            }
        }

        Assert.Equal(sequences[^1] + 1, await durableStore.LoadAsync(CancellationToken.None));
        var rerun = await new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, durableStore, options)
            .RunAsync((_, _) => throw new InvalidOperationException("a caught-up feed has nothing to handle"));
        Assert.Equal(0, rerun.EventsHandled);

        totals.Add(sequences.Count, runs, handled, chaos);
    }

    private sealed class Totals
    {
        internal int Scenarios { get; private set; }

        internal long Events { get; private set; }

        internal long Restarts { get; private set; }

        internal long EventsLost { get; private set; }

        internal long Duplicates { get; private set; }

        internal long HardCrashes { get; private set; }

        internal Dictionary<FailurePoint, long> Injected { get; } = Enum.GetValues<FailurePoint>().ToDictionary(point => point, _ => 0L);

        internal void Add(int events, int runs, Dictionary<long, int> handled, Chaos chaos)
        {
            Scenarios++;
            Events += events;
            Restarts += runs - 1;
            EventsLost += handled.Values.Count(times => times == 0);
            Duplicates += handled.Values.Where(times => times > 1).Sum(times => times - 1L);
            HardCrashes += chaos.HardCrashes;
            foreach (var (point, injected) in chaos.Injected)
            {
                Injected[point] += injected;
            }
        }

        internal string Describe()
        {
            var injectedTotal = Injected.Values.Sum();
            var perPoint = string.Join(", ", Injected.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value}")));
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Crash-resume: {Scenarios} scenarios, {Events} events, {injectedTotal} injected failures ({perPoint}; {HardCrashes} of them hard crashes), {Restarts} restarts, {EventsLost} events lost, {Duplicates} duplicate handlings ({(double)Duplicates / Events:P1} of events).");
        }
    }
}
