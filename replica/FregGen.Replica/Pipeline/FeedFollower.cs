using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using FregGen.Replica.Documents;
using FregGen.Replica.Storage;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Replica;
using Microsoft.Extensions.Logging;

namespace FregGen.Replica.Pipeline
{
    /// <summary>
    /// Applies the feed from the checkpoint: pages are read ahead into batches of <see cref="FregReplicaOptions.FeedBatchSize"/>
    /// events (at most <see cref="FregReplicaOptions.MaxEventsInFlight"/> read but not applied), the persons a batch
    /// touches are looked up in bulk — each once, after every event of the batch — and written with the checkpoint
    /// (last sequence + 1) in one transaction. A batch's lookups start only when the previous batch's lookups are done,
    /// so a later batch never stores an older document; its write overlaps the next batch's lookups.
    /// </summary>
    internal sealed class FeedFollower : ReplicaStage
    {
        private readonly bool readsStore;

        public FeedFollower(LeaderSession session, IFregReplicaSource source, FregReplicaOptions options, TransientRetry retry, ILogger logger)
            : base(session, source, options, retry, logger)
        {
            // The filter and partial refetches read the store, which must then hold every earlier batch: no overlap.
            readsStore = options.OnlyKnownPersons || options.PartsByEventType.Count > 0;
        }

