using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Runtime.Feed;

/// <summary>Keeps the feed pointer between runs: the next sequence number to read (last handled + 1).</summary>
public interface IFregFeedCheckpointStore
{
    /// <summary>Reads the stored pointer.</summary>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The next sequence number to read, or <see langword="null"/> when nothing was stored yet.</returns>
    /// <exception cref="FregFeedCheckpointException">The stored pointer is unreadable or corrupt (never silently treated as absent).</exception>
    ValueTask<long?> LoadAsync(CancellationToken ct);

    /// <summary>Stores the pointer durably; when this returns, a later <see cref="LoadAsync"/> gives <paramref name="nextSequence"/>.</summary>
    /// <param name="nextSequence">The next sequence number to read: the last handled one + 1.</param>
    /// <param name="ct">Cancels the write; the previous pointer then stays.</param>
    /// <returns>A task that completes when the pointer is stored.</returns>
    ValueTask SaveAsync(long nextSequence, CancellationToken ct);
}
