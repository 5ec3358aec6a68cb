using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FregGen.Runtime.Feed
{
    /// <summary>
    /// Keeps a consumer in step with Freg's event feed, at least once: it reads from the stored checkpoint, hands each
    /// event to a handler in sequence order, and moves the checkpoint (last handled + 1) only after the handler has
    /// completed every earlier event. A failure anywhere — fetch, handler, or saving the checkpoint — stops the run
    /// without moving the checkpoint past an unhandled event, so the next run resumes without losing one (events since
    /// the last saved checkpoint are handled again: make the handler idempotent).
    /// </summary>
    /// <typeparam name="TEntry">The generated feed-entry type.</typeparam>
    public sealed class FregFeedProcessor<TEntry>
    {
        private readonly FregFeedPageFetcher<TEntry> fetch;
        private readonly Func<TEntry, long> sequenceOf;
        private readonly IFregFeedCheckpointStore checkpointStore;
        private readonly FregFeedProcessorOptions options;
        private readonly ILogger logger;

        /// <summary>Creates a processor.</summary>
        /// <param name="fetch">Fetches one page (the generated adapter around <c>hentFeedSide</c>).</param>
        /// <param name="sequenceOf">Gives an entry's <c>sekvensnummer</c>.</param>
        /// <param name="checkpointStore">Keeps the pointer between runs, for example <see cref="FileFeedCheckpointStore"/>.</param>
        /// <param name="options">Start, checkpoint frequency, follow mode, progress; defaults when <see langword="null"/>.</param>
        /// <param name="logger">Where to log sequence numbers and failures (never event contents).</param>
        public FregFeedProcessor(
            FregFeedPageFetcher<TEntry> fetch,
            Func<TEntry, long> sequenceOf,
            IFregFeedCheckpointStore checkpointStore,
            FregFeedProcessorOptions? options = null,
            ILogger? logger = null)
        {
            ArgumentNullException.ThrowIfNull(fetch);
            ArgumentNullException.ThrowIfNull(sequenceOf);
            ArgumentNullException.ThrowIfNull(checkpointStore);
            this.fetch = fetch;
            this.sequenceOf = sequenceOf;
            this.checkpointStore = checkpointStore;
            this.options = options ?? new FregFeedProcessorOptions();
            this.logger = logger ?? NullLogger.Instance;
            ArgumentOutOfRangeException.ThrowIfNegative(this.options.StartSequence, "options.StartSequence");
            ArgumentOutOfRangeException.ThrowIfLessThan(this.options.CheckpointEvery, 1, "options.CheckpointEvery");
        }

        /// <summary>The rights package whose feed this is, for the <c>freg.rights_package</c> tag of the feed metrics.</summary>
        public string? RightsPackage { get; init; }

        /// <summary>
        /// When an event happened in Freg (its <c>ajourholdstidspunkt</c>), for the <c>freg.feed.lag</c> gauge: the age of
        /// each event as it is handled, and 0 once the feed is caught up. The generated <c>CreateFeedProcessor</c> sets it.
        /// </summary>
        public Func<TEntry, DateTimeOffset?>? EventTimeOf { get; init; }

        /// <summary>
        /// Handles events from the stored checkpoint until the feed is caught up (or, with
        /// <see cref="FregFeedProcessorOptions.Follow"/>, until <paramref name="cancellationToken"/> is cancelled).
        /// </summary>
        /// <param name="handler">Handles one event; it should be idempotent, since events after the last checkpoint are repeated after a failure.</param>
        /// <param name="cancellationToken">Stops the run; progress so far is saved first.</param>
        /// <returns>What the run did.</returns>
        /// <exception cref="FregFeedSequenceTooOldException">The stored checkpoint is older than Freg keeps events (36 months).</exception>
        /// <exception cref="FregFeedCheckpointException">The checkpoint cannot be read.</exception>
        /// <exception cref="OperationCanceledException">The run was cancelled (after saving its progress).</exception>
        public async Task<FregFeedRunResult> RunAsync(Func<TEntry, CancellationToken, ValueTask> handler, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(handler);

            var stored = await checkpointStore.LoadAsync(cancellationToken).ConfigureAwait(false);
            if (stored is < 0)
            {
                throw new FregFeedCheckpointException($"The checkpoint store returned a negative sequence number ({stored}).");
            }

            var run = new RunState(stored ?? options.StartSequence, stored);
            FregFeedLog.RunStarted(logger, run.StartSequence, stored is null ? "no checkpoint yet" : "from checkpoint");

            var reader = new FregFeedReader<TEntry>(fetch, sequenceOf, new FregFeedReaderOptions
            {
                Follow = options.Follow,
                PollInterval = options.PollInterval,
                TimeProvider = options.TimeProvider,
            })
            {
                RightsPackage = RightsPackage,
            };
            var packageTag = new KeyValuePair<string, object?>(FregTelemetry.Tags.RightsPackage, RightsPackage);
            reader.CaughtUp = async token =>
            {
                await SaveIfMovedAsync(run, token).ConfigureAwait(false);
                FregTelemetry.FeedLag.Record(0, packageTag);
                ReportProgress(run, caughtUp: true);
            };

            try
            {
                await foreach (var entry in reader.ReadAsync(run.StartSequence, cancellationToken).ConfigureAwait(false))
                {
                    var sequence = sequenceOf(entry);
                    await handler(entry, cancellationToken).ConfigureAwait(false);
                    run.Handled(sequence);
                    FregTelemetry.FeedEvents.Add(1, packageTag);
                    if (EventTimeOf?.Invoke(entry) is { } eventTime)
                    {
                        var lag = options.TimeProvider.GetUtcNow() - eventTime;
                        FregTelemetry.FeedLag.Record(lag > TimeSpan.Zero ? lag.TotalSeconds : 0, packageTag);
                    }

                    if (run.SinceCheckpoint >= options.CheckpointEvery)
                    {
                        await SaveIfMovedAsync(run, cancellationToken).ConfigureAwait(false);
                        ReportProgress(run, caughtUp: false);
                    }
                }

                await SaveIfMovedAsync(run, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                FregFeedLog.RunStopped(logger, exception.GetType().Name, run.NextSequence);
                await TrySaveWhileStoppingAsync(run).ConfigureAwait(false);
                throw;
            }

            FregFeedLog.RunCompleted(logger, run.NextSequence, run.EventsHandled);
            return new FregFeedRunResult(run.StartSequence, run.NextSequence, run.EventsHandled, run.LastHandledSequence, run.CheckpointsSaved);
        }

        private async ValueTask SaveIfMovedAsync(RunState run, CancellationToken cancellationToken)
        {
            if (run.SavedSequence == run.NextSequence)
            {
                return;
            }

            var next = run.NextSequence;
            await checkpointStore.SaveAsync(next, cancellationToken).ConfigureAwait(false);
            run.Saved(next);
            FregTelemetry.FeedCheckpoint.Record(next, new KeyValuePair<string, object?>(FregTelemetry.Tags.RightsPackage, RightsPackage));
            FregFeedLog.CheckpointSaved(logger, next, run.EventsHandled);
        }

        /// <summary>
        /// Saves what was handled before the failure, so the next run repeats as little as possible. The failure itself
        /// is what the caller sees; a failing save here is only logged.
        /// </summary>
        private async ValueTask TrySaveWhileStoppingAsync(RunState run)
        {
            try
            {
                await SaveIfMovedAsync(run, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception saveFailure)
            {
                FregFeedLog.FinalCheckpointFailed(logger, run.NextSequence, saveFailure.GetType().Name);
            }
        }

        private void ReportProgress(RunState run, bool caughtUp)
            => options.Progress?.Report(new FregFeedProgress(run.EventsHandled, run.LastHandledSequence, run.NextSequence, run.SavedSequence, caughtUp));

        private sealed class RunState
        {
            internal RunState(long startSequence, long? savedSequence)
            {
                StartSequence = startSequence;
                NextSequence = startSequence;
                SavedSequence = savedSequence;
            }

            internal long StartSequence { get; }

            internal long NextSequence { get; private set; }

            internal long? LastHandledSequence { get; private set; }

            internal long? SavedSequence { get; private set; }

            internal long EventsHandled { get; private set; }

            internal int SinceCheckpoint { get; private set; }

            internal int CheckpointsSaved { get; private set; }

            internal void Handled(long sequence)
            {
                LastHandledSequence = sequence;
                NextSequence = checked(sequence + 1);
                EventsHandled++;
                SinceCheckpoint++;
            }

            internal void Saved(long nextSequence)
            {
                SavedSequence = nextSequence;
                SinceCheckpoint = 0;
                CheckpointsSaved++;
            }
        }
    }
}
