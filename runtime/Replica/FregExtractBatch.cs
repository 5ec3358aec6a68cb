using System;
using System.Collections.Generic;

namespace FregGen.Runtime.Replica
{
    /// <summary>Where an extract batch stands.</summary>
    public enum FregExtractBatchStatus
    {
        /// <summary>The batch is here: <see cref="FregExtractBatch.Items"/> holds identity numbers or document ids.</summary>
        Ready,

        /// <summary>The job is not finished yet (Freg answers 404, or 429 with Retry-After): ask again later.</summary>
        NotReady,

        /// <summary>There are no more batches (Freg answers <c>{}</c>).</summary>
        End,
    }

    /// <summary>What the extract batch holds.</summary>
    public enum FregExtractItemKind
    {
        /// <summary>Fødselsnumre or d-numre (tailored extract): look them up with bulkoppslag.</summary>
        Identifiers,

        /// <summary>Person document ids (complete extract): look them up with bulkoppslag/arkiv.</summary>
        DocumentIds,
    }

    /// <summary>One answer for an extract batch.</summary>
    /// <param name="Status">Ready, not ready yet, or past the last batch.</param>
    /// <param name="Kind">What <paramref name="Items"/> holds.</param>
    /// <param name="Items">The identity numbers or document ids; empty unless <see cref="FregExtractBatchStatus.Ready"/>.</param>
    /// <param name="RetryAfter">How long Freg asked to wait, when it said so (429's Retry-After).</param>
    public sealed record FregExtractBatch(FregExtractBatchStatus Status, FregExtractItemKind Kind, IReadOnlyList<string> Items, TimeSpan? RetryAfter = null)
    {
        /// <summary>A batch that is not ready yet.</summary>
        /// <param name="retryAfter">Freg's Retry-After, if any.</param>
        /// <returns>The answer.</returns>
        public static FregExtractBatch NotReady(TimeSpan? retryAfter = null) => new(FregExtractBatchStatus.NotReady, FregExtractItemKind.Identifiers, Array.Empty<string>(), retryAfter);

        /// <summary>Shows the status and the number of items, never the items.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => "FregExtractBatch { " + Status + ", " + Items.Count + " " + Kind + " }";
    }
}
