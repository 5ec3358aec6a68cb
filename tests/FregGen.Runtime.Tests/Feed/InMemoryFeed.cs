using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;

namespace FregGen.Runtime.Tests.Feed;

/// <summary>
/// Freg's feed in memory: <c>seq</c> inclusive, a fixed page size, gaps allowed, an ETag per answer that changes when
/// the answer would change, 304 for a matching If-None-Match, and 406 below the oldest kept sequence number.
/// </summary>
internal sealed class InMemoryFeed
{
    private readonly List<FeedEntry> entries = [];
    private readonly List<(long Sequence, string? IfNoneMatch)> requests = [];

    internal InMemoryFeed(IEnumerable<long> sequences, int pageSize = 1000)
    {
        PageSize = pageSize;
        Append(sequences.ToArray());
    }

    internal int PageSize { get; }

    /// <summary>Requests below this get 406 (events older than 36 months are deleted).</summary>
    internal long? OldestKept { get; set; }

    internal IReadOnlyList<(long Sequence, string? IfNoneMatch)> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToArray();
            }
        }
    }

    internal IReadOnlyList<long> Sequences
    {
        get
        {
            lock (entries)
            {
                return entries.Select(entry => entry.Sekvensnummer).ToArray();
            }
        }
    }

    internal void Append(params long[] sequences)
    {
        lock (entries)
        {
            foreach (var sequence in sequences)
            {
                if (entries.Count > 0 && sequence <= entries[^1].Sekvensnummer)
                {
                    throw new ArgumentException("Sequence numbers must grow.", nameof(sequences));
                }

                entries.Add(new FeedEntry(sequence));
            }
        }
    }

    internal Task<FregFeedPage<FeedEntry>> FetchAsync(long sequence, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (requests)
        {
            requests.Add((sequence, ifNoneMatch));
        }

        if (OldestKept is { } oldest && sequence < oldest)
        {
            throw new FregFeedSequenceTooOldException(sequence);
        }

        List<FeedEntry> page;
        string eTag;
        lock (entries)
        {
            page = entries.Where(entry => entry.Sekvensnummer >= sequence).Take(PageSize).ToList();
            var last = page.Count == 0 ? 0 : page[^1].Sekvensnummer;
            eTag = string.Create(CultureInfo.InvariantCulture, $"\"{sequence}-{page.Count}-{last}\"");
        }

        return Task.FromResult(ifNoneMatch == eTag
            ? new FregFeedPage<FeedEntry>([], eTag, NotModified: true)
            : new FregFeedPage<FeedEntry>(page, eTag, NotModified: false));
    }
}
