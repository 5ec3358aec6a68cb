using System.Text.Json;
using System.Text.Json.Serialization;

namespace FregGen.Replica.Storage
{
    /// <summary>The parts of the checkpoint every store keeps as one JSON value: the load's progress and the totals.</summary>
    internal static class CheckpointJson
    {
        public static string Write(FregReplicaCheckpoint checkpoint)
            => JsonSerializer.Serialize(new StoredState(checkpoint.Load, checkpoint.Counters), CheckpointJsonContext.Default.StoredState);

        public static FregReplicaCheckpoint Read(long version, FregReplicaPhase phase, long nextSequence, string? json)
        {
            var state = string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize(json, CheckpointJsonContext.Default.StoredState);
            return new FregReplicaCheckpoint
            {
                Version = version,
                Phase = phase,
                NextSequence = nextSequence,
                Load = state?.Load,
                Counters = state?.Counters ?? new FregReplicaCounters(),
            };
        }

        public static string PhaseName(FregReplicaPhase phase) => phase switch
        {
            FregReplicaPhase.Loading => "loading",
            FregReplicaPhase.Following => "following",
            _ => "empty",
        };

        public static FregReplicaPhase ParsePhase(string? name) => name switch
        {
            "loading" => FregReplicaPhase.Loading,
            "following" => FregReplicaPhase.Following,
            _ => FregReplicaPhase.Empty,
        };

        internal sealed record StoredState(FregReplicaLoadState? Load, FregReplicaCounters? Counters);
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CheckpointJson.StoredState))]
    internal sealed partial class CheckpointJsonContext : JsonSerializerContext
    {
    }
}
