using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FregGen.Runtime.Tests.Feed;

public sealed class FileFeedCheckpointStoreTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_missing_file_means_nothing_stored_yet()
    {
        var store = new FileFeedCheckpointStore(folder.File("absent/feed.checkpoint.json"));

        Assert.Null(await store.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_saved_pointer_is_loaded_by_a_new_store_on_the_same_file()
    {
        var path = folder.File("nested/folder/feed.checkpoint.json");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

        await new FileFeedCheckpointStore(path, clock).SaveAsync(123_456_789_012, CancellationToken.None);
        var loaded = await new FileFeedCheckpointStore(path).LoadAsync(CancellationToken.None);

        Assert.Equal(123_456_789_012, loaded);
        Assert.Equal("{\"version\":1,\"nextSequence\":123456789012,\"savedAt\":\"2025-03-01T12:00:00+00:00\"}", await File.ReadAllTextAsync(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public async Task Each_save_replaces_the_whole_file()
    {
        var store = new FileFeedCheckpointStore(folder.File("feed.json"));

        for (long next = 1; next <= 2_000; next += 97)
        {
            await store.SaveAsync(next, CancellationToken.None);
            Assert.Equal(next, await store.LoadAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_leftover_temporary_file_from_a_crash_is_ignored_and_overwritten()
    {
        var store = new FileFeedCheckpointStore(folder.File("feed.json"));
        await store.SaveAsync(40, CancellationToken.None);
        await File.WriteAllTextAsync(store.TemporaryPath, "{\"version\":1,\"nextSeq");

        Assert.Equal(40, await store.LoadAsync(CancellationToken.None));
        await store.SaveAsync(41, CancellationToken.None);
        Assert.Equal(41, await store.LoadAsync(CancellationToken.None));
        Assert.False(File.Exists(store.TemporaryPath));
    }

    [Fact]
    public async Task A_cancelled_save_keeps_the_previous_pointer()
    {
        var store = new FileFeedCheckpointStore(folder.File("feed.json"));
        await store.SaveAsync(40, CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(99, new CancellationToken(canceled: true)).AsTask());

        Assert.Equal(40, await store.LoadAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"version\":1,\"nextSeq", "not valid JSON")]
    [InlineData("garbage", "not valid JSON")]
    [InlineData("[1,2]", "no version")]
    [InlineData("{\"nextSequence\":5}", "no version")]
    [InlineData("{\"version\":2,\"nextSequence\":5}", "format version 2")]
    [InlineData("{\"version\":1}", "no valid nextSequence")]
    [InlineData("{\"version\":1,\"nextSequence\":-4}", "no valid nextSequence")]
    [InlineData("{\"version\":1,\"nextSequence\":\"5\"}", "no valid nextSequence")]
    [InlineData("{\"version\":1,\"nextSequence\":5.5}", "no valid nextSequence")]
    public async Task A_corrupt_file_throws_a_clear_typed_exception_never_restarting(string content, string reason)
    {
        var path = folder.File("feed.json");
        await File.WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(content));
        var store = new FileFeedCheckpointStore(path);

        var exception = await Assert.ThrowsAsync<FregFeedCheckpointException>(() => store.LoadAsync(CancellationToken.None).AsTask());

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.Equal(path, exception.Path);
        Assert.Contains("not restarted", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_path_throws_a_clear_typed_exception()
    {
        var path = folder.File("a-folder-not-a-file");
        Directory.CreateDirectory(path);
        var store = new FileFeedCheckpointStore(path);

        var exception = await Assert.ThrowsAsync<FregFeedCheckpointException>(() => store.LoadAsync(CancellationToken.None).AsTask());

        Assert.Contains("could not be read", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.InnerException is IOException or UnauthorizedAccessException);
    }

    [Fact]
    public async Task A_processor_with_a_corrupt_checkpoint_refuses_to_run()
    {
        var path = folder.File("feed.json");
        await File.WriteAllTextAsync(path, "{\"version\":1,\"nextSequence\":");
        var feed = new InMemoryFeed([1, 2, 3]);
        var processor = new FregFeedProcessor<FeedEntry>(feed.FetchAsync, entry => entry.Sekvensnummer, new FileFeedCheckpointStore(path));
        var handled = 0;

        await Assert.ThrowsAsync<FregFeedCheckpointException>(() => processor.RunAsync((_, _) =>
        {
            handled++;
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(0, handled);
        Assert.Empty(feed.Requests);
    }

    [Fact]
    public async Task Negative_pointers_are_refused()
    {
        var store = new FileFeedCheckpointStore(folder.File("feed.json"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.SaveAsync(-1, CancellationToken.None).AsTask());
    }
}
