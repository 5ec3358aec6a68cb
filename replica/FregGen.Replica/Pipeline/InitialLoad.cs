using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.Storage;
using FregGen.Runtime.Replica;
using Microsoft.Extensions.Logging;

namespace FregGen.Replica.Pipeline
{
    /// <summary>
    /// Fills an empty replica from extracts (Skatteetaten's uttrekk.md): reads the feed's last sequence number, orders
    /// the extract(s) — complete and pinned to that number, or tailored — polls each job's batches from 0 (404/429 mean
    /// "not ready": wait and ask again; <c>{}</c> means no more), looks the items up in bulk (1000 per request, several in
    /// flight) and stores them. Every stored chunk moves its job's progress (batch, offset) in the same transaction, so a
    /// crash resumes at the next chunk; the feed then continues from the pinned number + 1.
    /// </summary>
    internal sealed class InitialLoad : ReplicaStage
    {
        private const string CompleteMode = "complete";
        private const string TailoredMode = "tailored";

        public InitialLoad(LeaderSession session, IFregReplicaSource source, FregReplicaOptions options, TransientRetry retry, ILogger logger)
            : base(session, source, options, retry, logger)
        {
        }

        public async Task RunAsync(FregInitialLoadMode mode, CancellationToken cancellationToken)
        {
            if (Session.Checkpoint.Phase == FregReplicaPhase.Empty)
            {
                await StartAsync(mode, cancellationToken).ConfigureAwait(false);
            }

            if (Session.Checkpoint.Phase != FregReplicaPhase.Loading)
            {
                return;
            }

            var load = Session.Checkpoint.Load ?? throw new InvalidOperationException("The replica's checkpoint is 'loading' without load progress.");
            using var jobSlots = new SemaphoreSlim(Options.MaxConcurrentExtractJobs);
            using var lookupSlots = new SemaphoreSlim(Options.MaxConcurrentLookups);
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var jobs = load.Jobs.Where(job => !job.Done).Select(job => RunJobAsync(load, job.Filter, jobSlots, lookupSlots, failed)).ToList();
            await Task.WhenAll(jobs).ConfigureAwait(false);

            var persons = Session.Checkpoint.Counters.PersonsLoaded;
            await Session.ApplyStateAsync(current => current with { Phase = FregReplicaPhase.Following, Load = null }, cancellationToken).ConfigureAwait(false);
            FregReplicaLog.LoadCompleted(Logger, persons, Session.Checkpoint.NextSequence);
        }

        private async Task StartAsync(FregInitialLoadMode mode, CancellationToken cancellationToken)
        {
            if (mode == FregInitialLoadMode.None)
            {
                var start = Options.FeedStartSequence
                    ?? await Retry.RunAsync("Reading the last sequence number", Source.GetLastSequenceNumberAsync, cancellationToken).ConfigureAwait(false) + 1;
                await Session.ApplyStateAsync(current => current with { Phase = FregReplicaPhase.Following, NextSequence = start }, cancellationToken).ConfigureAwait(false);
                return;
            }

            // Tailored extracts are not pinned: the feed continues after the last number read before they are ordered,
            // so every change made while they run is applied again afterwards.
            var pinned = await Retry.RunAsync("Reading the last sequence number", Source.GetLastSequenceNumberAsync, cancellationToken).ConfigureAwait(false);
            var complete = mode == FregInitialLoadMode.Complete;
            var jobs = complete
                ? new[] { new FregReplicaLoadJob(0, null, 0, 0, false) }
                : Options.TailoredExtracts.Select((_, index) => new FregReplicaLoadJob(index, null, 0, 0, false)).ToArray();
            var load = new FregReplicaLoadState(complete ? CompleteMode : TailoredMode, pinned, jobs);
            await Session.ApplyStateAsync(current => current with { Phase = FregReplicaPhase.Loading, NextSequence = pinned + 1, Load = load }, cancellationToken).ConfigureAwait(false);
            FregReplicaLog.LoadStarted(Logger, load.Mode, jobs.Length, pinned + 1);
        }

