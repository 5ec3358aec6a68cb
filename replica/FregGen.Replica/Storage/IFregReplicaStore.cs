using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Replica.Storage
{
    /// <summary>
    /// Where a replica keeps its persons, its checkpoint and its leader lease. <see cref="ApplyAsync"/> writes a batch's
    /// persons and the new checkpoint in one transaction, and only when the checkpoint is still the version the batch
    /// was built on and the writer still holds the lease: a crash at any point leaves either the whole batch with its
    /// checkpoint or neither, and a deposed leader cannot apply a batch twice.
    /// </summary>
    public interface IFregReplicaStore : IAsyncDisposable
    {
        /// <summary>A short name for logs and reports (<c>sqlite</c>, <c>postgresql</c>, <c>discard</c>).</summary>
        string Name { get; }

        /// <summary>Creates the schema, or migrates it to this library's version. Safe to call from several instances at once.</summary>
        /// <param name="cancellationToken">Cancels the work.</param>
        /// <returns>A task that completes when the schema is current.</returns>
        Task InitializeAsync(CancellationToken cancellationToken);

        /// <summary>Reads the checkpoint.</summary>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The checkpoint; <see cref="FregReplicaPhase.Empty"/> before the first batch.</returns>
        Task<FregReplicaCheckpoint> LoadCheckpointAsync(CancellationToken cancellationToken);

        /// <summary>Takes the leader lease when nobody holds it or it has expired.</summary>
        /// <param name="holder">This instance's name.</param>
        /// <param name="duration">How long the lease lasts unless renewed.</param>
        /// <param name="cancellationToken">Cancels the attempt.</param>
        /// <returns>The new lease's epoch (the fencing token), or <see langword="null"/> when another instance holds it.</returns>
        Task<long?> TryAcquireLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken);

        /// <summary>Extends the lease.</summary>
        /// <param name="holder">This instance's name.</param>
        /// <param name="epoch">The epoch it was acquired with.</param>
        /// <param name="duration">How long the lease lasts from now.</param>
        /// <param name="cancellationToken">Cancels the attempt.</param>
        /// <returns><see langword="false"/> when the lease is no longer this holder's (expired and taken, or released).</returns>
        Task<bool> RenewLeaseAsync(string holder, long epoch, TimeSpan duration, CancellationToken cancellationToken);

        /// <summary>Gives the lease up, so that another instance can take over at once.</summary>
        /// <param name="holder">This instance's name.</param>
        /// <param name="epoch">The epoch it was acquired with.</param>
        /// <param name="cancellationToken">Cancels the attempt.</param>
        /// <returns>A task that completes when released (or when it was not this holder's any more).</returns>
        Task ReleaseLeaseAsync(string holder, long epoch, CancellationToken cancellationToken);

        /// <summary>Who holds the lease now, for monitoring and tests.</summary>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The holder and epoch, or <see langword="null"/> when nobody holds a live lease.</returns>
        Task<FregReplicaLease?> ReadLeaseAsync(CancellationToken cancellationToken);

        /// <summary>Writes a batch and its checkpoint in one transaction.</summary>
        /// <param name="changes">The persons, the checkpoint the batch was built on and the new one.</param>
        /// <param name="cancellationToken">Cancels the write (rolled back).</param>
        /// <returns>What the transaction did.</returns>
        /// <exception cref="FregReplicaConflictException">The checkpoint moved or the lease is not this writer's: nothing was written.</exception>
        Task<FregReplicaApplyResult> ApplyAsync(FregReplicaChangeSet changes, CancellationToken cancellationToken);

        /// <summary>Maps identity numbers, current or earlier, to the current identity number of a stored person.</summary>
        /// <param name="identifiers">The numbers to look for.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>Each known number and the current number of its person.</returns>
        Task<IReadOnlyDictionary<string, string>> ResolveIdentifiersAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken);

        /// <summary>Reads stored persons by current identity number (the document with sealed addresses put back).</summary>
        /// <param name="identifiers">Current identity numbers.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The full stored documents of those found.</returns>
        Task<IReadOnlyDictionary<string, byte[]>> ReadDocumentsAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken);

        /// <summary>Finds a person by any of their identity numbers, current or earlier.</summary>
        /// <param name="identifier">A fødselsnummer or d-nummer.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The person, or <see langword="null"/>.</returns>
        Task<FregStoredPerson?> FindPersonAsync(string identifier, CancellationToken cancellationToken);

        /// <summary>Every stored person, in identity-number order.</summary>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The persons.</returns>
        IAsyncEnumerable<FregStoredPerson> ReadAllPersonsAsync(CancellationToken cancellationToken);

        /// <summary>The batches applied, oldest first (kept for <see cref="FregReplicaStoreOptions.BatchLogRetention"/>).</summary>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The log.</returns>
        IAsyncEnumerable<FregReplicaBatchRecord> ReadBatchLogAsync(CancellationToken cancellationToken);
    }
}