        public async Task RunAsync(bool follow, CancellationToken cancellationToken)
        {
            string? eTag = null;
            while (true)
            {
                eTag = await CatchUpAsync(eTag, cancellationToken).ConfigureAwait(false);
                FregReplicaLog.CaughtUp(Logger, Session.Checkpoint.NextSequence);
                Session.ReportCaughtUp();
                if (!follow)
                {
                    return;
                }

                await Task.Delay(Options.PollInterval, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Applies everything up to the end of the feed; returns the ETag of the last (empty) answer.</summary>
        private async Task<string?> CatchUpAsync(string? eTag, CancellationToken cancellationToken)
        {
            var start = Session.Checkpoint.NextSequence;
            var reader = new FregFeedReader<FregReplicaFeedEntry>(FetchAsync, entry => entry.Sequence, new FregFeedReaderOptions { TimeProvider = Options.TimeProvider });
            // Read ahead in the channel, plus the batch being filled, the one being looked up and the one being written.
            var capacity = Math.Max(1, (Options.MaxEventsInFlight / Options.FeedBatchSize) - 3);
            var batches = Channel.CreateBounded<List<FregReplicaFeedEntry>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var producer = ProduceAsync(reader, start, eTag, batches.Writer, stop.Token);
            var applying = Task.CompletedTask;
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    var prepared = await PrepareAsync(batch, stop.Token).ConfigureAwait(false);
                    await applying.ConfigureAwait(false);
                    applying = ApplyAsync(prepared, stop.Token);
                    if (readsStore)
                    {
                        await applying.ConfigureAwait(false);
                    }
                }

                await applying.ConfigureAwait(false);
                await producer.ConfigureAwait(false);
                return reader.ETag;
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await Observe(applying).ConfigureAwait(false);
                await Observe(producer).ConfigureAwait(false);
                throw;
            }
        }

        private async Task ProduceAsync(FregFeedReader<FregReplicaFeedEntry> reader, long start, string? eTag, ChannelWriter<List<FregReplicaFeedEntry>> writer, CancellationToken cancellationToken)
        {
            try
            {
                var batch = new List<FregReplicaFeedEntry>(Math.Min(Options.FeedBatchSize, 4096));
                await foreach (var entry in reader.ReadAsync(start, eTag, cancellationToken).ConfigureAwait(false))
                {
                    batch.Add(entry);
                    if (batch.Count >= Options.FeedBatchSize)
                    {
                        await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                        batch = new List<FregReplicaFeedEntry>(batch.Count);
                    }
                }

                if (batch.Count > 0)
                {
                    await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                }

                writer.Complete();
            }
            catch (Exception exception)
            {
                writer.Complete(exception);
                throw;
            }
        }

        private async Task<FregFeedPage<FregReplicaFeedEntry>> FetchAsync(long sequence, string? ifNoneMatch, CancellationToken cancellationToken)
        {
            var page = await Retry.RunAsync("Reading the feed", token => Source.GetFeedPageAsync(sequence, ifNoneMatch, token), cancellationToken).ConfigureAwait(false);
            return new FregFeedPage<FregReplicaFeedEntry>(page.Entries, page.ETag, page.NotModified);
        }

        private async Task<PreparedBatch> PrepareAsync(List<FregReplicaFeedEntry> batch, CancellationToken cancellationToken)
        {
            // The persons the batch touches, each with the sequence number and document id of its last event.
            var touched = new Dictionary<string, Touch>(StringComparer.Ordinal);
            foreach (var entry in batch)
            {
                if (entry.Identifier is not { Length: > 0 } identifier)
                {
                    continue;
                }

                if (!touched.TryGetValue(identifier, out var touch))
                {
                    touch = new Touch();
                    touched.Add(identifier, touch);
                }

                touch.Sequence = entry.Sequence;
                touch.PersonDocumentId = entry.PersonDocumentId ?? touch.PersonDocumentId;
                touch.Types.Add(entry.EventType ?? string.Empty);
            }

            IReadOnlyDictionary<string, string> known = new Dictionary<string, string>();
            if (readsStore && touched.Count > 0)
            {
                known = await Retry.RunAsync("Reading the store", token => Session.Store.ResolveIdentifiersAsync(touched.Keys, token), cancellationToken).ConfigureAwait(false);
            }

            var wanted = touched.Where(pair => !Options.OnlyKnownPersons || known.ContainsKey(pair.Key) || pair.Value.Types.Overlaps(Options.IdentityEventTypes)).ToList();
            var candidates = new List<PersonCandidate>();
            var notFound = 0;

            // Full refetch, or only the properties the events concern (merged into the stored person).
            var partial = new Dictionary<string, (Touch Touch, string[] Properties)>(StringComparer.Ordinal);
            if (Options.PartsByEventType.Count > 0)
            {
                foreach (var (identifier, touch) in wanted)
                {
                    if (known.TryGetValue(identifier, out var current) && current == identifier && PartialProperties(touch) is { } properties)
                    {
                        partial.Add(identifier, (touch, properties));
                    }
                }
            }

            var full = wanted.Where(pair => !partial.ContainsKey(pair.Key)).Select(pair => pair.Key).ToList();
            var fetched = await LookUpAsync(full, Options.Parts, cancellationToken).ConfigureAwait(false);
            var missing = new List<string>();
            foreach (var identifier in full)
            {
                if (fetched.TryGetValue(identifier, out var document))
                {
                    candidates.Add(new PersonCandidate(document, identifier, touched[identifier].Sequence, touched[identifier].Sequence));
                }
                else
                {
                    missing.Add(identifier);
                }
            }

            notFound += await FetchArchivedAsync(missing, touched, candidates, cancellationToken).ConfigureAwait(false);
            candidates = await AddIdentityHistoryAsync(candidates, touched, cancellationToken).ConfigureAwait(false);
            if (partial.Count > 0)
            {
                await MergePartialAsync(partial, candidates, cancellationToken).ConfigureAwait(false);
            }

            if (Options.OnlyKnownPersons)
            {
                candidates = await KeepKnownAsync(candidates, known, cancellationToken).ConfigureAwait(false);
            }

            var (writes, protectedCount) = Builder.Build(candidates);
            var delta = new FregReplicaCounters { EventsApplied = batch.Count, PersonsUpdated = writes.Count, ProtectedAddresses = protectedCount, NotFound = notFound };
            var record = new FregReplicaBatchRecord("feed", batch[0].Sequence, batch[^1].Sequence, null, null, null, batch.Count, writes.Count);
            return new PreparedBatch(batch, writes, delta, record);
        }

        private async Task ApplyAsync(PreparedBatch prepared, CancellationToken cancellationToken)
        {
            var next = prepared.Entries[^1].Sequence + 1;
            await Session.ApplyAsync(current => current with { NextSequence = next }, prepared.Writes, prepared.Delta, prepared.Record, cancellationToken).ConfigureAwait(false);
            Session.CountEvents(prepared.Entries.Select(entry => entry.EventType));
        }

        /// <summary>Bulk lookups of 1000, several at once; the documents by the number asked for.</summary>
        private async Task<Dictionary<string, byte[]>> LookUpAsync(IReadOnlyList<string> identifiers, IReadOnlyList<string> parts, CancellationToken cancellationToken)
        {
            var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            if (identifiers.Count == 0)
            {
                return documents;
            }

            var chunks = identifiers.Chunk(Options.LookupBatchSize).ToList();
            var results = new IReadOnlyList<FregReplicaPersonDocument>[chunks.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, chunks.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Options.MaxConcurrentLookups, CancellationToken = cancellationToken },
                async (index, token) => results[index] = await Retry.RunAsync("Looking up persons", t => Source.LookUpPersonsAsync(chunks[index], parts, t), token).ConfigureAwait(false)).ConfigureAwait(false);
            foreach (var result in results.SelectMany(r => r))
            {
                if (result is { Key: { } key, Document: { } document })
                {
                    documents[key] = document;
                }
            }

            return documents;
        }

