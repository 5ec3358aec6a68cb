using System;

namespace FregGen.Benchmarks.Peers;

/// <summary>
/// A peer generator's compiled client, reduced to what the run-time benchmarks call: delegates built once by reflection,
/// each doing what that client does with a response body or a request.
/// </summary>
/// <param name="DeserializeBulkResponse">The bulkoppslag response body to the peer's model.</param>
/// <param name="DeserializeFeedPage">The feed page body to the peer's list of events.</param>
/// <param name="SerializeBulkRequest">Writes the prepared 1000-id request as the peer's client does and returns the body's length in bytes.</param>
/// <param name="CountBulkItems">How many oppslag a deserialised bulk response holds (to check the peer read the payload).</param>
/// <param name="CountFeedItems">How many events a deserialised feed page holds.</param>
public sealed record PeerClient(
    string Name,
    string Description,
    Func<byte[], object?> DeserializeBulkResponse,
    Func<byte[], object?> DeserializeFeedPage,
    Func<long> SerializeBulkRequest,
    Func<object?, int> CountBulkItems,
    Func<object?, int> CountFeedItems);
