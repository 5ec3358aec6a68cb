using System.Collections.Generic;

namespace FregGen.Runtime.Feed;

/// <summary>One answer of Freg's event feed (<c>GET /v1/hendelser/feed?seq=N</c>).</summary>
/// <typeparam name="TEntry">The generated feed-entry type.</typeparam>
/// <param name="Entries">The entries from the requested sequence number on (at most 1000); empty when caught up.</param>
/// <param name="ETag">The response's <c>ETag</c>, to send back as <c>If-None-Match</c>.</param>
/// <param name="NotModified">Whether Freg answered 304 Not Modified: nothing new since the <c>ETag</c>.</param>
public sealed record FregFeedPage<TEntry>(IReadOnlyList<TEntry> Entries, string? ETag, bool NotModified);
