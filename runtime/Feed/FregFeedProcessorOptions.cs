using System;

namespace FregGen.Runtime.Feed;

/// <summary>How <see cref="FregFeedProcessor{TEntry}"/> runs.</summary>
public sealed class FregFeedProcessorOptions
{
    /// <summary>Where to start when the checkpoint store has nothing yet. Default 1, the start of the feed.</summary>
    public long StartSequence { get; set; } = 1;

    /// <summary>
    /// Save the checkpoint after this many handled events (and always when caught up, and when a run stops). Lower
    /// means fewer events handled twice after a crash; higher means fewer writes. Default 100.
    /// </summary>
    public int CheckpointEvery { get; set; } = 100;

    /// <summary>
    /// When <see langword="false"/> (default), a run ends when the feed is caught up. When <see langword="true"/>,
    /// it keeps polling every <see cref="PollInterval"/> until cancelled.
    /// </summary>
    public bool Follow { get; set; }

    /// <summary>How long to wait between polls once caught up, when <see cref="Follow"/> is on. Default 30 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock for the poll waits. Default <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Told after every checkpoint save and every time the feed is caught up.</summary>
    public IProgress<FregFeedProgress>? Progress { get; set; }
}
