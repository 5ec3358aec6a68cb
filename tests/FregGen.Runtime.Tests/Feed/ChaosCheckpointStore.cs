using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;

namespace FregGen.Runtime.Tests.Feed;

/// <summary>A checkpoint store that fails before or after the real write, as the chaos decides.</summary>
internal sealed class ChaosCheckpointStore : IFregFeedCheckpointStore
{
    private readonly IFregFeedCheckpointStore inner;
    private readonly Chaos chaos;

    internal ChaosCheckpointStore(IFregFeedCheckpointStore inner, Chaos chaos)
    {
        this.inner = inner;
        this.chaos = chaos;
    }

    public ValueTask<long?> LoadAsync(CancellationToken ct)
    {
        chaos.MaybeFail(FailurePoint.LoadCheckpoint);
        return inner.LoadAsync(ct);
    }

    public async ValueTask SaveAsync(long nextSequence, CancellationToken ct)
    {
        chaos.MaybeFail(FailurePoint.SaveBeforeWrite);
        await inner.SaveAsync(nextSequence, ct).ConfigureAwait(false);
        chaos.MaybeFail(FailurePoint.SaveAfterWrite);
    }
}
