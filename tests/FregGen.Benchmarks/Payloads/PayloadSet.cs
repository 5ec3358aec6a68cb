using System.Collections.Generic;

namespace FregGen.Benchmarks.Payloads;

/// <summary>The deterministic inputs of the run-time benchmarks.</summary>
/// <param name="BulkResponse">POST /v1/personer/bulkoppslag for <see cref="PersonIdentifiers"/>, offentlig-med-hjemmel.</param>
/// <param name="FeedPage">GET /v1/hendelser/feed?seq=1, offentlig-med-hjemmel.</param>
/// <param name="PersonIdentifiers">The ids of the bulk lookup, also the body of the serialised bulk request.</param>
/// <param name="Parts">The part values of the bulk lookup.</param>
/// <param name="SecondBulkResponse">A second, differently shaped bulk answer: 1000 other persons, with history and other parts.</param>
/// <param name="BulkResponseWithUnknown">The bulk answer with one unknown property on every person entry (<see cref="UnknownProperty"/>).</param>
/// <param name="SecondBulkResponseWithUnknown">The same for the second bulk answer.</param>
public sealed record PayloadSet(
    Payload BulkResponse,
    Payload FeedPage,
    IReadOnlyList<string> PersonIdentifiers,
    IReadOnlyList<string> Parts,
    int Seed,
    int PersonsInBulkResponse,
    int EventsInFeedPage,
    double SimulatorStartSeconds,
    Payload SecondBulkResponse,
    IReadOnlyList<string> SecondParts,
    int PersonsInSecondBulkResponse,
    Payload BulkResponseWithUnknown,
    int EntriesInBulkResponse,
    Payload SecondBulkResponseWithUnknown,
    int EntriesInSecondBulkResponse);