        /// <summary>
        /// Persons Freg did not return by number (a number that has ceased since the event): the archived document the
        /// event produced, when the feed names it and the package may fetch archived documents; else counted as not found.
        /// </summary>
        private async Task<int> FetchArchivedAsync(List<string> missing, Dictionary<string, Touch> touched, List<PersonCandidate> candidates, CancellationToken cancellationToken)
        {
            var withDocument = missing.Where(identifier => touched[identifier].PersonDocumentId is not null).ToList();
            if (withDocument.Count == 0 || (Source.Capabilities & FregReplicaCapabilities.ArchivedPersonBulkLookup) == 0)
            {
                return missing.Count;
            }

            var found = 0;
            foreach (var chunk in withDocument.Chunk(Options.LookupBatchSize))
            {
                var ids = chunk.Select(identifier => touched[identifier].PersonDocumentId!).ToArray();
                var results = await Retry.RunAsync("Looking up archived persons", token => Source.LookUpArchivedPersonsAsync(ids, Options.Parts, token), cancellationToken).ConfigureAwait(false);
                var byDocument = results.Where(r => r.Document is not null && r.Key is not null).ToDictionary(r => r.Key!, r => r.Document!, StringComparer.Ordinal);
                for (var i = 0; i < chunk.Length; i++)
                {
                    var document = byDocument.TryGetValue(ids[i], out var keyed) ? keyed : results.Count == chunk.Length && results[i].Key is null ? results[i].Document : null;
                    if (document is not null)
                    {
                        var touch = touched[chunk[i]];
                        candidates.Add(new PersonCandidate(document, chunk[i], touch.Sequence, touch.Sequence));
                        found++;
                    }
                }
            }

            return missing.Count - found;
        }

