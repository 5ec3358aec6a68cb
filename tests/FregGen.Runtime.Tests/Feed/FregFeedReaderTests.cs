using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Tests.Infrastructure;

namespace FregGen.Runtime.Tests.Feed;

public sealed class FregFeedReaderTests
{
    [Fact]
    public async Task Pages_are_read_from_last_plus_one_until_an_empty_page()
    {
        var feed = new InMemoryFeed(Enumerable.Range(1, 10).Select(i => (long)i), pageSize: 3);
        var reader = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer);

        var read = await ReadAllAsync(reader.ReadAsync(1));

        Assert.Equal(feed.Sequences, read);
        Assert.Equal([1L, 4, 7, 10, 11], feed.Requests.Select(request => request.Sequence));
        Assert.All(feed.Requests, request => Assert.Null(request.IfNoneMatch));
        Assert.Equal(10, reader.LastSequence);
        Assert.Equal(11, reader.NextSequence);
        Assert.True(reader.IsCaughtUp);
        Assert.NotNull(reader.ETag);
    }

    [Fact]
    public async Task Gaps_in_sequence_numbers_are_followed_not_assumed()
    {
        var feed = new InMemoryFeed([5, 6, 9, 20, 21, 40], pageSize: 2);
        var reader = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer);

        var read = await ReadAllAsync(reader.ReadAsync(1));

        Assert.Equal([5L, 6, 9, 20, 21, 40], read);
        Assert.Equal([1L, 7, 21, 41], feed.Requests.Select(request => request.Sequence));
    }

    [Fact]
    public async Task Reading_starts_at_the_given_sequence_inclusive()
    {
        var feed = new InMemoryFeed([5, 6, 9, 20]);
        var reader = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer);

        Assert.Equal([9L, 20], await ReadAllAsync(reader.ReadAsync(9)));
    }

    [Fact]
    public async Task An_empty_feed_is_caught_up_at_once()
    {
        var feed = new InMemoryFeed([]);
        var reader = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer);

        Assert.Empty(await ReadAllAsync(reader.ReadAsync(1)));
        Assert.Single(feed.Requests);
        Assert.Null(reader.LastSequence);
        Assert.Equal(1, reader.NextSequence);
        Assert.True(reader.IsCaughtUp);
    }

    [Fact]
    public async Task Not_modified_means_caught_up()
    {
        var feed = new InMemoryFeed([1, 2, 3]);
        var first = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer);
        await ReadAllAsync(first.ReadAsync(1));
        var eTagAtTheEnd = first.ETag;

        var second = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer);
        var read = await ReadAllAsync(second.ReadAsync(first.NextSequence, eTagAtTheEnd));

        Assert.Empty(read);
        Assert.Equal((4L, eTagAtTheEnd), feed.Requests[^1]);
        Assert.True(second.IsCaughtUp);
    }

    [Fact]
    public async Task Follow_mode_polls_with_If_None_Match_only_for_the_same_seq()
    {
        var clock = new ObservableTimeProvider();
        var feed = new InMemoryFeed([1, 2], pageSize: 1000);
        var reader = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, new FregFeedReaderOptions
        {
            Follow = true,
            PollInterval = TimeSpan.FromSeconds(30),
            TimeProvider = clock,
        });
        using var stop = new CancellationTokenSource();
        var read = new List<long>();
        var reading = Task.Run(async () =>
        {
            await foreach (var entry in reader.ReadAsync(1, stop.Token))
            {
                lock (read)
                {
                    read.Add(entry.Sekvensnummer);
                }
            }
        });

        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(30));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        feed.Append(3, 7);
        clock.Advance(TimeSpan.FromSeconds(30));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal([1L, 2, 3, 7], read);
        var requests = feed.Requests;
        Assert.Equal(5, requests.Count);
        Assert.Equal((1L, (string?)null), requests[0]);
        Assert.Equal((3L, (string?)null), requests[1]);
        var eTagOfTheEmptyAnswer = requests[2].IfNoneMatch;
        Assert.NotNull(eTagOfTheEmptyAnswer);
        Assert.Equal((3L, eTagOfTheEmptyAnswer), requests[2]);
        Assert.Equal((3L, eTagOfTheEmptyAnswer), requests[3]);
        Assert.Equal((8L, (string?)null), requests[4]);
    }

    [Fact]
    public async Task Entries_below_the_requested_sequence_are_skipped()
    {
        FregFeedPageFetcher<FeedEntry> sloppy = (sequence, _, _) => Task.FromResult(sequence switch
        {
            1 => Page(1, 2, 3),
            4 => Page(2, 3, 4, 5),
            _ => Page(),
        });
        var reader = new FregFeedReader<FeedEntry>(sloppy, entry => entry.Sekvensnummer);

        Assert.Equal([1L, 2, 3, 4, 5], await ReadAllAsync(reader.ReadAsync(1)));
    }

    [Fact]
    public async Task A_server_that_ignores_seq_is_detected_instead_of_looping()
    {
        FregFeedPageFetcher<FeedEntry> ignoresSeq = (_, _, _) => Task.FromResult(Page(1, 2, 3));
        var reader = new FregFeedReader<FeedEntry>(ignoresSeq, entry => entry.Sekvensnummer);
        var read = new List<long>();

        var exception = await Assert.ThrowsAsync<FregFeedProtocolException>(async () =>
        {
            await foreach (var entry in reader.ReadAsync(1))
            {
                read.Add(entry.Sekvensnummer);
            }
        });

        Assert.Equal([1L, 2, 3], read);
        Assert.Contains("seq=4", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsorted_page_with_repeats_is_read_in_order_once()
    {
        FregFeedPageFetcher<FeedEntry> unsorted = (sequence, _, _) => Task.FromResult(sequence == 1 ? Page(3, 1, 2, 2, 5) : Page());
        var reader = new FregFeedReader<FeedEntry>(unsorted, entry => entry.Sekvensnummer);

        Assert.Equal([1L, 2, 3, 5], await ReadAllAsync(reader.ReadAsync(1)));
        Assert.Equal(6, reader.NextSequence);
    }

    [Fact]
    public async Task A_too_old_sequence_number_surfaces_the_406_exception()
    {
        var feed = new InMemoryFeed([500, 501]) { OldestKept = 500 };
        var reader = new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer);

        var exception = await Assert.ThrowsAsync<FregFeedSequenceTooOldException>(() => ReadAllAsync(reader.ReadAsync(1)));

        Assert.Equal(1, exception.RequestedSequence);
        Assert.Contains("36 months", exception.Message, StringComparison.Ordinal);
        Assert.Contains("uttrekk", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var feed = new InMemoryFeed([]);
        Assert.Throws<ArgumentNullException>(() => new FregFeedReader<FeedEntry>(null!, entry => entry.Sekvensnummer));
        Assert.Throws<ArgumentNullException>(() => new FregFeedReader<FeedEntry>(feed.FetchAsync, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FregFeedReader<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, new FregFeedReaderOptions { PollInterval = TimeSpan.FromSeconds(-1) }));
    }

    private static FregFeedPage<FeedEntry> Page(params long[] sequences)
        => new(sequences.Select(sequence => new FeedEntry(sequence)).ToArray(), null, false);

    private static async Task<List<long>> ReadAllAsync(IAsyncEnumerable<FeedEntry> entries)
    {
        var read = new List<long>();
        await foreach (var entry in entries)
        {
            read.Add(entry.Sekvensnummer);
        }

        return read;
    }
}
