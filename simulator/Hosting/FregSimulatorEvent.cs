using System;

namespace FregGen.Simulator;

/// <summary>An event appended to the simulator's feed: its sequence number in the offentlig-med-hjemmel feed and its document ids.</summary>
public sealed record FregSimulatorEvent(
    long SequenceNumber,
    string Hendelsetype,
    string Folkeregisteridentifikator,
    DateTimeOffset Ajourholdstidspunkt,
    string Persondokument,
    string? Hendelsesdokument);
