using System.Collections.Generic;

namespace FregGen.Simulator.Feed;

/// <summary>A page of a package feed and the ETag that identifies its content.</summary>
internal sealed record FeedPage(IReadOnlyList<FeedEntry> Entries, string ETag);
