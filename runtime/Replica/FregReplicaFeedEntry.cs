using System;

namespace FregGen.Runtime.Replica
{
    /// <summary>
    /// One feed entry as a replica needs it, whatever the package's feed looks like: full entries carry the ids of the
    /// event document and of the person document after the event; thin feeds (<c>LagretTynnHendelse</c>) carry neither.
    /// </summary>
    /// <param name="Sequence">The entry's <c>sekvensnummer</c>.</param>
    /// <param name="Identifier">The <c>folkeregisteridentifikator</c> the event concerns, when the package sees it.</param>
    /// <param name="EventType">The <c>hendelsetype</c> as the package sees it (privat and presse get generalised types).</param>
    /// <param name="PersonDocumentId">The <c>persondokument</c>: the archive key of the person as the event left it, when sent.</param>
    /// <param name="EventDocumentId">The <c>hendelsesdokument</c>, when sent.</param>
    /// <param name="Ajourholdstidspunkt">When Freg registered the event, when sent.</param>
    public sealed record FregReplicaFeedEntry(
        long Sequence,
        string? Identifier,
        string? EventType,
        string? PersonDocumentId,
        string? EventDocumentId,
        DateTimeOffset? Ajourholdstidspunkt)
    {
        /// <summary>Shows the sequence number and type only, never the identity number.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => "FregReplicaFeedEntry { Sequence = " + Sequence + ", EventType = " + EventType + " }";
    }
}
