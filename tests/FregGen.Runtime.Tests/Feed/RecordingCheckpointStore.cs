using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;

namespace FregGen.Runtime.Tests.Feed;

/// <summary>An in-memory checkpoint store that remembers every save.</summary>
internal sealed class RecordingCheckpointStore : IFregFeedCheckpointStore
{
    private readonly List<long> saves = [];

    internal RecordingCheckpointStore(long? stored = null)
    {
        Stored = stored;
    }

    internal long? Stored { get; private set; }

    internal IReadOnlyList<long> Saves
    {
        get
        {
            lock (saves)
            {
                return saves.ToArray();
            }
        }
    }

    public ValueTask<long?> LoadAsync(CancellationToken ct) => ValueTask.FromResult(Stored);

    public ValueTask SaveAsync(long nextSequence, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        lock (saves)
        {
            saves.Add(nextSequence);
            Stored = nextSequence;
        }

        return ValueTask.CompletedTask;
    }
}
