using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Runtime.Feed;

/// <summary>
/// Keeps the feed pointer in a small JSON file (<c>{"version":1,"nextSequence":N,"savedAt":"…"}</c>). Each save
/// writes a temporary file beside it, flushes it to disk and renames it over the checkpoint, so the checkpoint is
/// always either the old or the new pointer, never a torn write. A missing file means "nothing stored yet"; an
/// unreadable or corrupt file throws <see cref="FregFeedCheckpointException"/> and is never treated as missing.
/// </summary>
/// <remarks>
/// One writer per file: two processors must not share a checkpoint file. .NET cannot flush the folder entry of the
/// rename to disk; after a power loss the file may therefore show the previous pointer, which repeats events but
/// never skips one.
/// </remarks>
public sealed class FileFeedCheckpointStore : IFregFeedCheckpointStore
{
    private const int FormatVersion = 1;
    private const string VersionProperty = "version";
    private const string NextSequenceProperty = "nextSequence";
    private const string SavedAtProperty = "savedAt";

    private readonly TimeProvider timeProvider;

    /// <summary>Creates a store for the checkpoint file at <paramref name="path"/>.</summary>
    /// <param name="path">The checkpoint file; its folder is created on the first save.</param>
    /// <param name="timeProvider">The clock for the informational <c>savedAt</c>; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public FileFeedCheckpointStore(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        TemporaryPath = Path + ".tmp";
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The full path of the checkpoint file.</summary>
    public string Path { get; }

    /// <summary>The temporary file each save writes before renaming it over <see cref="Path"/>.</summary>
    public string TemporaryPath { get; }

    /// <inheritdoc />
    public async ValueTask<long?> LoadAsync(CancellationToken ct)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(Path, ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failure($"The feed checkpoint file '{Path}' could not be read ({exception.GetType().Name}).", exception);
        }

        return Parse(content);
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(long nextSequence, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nextSequence);
        ct.ThrowIfCancellationRequested();
        var content = Serialize(nextSequence, timeProvider.GetUtcNow());

        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = new FileStream(TemporaryPath, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous | FileOptions.WriteThrough,
        });
        await using (temporary.ConfigureAwait(false))
        {
            await temporary.WriteAsync(content, ct).ConfigureAwait(false);
            await temporary.FlushAsync(ct).ConfigureAwait(false);
            temporary.Flush(flushToDisk: true);
        }

        // Atomic on the same volume: readers see the old checkpoint or the new one.
        File.Move(TemporaryPath, Path, overwrite: true);
    }

    private static byte[] Serialize(long nextSequence, DateTimeOffset savedAt)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber(VersionProperty, FormatVersion);
            writer.WriteNumber(NextSequenceProperty, nextSequence);
            writer.WriteString(SavedAtProperty, savedAt);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private long Parse(byte[] content)
    {
        if (content.Length == 0)
        {
            throw Failure($"The feed checkpoint file '{Path}' is empty.", null);
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(VersionProperty, out var version)
                || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var versionNumber))
            {
                throw Failure($"The feed checkpoint file '{Path}' is not a FregGen checkpoint (no version).", null);
            }

            if (versionNumber != FormatVersion)
            {
                throw Failure($"The feed checkpoint file '{Path}' has format version {versionNumber}; this library reads version {FormatVersion}.", null);
            }

            if (!root.TryGetProperty(NextSequenceProperty, out var next)
                || next.ValueKind != JsonValueKind.Number
                || !next.TryGetInt64(out var nextSequence)
                || nextSequence < 0)
            {
                throw Failure($"The feed checkpoint file '{Path}' has no valid nextSequence.", null);
            }

            return nextSequence;
        }
        catch (JsonException exception)
        {
            throw Failure($"The feed checkpoint file '{Path}' is corrupt (not valid JSON).", exception);
        }
    }

    private FregFeedCheckpointException Failure(string message, Exception? innerException)
        => new(message + " Repair or remove it deliberately; the feed is not restarted on its own.", innerException) { Path = Path };
}
