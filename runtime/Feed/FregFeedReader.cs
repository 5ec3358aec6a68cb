using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Diagnostics;

namespace FregGen.Runtime.Feed
{
    /// <summary>
    /// Reads Freg's event feed page by page: <c>seq</c> is inclusive, the next request starts at the last sequence number
    /// read + 1 (numbers may have gaps), and an empty page or 304 Not Modified means caught up. <c>If-None-Match</c> is
    /// sent only when asking again for the same <c>seq</c> whose answer carried the <c>ETag</c>.
    /// </summary>
    /// <remarks>
    /// Entries below the requested sequence number, or not above the last one read, are skipped; a non-empty page with
    /// nothing at or after the requested number throws <see cref="FregFeedProtocolException"/> rather than looping.
    /// One reader reads one feed at a time: do not enumerate two <see cref="ReadAsync(long, CancellationToken)"/> calls
    /// of the same instance at once.
    /// </remarks>
    /// <typeparam name="TEntry">The generated feed-entry type.</typeparam>
    public sealed class FregFeedReader<TEntry>
    {
        private readonly FregFeedPageFetcher<TEntry> fetch;
        private readonly Func<TEntry, long> sequenceOf;
        private readonly FregFeedReaderOptions options;

        /// <summary>Creates a reader.</summary>
        /// <param name="fetch">Fetches one page (the generated adapter around <c>hentFeedSide</c>).</param>
        /// <param name="sequenceOf">Gives an entry's <c>sekvensnummer</c>.</param>
        /// <param name="options">Follow mode, poll interval and clock; defaults when <see langword="null"/>.</param>
        public FregFeedReader(FregFeedPageFetcher<TEntry> fetch, Func<TEntry, long> sequenceOf, FregFeedReaderOptions? options = null)
        {
            ArgumentNullException.ThrowIfNull(fetch);
            ArgumentNullException.ThrowIfNull(sequenceOf);
            this.fetch = fetch;
            this.sequenceOf = sequenceOf;
            this.options = options ?? new FregFeedReaderOptions();
            ArgumentOutOfRangeException.ThrowIfLessThan(this.options.PollInterval, TimeSpan.Zero, "options.PollInterval");
            ArgumentNullException.ThrowIfNull(this.options.TimeProvider, "options.TimeProvider");
        }

        /// <summary>The rights package whose feed this is, for the <c>freg.rights_package</c> tag of the feed metrics.</summary>
        public string? RightsPackage { get; init; }

        /// <summary>The <c>ETag</c> of the last answer that had one.</summary>
        public string? ETag { get; private set; }

        /// <summary>The sequence number of the last entry read, or <see langword="null"/> before the first.</summary>
        public long? LastSequence { get; private set; }

        /// <summary>The sequence number the next request starts at: the last one read + 1.</summary>
        public long NextSequence { get; private set; }

        /// <summary>Whether the last answer said there is nothing more (an empty page or 304).</summary>
        public bool IsCaughtUp { get; private set; }

        /// <summary>Called each time the reader has caught up, before it stops or waits to poll again.</summary>
        internal Func<CancellationToken, ValueTask>? CaughtUp { get; set; }

        /// <summary>Reads entries from <paramref name="fromSequence"/> on.</summary>
        /// <param name="fromSequence">The first sequence number wanted (inclusive), usually a stored checkpoint.</param>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <returns>The entries in sequence order, each once.</returns>
        public IAsyncEnumerable<TEntry> ReadAsync(long fromSequence, CancellationToken cancellationToken = default)
            => ReadAsync(fromSequence, null, cancellationToken);

        /// <summary>Reads entries from <paramref name="fromSequence"/> on, starting with a known <c>ETag</c> for that number.</summary>
        /// <param name="fromSequence">The first sequence number wanted (inclusive), usually a stored checkpoint.</param>
        /// <param name="ifNoneMatch">The <c>ETag</c> of an earlier empty answer for <paramref name="fromSequence"/>, or <see langword="null"/>.</param>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <returns>The entries in sequence order, each once.</returns>
        public async IAsyncEnumerable<TEntry> ReadAsync(
            long fromSequence,
            string? ifNoneMatch,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
            NextSequence = fromSequence;
            LastSequence = null;
            ETag = ifNoneMatch;
            IsCaughtUp = false;
            var eTagForNextRequest = ifNoneMatch;

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var requested = NextSequence;
                var page = await fetch(requested, eTagForNextRequest, cancellationToken).ConfigureAwait(false)
                    ?? throw new FregFeedProtocolException("The feed page fetcher returned no page.");

                CountPage(page);
                if (page.NotModified || page.Entries.Count == 0)
                {
                    if (page.ETag is not null)
                    {
                        ETag = page.ETag;
                        eTagForNextRequest = page.ETag;
                    }

                    IsCaughtUp = true;
                    if (CaughtUp is { } caughtUp)
                    {
                        await caughtUp(cancellationToken).ConfigureAwait(false);
                    }

                    if (!options.Follow)
                    {
                        yield break;
                    }

                    await Task.Delay(options.PollInterval, options.TimeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                IsCaughtUp = false;
                var readAny = false;
                foreach (var entry in InSequenceOrder(page.Entries))
                {
                    var sequence = sequenceOf(entry);
                    if (sequence < NextSequence)
                    {
                        // Below the requested number, or a repeat within the page: already read.
                        continue;
                    }

                    LastSequence = sequence;
                    NextSequence = checked(sequence + 1);
                    readAny = true;
                    yield return entry;
                }

                if (!readAny)
                {
                    throw new FregFeedProtocolException(
                        $"Freg's event feed answered {page.Entries.Count} entries for seq={requested}, all below it; the feed would not advance.");
                }

                // This ETag describes the answer for `requested`; the next request is for another seq, so it is not sent.
                ETag = page.ETag ?? ETag;
                eTagForNextRequest = null;
            }
        }

        private void CountPage(FregFeedPage<TEntry> page)
            => FregTelemetry.FeedPages.Add(
                1,
                new KeyValuePair<string, object?>(FregTelemetry.Tags.RightsPackage, RightsPackage),
                new KeyValuePair<string, object?>(FregTelemetry.Tags.FeedPageResult, page.NotModified ? "not_modified" : page.Entries.Count == 0 ? "empty" : "entries"));

        private IEnumerable<TEntry> InSequenceOrder(IReadOnlyList<TEntry> entries)
        {
            for (var i = 1; i < entries.Count; i++)
            {
                if (sequenceOf(entries[i]) < sequenceOf(entries[i - 1]))
                {
                    return entries.OrderBy(sequenceOf);
                }
            }

            return entries;
        }
    }
}
