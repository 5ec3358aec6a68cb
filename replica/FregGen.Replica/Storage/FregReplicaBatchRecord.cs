using System;

namespace FregGen.Replica.Storage
{
    /// <summary>One applied batch, as the batch log keeps it: who applied what.</summary>
    /// <param name="Kind"><c>load</c>, <c>feed</c> or <c>state</c> (a checkpoint change without persons).</param>
    /// <param name="FirstSequence">The first feed sequence number of a feed batch.</param>
    /// <param name="LastSequence">The last feed sequence number of a feed batch.</param>
    /// <param name="Job">The extract job of a load batch.</param>
    /// <param name="Batch">The extract batch number of a load batch.</param>
    /// <param name="Offset">The offset in the extract batch of a load batch.</param>
    /// <param name="Items">Events (feed) or extract items (load) in the batch.</param>
    /// <param name="Persons">Persons written.</param>
    /// <param name="Holder">The instance that applied it.</param>
    /// <param name="Epoch">Its lease epoch.</param>
    /// <param name="AppliedAt">When (the store's clock).</param>
    public sealed record FregReplicaBatchRecord(
        string Kind,
        long? FirstSequence,
        long? LastSequence,
        string? Job,
        long? Batch,
        int? Offset,
        int Items,
        int Persons,
        string Holder = "",
        long Epoch = 0,
        DateTimeOffset AppliedAt = default);
}
