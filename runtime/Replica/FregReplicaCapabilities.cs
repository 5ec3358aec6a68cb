using System;

namespace FregGen.Runtime.Replica
{
    /// <summary>The operations a rights package offers that a replica can use.</summary>
    [Flags]
    public enum FregReplicaCapabilities
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary>The event feed (<c>GET /v1/hendelser/feed</c>).</summary>
        Feed = 1,

        /// <summary>The feed's last sequence number (<c>GET /v1/hendelser/siste/sekvensnummer</c>).</summary>
        LastSequenceNumber = 2,

        /// <summary>Bulk lookup by identity number (<c>POST /v1/personer/bulkoppslag</c>).</summary>
        PersonBulkLookup = 4,

        /// <summary>Bulk lookup of archived person documents (<c>POST /v1/personer/bulkoppslag/arkiv</c>).</summary>
        ArchivedPersonBulkLookup = 8,

        /// <summary>A complete extract pinned to a feed sequence number (<c>GET /v1/uttrekk/komplett</c>).</summary>
        CompleteExtract = 16,

        /// <summary>A tailored extract (<c>POST /v1/uttrekk/tilpasset</c>).</summary>
        TailoredExtract = 32,

        /// <summary>Reading an extract job's batches (<c>GET /v1/uttrekk/{jobbid}/batch/{batchnr}</c>).</summary>
        ExtractBatches = 64,
    }
}
