using System;

namespace FregGen.Runtime.Feed;

/// <summary>How <see cref="FregFeedReader{TEntry}"/> reads the feed.</summary>
public sealed class FregFeedReaderOptions
{
    /// <summary>
    /// When <see langword="false"/> (default), reading ends when the feed is caught up (an empty page or 304). When
    /// <see langword="true"/>, the reader keeps polling every <see cref="PollInterval"/> until cancelled.
    /// </summary>
    public bool Follow { get; set; }

    /// <summary>How long to wait between polls once caught up, when <see cref="Follow"/> is on. Default 30 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock for the poll waits. Default <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
