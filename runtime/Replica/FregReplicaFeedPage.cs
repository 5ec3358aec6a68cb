using System.Collections.Generic;

namespace FregGen.Runtime.Replica
{
    /// <summary>One answer of the event feed.</summary>
    /// <param name="Entries">The entries from the requested sequence number on (at most 1000); empty when caught up.</param>
    /// <param name="ETag">The answer's ETag, to send back as If-None-Match for the same sequence number.</param>
    /// <param name="NotModified">Whether Freg answered 304: nothing new since the ETag.</param>
    public sealed record FregReplicaFeedPage(IReadOnlyList<FregReplicaFeedEntry> Entries, string? ETag, bool NotModified);
}