        /// <summary>
        /// For persons with an identity event: every number they have had (parts identifikasjonsnummer + historikk), since
        /// without historikk a document holds only the current number and the stored person under the ceased one would
        /// not be found to re-key.
        /// </summary>
        private async Task<List<PersonCandidate>> AddIdentityHistoryAsync(List<PersonCandidate> candidates, Dictionary<string, Touch> touched, CancellationToken cancellationToken)
        {
            var identities = candidates
                .Where(c => c.RequestedKey is { } key && touched.TryGetValue(key, out var touch) && touch.Types.Overlaps(Options.IdentityEventTypes))
                .Select(c => c.RequestedKey!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (identities.Count == 0 || !AcceptsParts(HistoryParts))
            {
                return candidates;
            }

            var history = await LookUpAsync(identities, HistoryParts, cancellationToken).ConfigureAwait(false);
            return candidates
                .Select(c => c.RequestedKey is { } key && history.TryGetValue(key, out var document)
                    ? c with { History = PersonDocumentIndex.Read(document, Array.Empty<string>()).Identifiers }
                    : c)
                .ToList();
        }

        private static readonly string[] HistoryParts = { "identifikasjonsnummer", "historikk" };

        private bool AcceptsParts(IEnumerable<string> parts)
            => Source.PartValues.Count == 0 || parts.All(part => Source.PartValues.Contains(part, StringComparer.OrdinalIgnoreCase));

        private string[]? PartialProperties(Touch touch)
        {
            var properties = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var type in touch.Types)
            {
                if (!Options.PartsByEventType.TryGetValue(type, out var parts))
                {
                    return null;
                }

                properties.UnionWith(parts);
            }

            return properties.ToArray();
        }

        private async Task MergePartialAsync(Dictionary<string, (Touch Touch, string[] Properties)> partial, List<PersonCandidate> candidates, CancellationToken cancellationToken)
        {
            var stored = await Retry.RunAsync("Reading the store", token => Session.Store.ReadDocumentsAsync(partial.Keys, token), cancellationToken).ConfigureAwait(false);
            foreach (var group in partial.Where(p => stored.ContainsKey(p.Key)).GroupBy(p => string.Join(",", p.Value.Properties), StringComparer.Ordinal))
            {
                var properties = group.First().Value.Properties;
                var fetched = await LookUpAsync(group.Select(p => p.Key).ToList(), properties, cancellationToken).ConfigureAwait(false);
                foreach (var (identifier, (touch, _)) in group)
                {
                    fetched.TryGetValue(identifier, out var update);
                    if (update is null)
                    {
                        continue;
                    }

                    candidates.Add(new PersonCandidate(PersonDocumentEditor.Merge(stored[identifier], update, properties), identifier, touch.Sequence, touch.Sequence));
                }
            }
        }

        /// <summary>With <see cref="FregReplicaOptions.OnlyKnownPersons"/>: documents of persons the store has under any of their numbers.</summary>
        private async Task<List<PersonCandidate>> KeepKnownAsync(List<PersonCandidate> candidates, IReadOnlyDictionary<string, string> known, CancellationToken cancellationToken)
        {
            var unknown = candidates.Where(c => c.RequestedKey is null || !known.ContainsKey(c.RequestedKey)).ToList();
            if (unknown.Count == 0)
            {
                return candidates;
            }

            var indexes = unknown.ToDictionary(c => c, c => (IReadOnlyList<string>)PersonDocumentIndex.Read(c.Document, Options.AddressProperties).Identifiers.Concat(c.History ?? Array.Empty<string>()).ToList());
            var stored = await Retry.RunAsync("Reading the store", token => Session.Store.ResolveIdentifiersAsync(indexes.Values.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).ToList(), token), cancellationToken).ConfigureAwait(false);
            return candidates.Where(c => !indexes.TryGetValue(c, out var ids) || ids.Any(stored.ContainsKey)).ToList();
        }

        private static async Task Observe(Task task)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Already failing; the first exception is the one reported.
            }
        }

        private sealed class Touch
        {
            public long Sequence { get; set; }

            public string? PersonDocumentId { get; set; }

            public HashSet<string> Types { get; } = new(StringComparer.Ordinal);
        }

        private sealed record PreparedBatch(List<FregReplicaFeedEntry> Entries, List<FregReplicaPersonWrite> Writes, FregReplicaCounters Delta, FregReplicaBatchRecord Record);
    }
}
