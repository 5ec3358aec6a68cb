using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;

namespace FregGen.Runtime.Tests.Feed;

public sealed class FregFeedProcessorTests
{
    [Fact]
    public async Task A_first_run_handles_everything_from_StartSequence_and_stores_last_plus_one()
    {
        var feed = new InMemoryFeed([3, 4, 8, 9, 15], pageSize: 2);
        var store = new RecordingCheckpointStore();
        var progress = new SynchronousProgress<FregFeedProgress>();
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store, new FregFeedProcessorOptions
        {
            CheckpointEvery = 2,
            Progress = progress,
        });
        var handled = new List<long>();

        var result = await processor.RunAsync((entry, _) =>
        {
            handled.Add(entry.Sekvensnummer);
            return ValueTask.CompletedTask;
        });

        Assert.Equal([3L, 4, 8, 9, 15], handled);
        Assert.Equal(new FregFeedRunResult(1, 16, 5, 15, 3), result);
        Assert.Equal([5L, 10, 16], store.Saves);
        Assert.Equal(16, store.Stored);
        Assert.Equal(1, feed.Requests[0].Sequence);
        var last = progress.Reports[^1];
        Assert.True(last.CaughtUp);
        Assert.Equal(new FregFeedProgress(5, 15, 16, 16, true), last);
        Assert.Equal(3, progress.Reports.Count);
    }

    [Fact]
    public async Task A_later_run_resumes_at_the_stored_checkpoint()
    {
        var feed = new InMemoryFeed([3, 4, 8, 9, 15]);
        var store = new RecordingCheckpointStore(stored: 9);
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store);
        var handled = new List<long>();

        var result = await processor.RunAsync((entry, _) =>
        {
            handled.Add(entry.Sekvensnummer);
            return ValueTask.CompletedTask;
        });

        Assert.Equal([9L, 15], handled);
        Assert.Equal(9, result.StartSequence);
        Assert.Equal(16, store.Stored);
    }

    [Fact]
    public async Task A_caught_up_run_handles_nothing_and_keeps_the_checkpoint()
    {
        var feed = new InMemoryFeed([3, 4]);
        var store = new RecordingCheckpointStore(stored: 5);
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store);

        var result = await processor.RunAsync((_, _) => ValueTask.CompletedTask);

        Assert.Equal(0, result.EventsHandled);
        Assert.Null(result.LastHandledSequence);
        Assert.Empty(store.Saves);
    }

    [Fact]
    public async Task A_failing_handler_stops_the_run_and_the_checkpoint_stays_at_the_failed_event()
    {
        var feed = new InMemoryFeed([1, 2, 5, 6, 7]);
        var store = new RecordingCheckpointStore();
        var logs = new FakeLogCollector();
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store, new FregFeedProcessorOptions { CheckpointEvery = 100 }, new FakeLogger(logs));
        var handled = new List<long>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => processor.RunAsync((entry, _) =>
        {
            if (entry.Sekvensnummer == 6)
            {
                throw new InvalidOperationException("person 30108299939 could not be stored");
            }

            handled.Add(entry.Sekvensnummer);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal([1L, 2, 5], handled);
        Assert.Equal(6, store.Stored);
        Assert.Contains("30108299939", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.GetSnapshot(), record => record.Message.Contains("30108299939", StringComparison.Ordinal));

        var rerun = new List<long>();
        await new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store).RunAsync((entry, _) =>
        {
            rerun.Add(entry.Sekvensnummer);
            return ValueTask.CompletedTask;
        });
        Assert.Equal([6L, 7], rerun);
    }

    [Fact]
    public async Task A_failing_fetch_keeps_what_was_handled()
    {
        var feed = new InMemoryFeed([1, 2, 3, 4, 5, 6], pageSize: 2);
        var store = new RecordingCheckpointStore();
        var calls = 0;
        FregFeedPageFetcher<FeedEntry> flaky = (sequence, eTag, ct) => ++calls == 3
            ? throw new System.Net.Http.HttpRequestException("Freg is down")
            : feed.FetchAsync(sequence, eTag, ct);
        var processor = new FregFeedProcessor<FeedEntry>(flaky, entry => entry.Sekvensnummer, store, new FregFeedProcessorOptions { CheckpointEvery = 100 });

        await Assert.ThrowsAsync<System.Net.Http.HttpRequestException>(() => processor.RunAsync((_, _) => ValueTask.CompletedTask));

        Assert.Equal(5, store.Stored);
    }

    [Fact]
    public async Task A_too_old_checkpoint_surfaces_406_without_moving_the_checkpoint()
    {
        var feed = new InMemoryFeed([900, 901]) { OldestKept = 900 };
        var store = new RecordingCheckpointStore(stored: 12);
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store);

        await Assert.ThrowsAsync<FregFeedSequenceTooOldException>(() => processor.RunAsync((_, _) => ValueTask.CompletedTask));

        Assert.Equal(12, store.Stored);
        Assert.Empty(store.Saves);
    }

    [Fact]
    public async Task Follow_mode_keeps_polling_saves_when_caught_up_and_stops_on_cancellation()
    {
        var clock = new ObservableTimeProvider();
        var feed = new InMemoryFeed([1, 2]);
        var store = new RecordingCheckpointStore();
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store, new FregFeedProcessorOptions
        {
            Follow = true,
            PollInterval = TimeSpan.FromSeconds(10),
            TimeProvider = clock,
            CheckpointEvery = 1000,
        });
        using var stop = new CancellationTokenSource();
        var handled = new List<long>();
        var running = processor.RunAsync(
            (entry, _) =>
            {
                lock (handled)
                {
                    handled.Add(entry.Sekvensnummer);
                }

                return ValueTask.CompletedTask;
            },
            stop.Token);

        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, store.Stored);
        feed.Append(4);
        clock.Advance(TimeSpan.FromSeconds(10));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(5, store.Stored);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal([1L, 2, 4], handled);
        Assert.Equal([3L, 5], store.Saves);
    }

    [Fact]
    public async Task Cancellation_saves_the_progress_made_so_far()
    {
        var feed = new InMemoryFeed(Enumerable.Range(1, 10).Select(i => (long)i));
        var store = new RecordingCheckpointStore();
        using var stop = new CancellationTokenSource();
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, store, new FregFeedProcessorOptions { CheckpointEvery = 100 });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => processor.RunAsync(
            async (entry, ct) =>
            {
                if (entry.Sekvensnummer == 4)
                {
                    await stop.CancelAsync();
                    ct.ThrowIfCancellationRequested();
                }
            },
            stop.Token));

        Assert.Equal(4, store.Stored);
    }

    [Fact]
    public void Options_are_checked()
    {
        var feed = new InMemoryFeed([]);
        var store = new RecordingCheckpointStore();
        Assert.Throws<ArgumentOutOfRangeException>(() => new FregFeedProcessor<FeedEntry>(feed.FetchAsync, e => e.Sekvensnummer, store, new FregFeedProcessorOptions { CheckpointEvery = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FregFeedProcessor<FeedEntry>(feed.FetchAsync, e => e.Sekvensnummer, store, new FregFeedProcessorOptions { StartSequence = -1 }));
        Assert.Throws<ArgumentNullException>(() => new FregFeedProcessor<FeedEntry>(feed.FetchAsync, e => e.Sekvensnummer, null!));
    }
}