        private async Task RunJobAsync(FregReplicaLoadState load, int filter, SemaphoreSlim jobSlots, SemaphoreSlim lookupSlots, CancellationTokenSource failed)
        {
            var cancellationToken = failed.Token;
            await jobSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (!JobOf(filter).Done)
                {
                    if (JobOf(filter).JobId is null)
                    {
                        var jobId = await Retry.RunAsync("Ordering an extract", token => Order(load, filter, token), cancellationToken).ConfigureAwait(false);
                        await UpdateJobAsync(filter, _ => new FregReplicaLoadJob(filter, jobId, 0, 0, false), cancellationToken).ConfigureAwait(false);
                    }

                    if (!await StoreJobAsync(JobOf(filter), lookupSlots, cancellationToken).ConfigureAwait(false))
                    {
                        FregReplicaLog.ExtractJobGone(Logger, filter);
                        await UpdateJobAsync(filter, _ => new FregReplicaLoadJob(filter, null, 0, 0, false), cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch
            {
                // One job's failure stops the others: the run ends and resumes from the stored progress.
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                jobSlots.Release();
            }
        }

        private Task<string> Order(FregReplicaLoadState load, int filter, CancellationToken cancellationToken)
            => load.Mode == CompleteMode
                ? Source.StartCompleteExtractAsync(load.PinnedSequence, cancellationToken)
                : Source.StartTailoredExtractAsync(Options.TailoredExtracts[filter], cancellationToken);

        private async Task<FregExtractBatch> WaitForBatchAsync(string jobId, long batchNumber, CancellationToken cancellationToken)
        {
            var started = Options.TimeProvider.GetUtcNow();
            var wait = Options.ExtractPollInterval;
            while (true)
            {
                var batch = await Retry.RunAsync("Reading an extract batch", token => Source.ReadExtractBatchAsync(jobId, batchNumber, token), cancellationToken).ConfigureAwait(false);
                if (batch.Status != FregExtractBatchStatus.NotReady)
                {
                    return batch;
                }

                if (Options.TimeProvider.GetUtcNow() - started > Options.ExtractTimeout)
                {
                    throw new TimeoutException("The extract job was not ready within " + Options.ExtractTimeout + " (ExtractTimeout).");
                }

                var delay = batch.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero ? retryAfter : wait;
                await Task.Delay(delay, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }

        /// <summary>
        /// Stores a job from its progress on: batches are read and chunks looked up ahead (at most
        /// <see cref="FregReplicaOptions.MaxConcurrentLookups"/> in flight, also across batches), and stored in order, each
        /// chunk with the job's new progress. Returns false when Freg no longer knows the job (after storing what was fetched).
        /// </summary>
        private async Task<bool> StoreJobAsync(FregReplicaLoadJob job, SemaphoreSlim lookupSlots, CancellationToken cancellationToken)
        {
            var jobId = job.JobId!;
            var batchNumber = job.NextBatch;
            var offset = job.NextOffset;
            IReadOnlyList<string>? items = null;
            var kind = FregExtractItemKind.Identifiers;
            var reading = true;
            var gone = false;
            var ended = false;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var pending = new Queue<(Task<PreparedChunk> Task, long Batch, int Offset, int End, bool LastOfBatch)>();
            try
            {
                while (reading || pending.Count > 0)
                {
                    if (reading && pending.Count < Options.MaxConcurrentLookups)
                    {
                        if (items is null)
                        {
                            FregExtractBatch batch;
                            try
                            {
                                batch = await WaitForBatchAsync(jobId, batchNumber, cancellationToken).ConfigureAwait(false);
                            }
                            catch (FregExtractJobGoneException)
                            {
                                (reading, gone) = (false, true);
                                continue;
                            }

                            if (batch.Status == FregExtractBatchStatus.End)
                            {
                                (reading, ended) = (false, true);
                                continue;
                            }

                            (items, kind) = (batch.Items, batch.Kind);
                        }

                        if (offset >= items.Count)
                        {
                            // Resumed at the end of a batch: on to the next (the next stored chunk records it).
                            (items, batchNumber, offset) = (null, batchNumber + 1, 0);
                            continue;
                        }

                        var count = Math.Min(Options.LookupBatchSize, items.Count - offset);
                        var last = offset + count >= items.Count;
                        pending.Enqueue((PrepareAsync(Slice(items, offset, count), kind, offset, lookupSlots, stop.Token), batchNumber, offset, offset + count, last));
                        (items, batchNumber, offset) = last ? (null, batchNumber + 1, 0) : (items, batchNumber, offset + count);
                        continue;
                    }

                    var (task, chunkBatch, chunkOffset, end, lastOfBatch) = pending.Dequeue();
                    var prepared = await task.ConfigureAwait(false);
                    var record = new FregReplicaBatchRecord("load", null, null, jobId, chunkBatch, chunkOffset, prepared.Requested, prepared.Writes.Count);
                    var delta = new FregReplicaCounters { PersonsLoaded = prepared.Writes.Count, ProtectedAddresses = prepared.Protected, NotFound = prepared.NotFound };
                    await Session.ApplyAsync(
                        current => WithJob(current, job.Filter, existing => existing with { NextBatch = lastOfBatch ? chunkBatch + 1 : chunkBatch, NextOffset = lastOfBatch ? 0 : end }),
                        prepared.Writes,
                        delta,
                        record,
                        cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
                while (pending.Count > 0)
                {
                    try
                    {
                        await pending.Dequeue().Task.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // Lookups started ahead of a failure are abandoned; the next run repeats them.
                    }
                }
            }

            if (ended)
            {
                await UpdateJobAsync(job.Filter, current => current with { Done = true }, cancellationToken).ConfigureAwait(false);
            }

            return !gone;
        }

        private async Task<PreparedChunk> PrepareAsync(IReadOnlyList<string> chunk, FregExtractItemKind kind, int offset, SemaphoreSlim lookupSlots, CancellationToken cancellationToken)
        {
            await lookupSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyList<FregReplicaPersonDocument> results;
            try
            {
                results = kind == FregExtractItemKind.DocumentIds
                    ? await Retry.RunAsync("Looking up archived persons", token => Source.LookUpArchivedPersonsAsync(chunk, Options.Parts, token), cancellationToken).ConfigureAwait(false)
                    : await Retry.RunAsync("Looking up persons", token => Source.LookUpPersonsAsync(chunk, Options.Parts, token), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                lookupSlots.Release();
            }

            var candidates = new List<PersonCandidate>(results.Count);
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Document is { } document)
                {
                    candidates.Add(new PersonCandidate(document, kind == FregExtractItemKind.Identifiers ? results[i].Key : null, offset + i, null));
                }
            }

            var (writes, protectedCount) = Builder.Build(candidates);
            return new PreparedChunk(writes, protectedCount, Math.Max(0, chunk.Count - candidates.Count), chunk.Count);
        }

        private FregReplicaLoadJob JobOf(int filter)
            => Session.Checkpoint.Load?.Jobs.FirstOrDefault(job => job.Filter == filter) ?? throw new InvalidOperationException("The replica's load progress lost a job.");

        private Task<FregReplicaCheckpoint> UpdateJobAsync(int filter, Func<FregReplicaLoadJob, FregReplicaLoadJob> change, CancellationToken cancellationToken)
            => Session.ApplyStateAsync(current => WithJob(current, filter, change), cancellationToken);

        private static FregReplicaCheckpoint WithJob(FregReplicaCheckpoint checkpoint, int filter, Func<FregReplicaLoadJob, FregReplicaLoadJob> change)
        {
            var load = checkpoint.Load ?? throw new InvalidOperationException("The replica's checkpoint has no load progress.");
            var jobs = load.Jobs.Select(job => job.Filter == filter ? change(job) : job).ToArray();
            return checkpoint with { Load = load with { Jobs = jobs } };
        }

        private static IReadOnlyList<string> Slice(IReadOnlyList<string> items, int offset, int count)
        {
            var slice = new string[count];
            for (var i = 0; i < count; i++)
            {
                slice[i] = items[offset + i];
            }

            return slice;
        }

        private sealed record PreparedChunk(List<FregReplicaPersonWrite> Writes, int Protected, int NotFound, int Requested);
    }
}
