using System;
using System.Collections.Generic;
using FregGen.Replica.Storage;

namespace FregGen.Replica
{
    /// <summary>What one <see cref="FregReplica.SyncAsync"/> did.</summary>
    /// <param name="Checkpoint">The checkpoint at the end (with the replica's totals since it was created).</param>
    /// <param name="Run">What this run added to the totals.</param>
    /// <param name="EventsByType">The feed events this run applied, by event type.</param>
    /// <param name="Batches">Batches applied in this run.</param>
    /// <param name="Elapsed">How long the run took.</param>
    public sealed record FregReplicaRunResult(
        FregReplicaCheckpoint Checkpoint,
        FregReplicaCounters Run,
        IReadOnlyDictionary<string, long> EventsByType,
        int Batches,
        TimeSpan Elapsed);
}
