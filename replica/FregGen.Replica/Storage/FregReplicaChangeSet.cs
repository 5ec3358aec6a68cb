using System.Collections.Generic;

namespace FregGen.Replica.Storage
{
    /// <summary>
    /// One batch for <see cref="IFregReplicaStore.ApplyAsync"/>: the person writes, the checkpoint it was built on
    /// (<see cref="ExpectedVersion"/>), the checkpoint after it, and the lease it is written under.
    /// </summary>
    public sealed record FregReplicaChangeSet
    {
        /// <summary>The checkpoint version the batch was built on; the store refuses the batch when it has moved.</summary>
        public required long ExpectedVersion { get; init; }

        /// <summary>The lease holder writing.</summary>
        public required string Holder { get; init; }

        /// <summary>The lease epoch (fencing token) it holds.</summary>
        public required long Epoch { get; init; }

        /// <summary>The checkpoint after the batch (its <see cref="FregReplicaCheckpoint.Version"/> is ignored: the store sets expected + 1).</summary>
        public required FregReplicaCheckpoint Checkpoint { get; init; }

        /// <summary>What the batch adds to the totals; <see cref="FregReplicaCounters.IdentityChanges"/> is counted by the store.</summary>
        public FregReplicaCounters CounterDelta { get; init; } = new();

        /// <summary>The persons to write, each with a distinct current identity number.</summary>
        public IReadOnlyList<FregReplicaPersonWrite> Persons { get; init; } = System.Array.Empty<FregReplicaPersonWrite>();

        /// <summary>The batch log entry.</summary>
        public FregReplicaBatchRecord? Record { get; init; }
    }

    /// <summary>
    /// One person to store under <see cref="Identifier"/>. Rows stored under any of <see cref="PreviousIdentifiers"/>
    /// are the same person under a ceased number: they are replaced (re-keyed), and every number stays findable.
    /// </summary>
    /// <param name="Identifier">The current fødselsnummer or d-nummer.</param>
    /// <param name="PreviousIdentifiers">The person's earlier numbers, from the document's identifikasjonsnummer.</param>
    /// <param name="Status">The current personstatus, e.g. <c>bosatt</c>, <c>doed</c>.</param>
    /// <param name="Municipality">The kommunenummer of the current bostedsadresse, when stored.</param>
    /// <param name="AddressProtection">The gradering when the person has address protection, else <see langword="null"/>.</param>
    /// <param name="Document">The person document as UTF-8 JSON (without sealed addresses).</param>
    /// <param name="SealedAddresses">The sealed address properties as a UTF-8 JSON object, or <see langword="null"/>.</param>
    /// <param name="LastSequence">The feed sequence number of the last event applied to the person, or <see langword="null"/> from the initial load.</param>
    public sealed record FregReplicaPersonWrite(
        string Identifier,
        IReadOnlyList<string> PreviousIdentifiers,
        string? Status,
        string? Municipality,
        string? AddressProtection,
        byte[] Document,
        byte[]? SealedAddresses,
        long? LastSequence)
    {
        /// <summary>Shows the status only, never an identity number.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => "FregReplicaPersonWrite { Status = " + Status + ", " + Document.Length + " bytes }";
    }

    /// <summary>What <see cref="IFregReplicaStore.ApplyAsync"/> did.</summary>
    /// <param name="Checkpoint">The checkpoint now stored (with its new version and totals).</param>
    /// <param name="Rekeyed">Stored persons re-keyed to a new identity number by this batch.</param>
    public sealed record FregReplicaApplyResult(FregReplicaCheckpoint Checkpoint, int Rekeyed);

    /// <summary>Who holds the leader lease.</summary>
    /// <param name="Holder">The instance's name.</param>
    /// <param name="Epoch">The lease's epoch.</param>
    public sealed record FregReplicaLease(string Holder, long Epoch);
}
