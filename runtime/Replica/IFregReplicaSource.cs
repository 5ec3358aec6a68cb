using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Runtime.Replica
{
    /// <summary>
    /// What a local replica of a population needs from Freg, independent of the rights package and of the published
    /// specification the client was generated from. The generator implements it over the generated <c>FregClient</c>
    /// (<c>FregReplicaSource</c>) when a project references FregGen.Replica; <see cref="Capabilities"/> says which of the
    /// operations the package offers, and the others throw <see cref="FregReplicaUnsupportedException"/>.
    /// </summary>
    /// <remarks>
    /// Person documents are handed over as the UTF-8 JSON the package's client reads (what the package grants; unknown
    /// properties kept), for storing as JSONB. Nothing here logs or puts an identity number into an exception message.
    /// </remarks>
    public interface IFregReplicaSource
    {
        /// <summary>The rights package the client was generated for, e.g. <c>finans</c>.</summary>
        string RightsPackageId { get; }

        /// <summary>The operations the package offers to a replica.</summary>
        FregReplicaCapabilities Capabilities { get; }

        /// <summary>The top-level person properties the package grants (JSON names), e.g. <c>bostedsadresse</c>.</summary>
        IReadOnlyCollection<string> PersonProperties { get; }

        /// <summary>The <c>part</c> values the package accepts.</summary>
        IReadOnlyCollection<string> PartValues { get; }

        /// <summary>Why a capability is missing, naming the operation (method and path) the package does not offer.</summary>
        /// <param name="capability">One capability.</param>
        /// <returns>A sentence, or <see langword="null"/> when the package offers it.</returns>
        string? DescribeMissing(FregReplicaCapabilities capability);

        /// <summary>The feed's last sequence number (<c>GET /v1/hendelser/siste/sekvensnummer</c>).</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The sequence number of the newest event the package's feed holds.</returns>
        Task<long> GetLastSequenceNumberAsync(CancellationToken cancellationToken);

        /// <summary>One page of the event feed from <paramref name="fromSequence"/>, inclusive (<c>GET /v1/hendelser/feed?seq=</c>).</summary>
        /// <param name="fromSequence">The first sequence number wanted.</param>
        /// <param name="ifNoneMatch">The ETag of an earlier answer for the same number, or <see langword="null"/>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page; 406 ("too old") throws <see cref="Feed.FregFeedSequenceTooOldException"/>.</returns>
        Task<FregReplicaFeedPage> GetFeedPageAsync(long fromSequence, string? ifNoneMatch, CancellationToken cancellationToken);

        /// <summary>Orders a complete extract (<c>GET /v1/uttrekk/komplett?feedsekvensnr=</c>): document ids of every person as of the sequence number.</summary>
        /// <param name="feedSequenceNumber">The feed sequence number the extract is pinned to; <see langword="null"/> for now.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The job id (jobbId).</returns>
        Task<string> StartCompleteExtractAsync(long? feedSequenceNumber, CancellationToken cancellationToken);

        /// <summary>Orders a tailored extract (<c>POST /v1/uttrekk/tilpasset</c>): identity numbers of the persons that match.</summary>
        /// <param name="filter">The selection; <see cref="FregTailoredExtractFilter.Personstatustyper"/> is required by Freg.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The job id (jobbId).</returns>
        Task<string> StartTailoredExtractAsync(FregTailoredExtractFilter filter, CancellationToken cancellationToken);

        /// <summary>Reads one batch of an extract job (<c>GET /v1/uttrekk/{jobbid}/batch/{batchnr}</c>).</summary>
        /// <param name="jobId">The job id.</param>
        /// <param name="batchNumber">The batch, from 0.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>
        /// The batch, <see cref="FregExtractBatchStatus.NotReady"/> while the job runs (Freg answers 404, or 429 with
        /// Retry-After), or <see cref="FregExtractBatchStatus.End"/> when there are no more (Freg answers <c>{}</c>).
        /// An unknown job or batch (410) throws <see cref="FregExtractJobGoneException"/>.
        /// </returns>
        Task<FregExtractBatch> ReadExtractBatchAsync(string jobId, long batchNumber, CancellationToken cancellationToken);

        /// <summary>Looks up persons by identity number in bulk (<c>POST /v1/personer/bulkoppslag</c>, at most 1000 per call).</summary>
        /// <param name="identifiers">The fødselsnumre or d-numre, at most 1000.</param>
        /// <param name="parts">The <c>part</c> values; empty gives person-basis.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>One result per identifier Freg answered for: a document, or an error (unknown or ceased identifier).</returns>
        Task<IReadOnlyList<FregReplicaPersonDocument>> LookUpPersonsAsync(IReadOnlyList<string> identifiers, IReadOnlyList<string> parts, CancellationToken cancellationToken);

        /// <summary>Looks up archived person documents by document id in bulk (<c>POST /v1/personer/bulkoppslag/arkiv</c>).</summary>
        /// <param name="documentIds">The dokumentidentifikator values (from uttrekk/komplett or the feed's persondokument), at most 1000.</param>
        /// <param name="parts">The <c>part</c> values; empty gives person-basis.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The documents Freg returned.</returns>
        Task<IReadOnlyList<FregReplicaPersonDocument>> LookUpArchivedPersonsAsync(IReadOnlyList<string> documentIds, IReadOnlyList<string> parts, CancellationToken cancellationToken);
    }
}
