using System;
using System.Collections.Generic;
using System.Globalization;
using FregGen.Catalogue;

namespace FregGen.Simulator.Feed;

/// <summary>
/// The feed of one rights package: its own sequence numbers (increasing, with occasional gaps as in Freg), pages of up to
/// 1000 entries from an inclusive sequence number, and the retention start before which entries are deleted.
/// </summary>
internal sealed class PackageFeed
{
    public const int PageSize = 1000;

    private readonly List<FeedEntry> _entries = new();
    private readonly Dictionary<int, long> _sequenceByEvent = new();
    private readonly DateTimeOffset? _retentionStart;
    private long _lastSequenceNumber;

    public PackageFeed(RightsPackage package, int ordinal, DateTimeOffset? retentionStart)
    {
        Package = package;
        Ordinal = ordinal;
        _retentionStart = retentionStart;
    }

    public RightsPackage Package { get; }

    public int Ordinal { get; }

    public long LastSequenceNumber => _lastSequenceNumber;

    /// <summary>The lowest sequence number still served; lower ones were deleted (retention).</summary>
    public long FirstRetainedSequenceNumber { get; private set; } = 1;

    public FeedEntry Append(RegisterEvent registerEvent, string hendelsetype)
    {
        var gap = (registerEvent.Index * 31 + Ordinal * 7) % 113 == 0 ? 2 : 1;
        _lastSequenceNumber += gap;
        var entry = new FeedEntry(_lastSequenceNumber, registerEvent, hendelsetype);
        _entries.Add(entry);
        _sequenceByEvent[registerEvent.Index] = entry.Sekvensnummer;
        if (_retentionStart is { } start && registerEvent.Ajourholdstidspunkt < start)
        {
            FirstRetainedSequenceNumber = _lastSequenceNumber + 1;
        }

        return entry;
    }

    /// <summary>The event's sequence number in this feed, or null when the package does not get the event.</summary>
    public long? SequenceOf(RegisterEvent registerEvent) => _sequenceByEvent.TryGetValue(registerEvent.Index, out var sequence) ? sequence : null;

    public FeedPage Page(long fromSequenceNumber)
    {
        var start = LowerBound(fromSequenceNumber);
        var count = Math.Min(PageSize, _entries.Count - start);
        var entries = _entries.GetRange(start, Math.Max(0, count));
        var last = entries.Count > 0 ? entries[entries.Count - 1].Sekvensnummer : _lastSequenceNumber;
        var tag = "\"" + Package.Id + "-" + fromSequenceNumber.ToString(CultureInfo.InvariantCulture) + "-" + last.ToString(CultureInfo.InvariantCulture) + "-" + entries.Count.ToString(CultureInfo.InvariantCulture) + "\"";
        return new FeedPage(entries, tag);
    }

    /// <summary>
    /// A page of up to 1000 entries from an inclusive sequence number among those <paramref name="include"/> keeps (the
    /// filtered feed, hentTilpassetFeedSide): the same sequence numbers as the whole feed.
    /// </summary>
    public FeedPage Page(long fromSequenceNumber, Func<FeedEntry, bool> include, string filterKey)
    {
        var entries = new List<FeedEntry>();
        for (var index = LowerBound(fromSequenceNumber); index < _entries.Count && entries.Count < PageSize; index++)
        {
            if (include(_entries[index]))
            {
                entries.Add(_entries[index]);
            }
        }

        var last = entries.Count > 0 ? entries[entries.Count - 1].Sekvensnummer : _lastSequenceNumber;
        var tag = "\"" + Package.Id + "-" + filterKey + "-" + fromSequenceNumber.ToString(CultureInfo.InvariantCulture) + "-" + last.ToString(CultureInfo.InvariantCulture) + "-" + entries.Count.ToString(CultureInfo.InvariantCulture) + "\"";
        return new FeedPage(entries, tag);
    }

    /// <summary>The entry with the highest sequence number at or below <paramref name="sequenceNumber"/>.</summary>
    public FeedEntry? AtOrBefore(long sequenceNumber)
    {
        var index = LowerBound(sequenceNumber + 1) - 1;
        return index >= 0 ? _entries[index] : null;
    }

    private int LowerBound(long sequenceNumber)
    {
        int low = 0, high = _entries.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_entries[middle].Sekvensnummer < sequenceNumber)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
