using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;

namespace FregGen.Runtime.Replica
{
    /// <summary>
    /// The base of the generated <c>FregReplicaSource</c>: what the package offers, and the mapping of Freg's status
    /// codes to what a replica does with them. Operations the package does not offer throw
    /// <see cref="FregReplicaUnsupportedException"/> with the reason the generator recorded.
    /// </summary>
    public abstract class FregReplicaSourceBase : IFregReplicaSource
    {
        private readonly IReadOnlyDictionary<FregReplicaCapabilities, string> missing;

        /// <summary>Creates the source.</summary>
        /// <param name="rightsPackageId">The rights package.</param>
        /// <param name="capabilities">The operations the package offers.</param>
        /// <param name="personProperties">The top-level person properties the package grants.</param>
        /// <param name="partValues">The part values the package accepts.</param>
        /// <param name="missing">For each capability not offered, why (naming the operation).</param>
        protected FregReplicaSourceBase(
            string rightsPackageId,
            FregReplicaCapabilities capabilities,
            IReadOnlyCollection<string> personProperties,
            IReadOnlyCollection<string> partValues,
            IReadOnlyDictionary<FregReplicaCapabilities, string> missing)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(rightsPackageId);
            ArgumentNullException.ThrowIfNull(personProperties);
            ArgumentNullException.ThrowIfNull(partValues);
            ArgumentNullException.ThrowIfNull(missing);
            RightsPackageId = rightsPackageId;
            Capabilities = capabilities;
            PersonProperties = personProperties;
            PartValues = partValues;
            this.missing = missing;
        }

        /// <inheritdoc />
        public string RightsPackageId { get; }

        /// <inheritdoc />
        public FregReplicaCapabilities Capabilities { get; }

        /// <inheritdoc />
        public IReadOnlyCollection<string> PersonProperties { get; }

        /// <inheritdoc />
        public IReadOnlyCollection<string> PartValues { get; }

        /// <inheritdoc />
        public string? DescribeMissing(FregReplicaCapabilities capability)
        {
            if ((Capabilities & capability) == capability)
            {
                return null;
            }

            var reasons = new List<string>();
            foreach (var single in Enum.GetValues<FregReplicaCapabilities>())
            {
                if (single != FregReplicaCapabilities.None && (capability & single) == single && (Capabilities & single) == 0)
                {
                    reasons.Add(missing.TryGetValue(single, out var reason) ? reason : "The rights package '" + RightsPackageId + "' does not offer " + single + ".");
                }
            }

            return string.Join(" ", reasons);
        }

        /// <inheritdoc />
        public virtual Task<long> GetLastSequenceNumberAsync(CancellationToken cancellationToken) => throw Unsupported(FregReplicaCapabilities.LastSequenceNumber);

        /// <inheritdoc />
        public virtual Task<FregReplicaFeedPage> GetFeedPageAsync(long fromSequence, string? ifNoneMatch, CancellationToken cancellationToken) => throw Unsupported(FregReplicaCapabilities.Feed);

        /// <inheritdoc />
        public virtual Task<string> StartCompleteExtractAsync(long? feedSequenceNumber, CancellationToken cancellationToken) => throw Unsupported(FregReplicaCapabilities.CompleteExtract);

        /// <inheritdoc />
        public virtual Task<string> StartTailoredExtractAsync(FregTailoredExtractFilter filter, CancellationToken cancellationToken) => throw Unsupported(FregReplicaCapabilities.TailoredExtract);

        /// <inheritdoc />
        public virtual Task<FregExtractBatch> ReadExtractBatchAsync(string jobId, long batchNumber, CancellationToken cancellationToken) => throw Unsupported(FregReplicaCapabilities.ExtractBatches);

        /// <inheritdoc />
        public virtual Task<IReadOnlyList<FregReplicaPersonDocument>> LookUpPersonsAsync(IReadOnlyList<string> identifiers, IReadOnlyList<string> parts, CancellationToken cancellationToken) => throw Unsupported(FregReplicaCapabilities.PersonBulkLookup);

        /// <inheritdoc />
        public virtual Task<IReadOnlyList<FregReplicaPersonDocument>> LookUpArchivedPersonsAsync(IReadOnlyList<string> documentIds, IReadOnlyList<string> parts, CancellationToken cancellationToken) => throw Unsupported(FregReplicaCapabilities.ArchivedPersonBulkLookup);

        /// <summary>The exception for a failed call: 406 on the feed is a too-old sequence number, everything else a <see cref="FregReplicaSourceException"/>.</summary>
        /// <param name="statusCode">Freg's HTTP status.</param>
        /// <param name="operation">The operation, for the message.</param>
        /// <param name="retryAfter">Freg's Retry-After, if any.</param>
        /// <param name="innerException">The generated client's exception.</param>
        /// <param name="feedSequence">The requested feed sequence number, for feed calls.</param>
        /// <returns>The exception to throw.</returns>
        protected static Exception Failure(int statusCode, string operation, TimeSpan? retryAfter, Exception innerException, long? feedSequence = null)
            => statusCode == 406 && feedSequence is { } sequence
                ? new FregFeedSequenceTooOldException(sequence, innerException)
                : new FregReplicaSourceException(statusCode, operation, retryAfter, innerException);

        /// <summary>
        /// What a failed batch read means: 404 (not finished) and 429 are "not ready yet" (Skatteetaten: poll with a
        /// delay); 410 means the job or batch is gone; anything else fails.
        /// </summary>
        /// <param name="statusCode">Freg's HTTP status.</param>
        /// <param name="operation">The operation, for the message.</param>
        /// <param name="retryAfter">Freg's Retry-After, if any.</param>
        /// <param name="innerException">The generated client's exception.</param>
        /// <returns>A not-ready answer; otherwise it throws.</returns>
        protected static FregExtractBatch BatchFailure(int statusCode, string operation, TimeSpan? retryAfter, Exception innerException)
            => statusCode switch
            {
                404 or 429 => FregExtractBatch.NotReady(retryAfter),
                410 => throw new FregExtractJobGoneException("Freg no longer knows the extract job or batch (410 from " + operation + "); order a new extract.", innerException),
                _ => throw new FregReplicaSourceException(statusCode, operation, retryAfter, innerException),
            };

        private FregReplicaUnsupportedException Unsupported(FregReplicaCapabilities capability)
            => new(capability, DescribeMissing(capability) ?? "The rights package '" + RightsPackageId + "' does not offer " + capability + ".");
    }
}
