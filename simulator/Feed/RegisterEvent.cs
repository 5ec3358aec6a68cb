using System;
using System.Collections.Generic;
using FregGen.Simulator.Population;

namespace FregGen.Simulator.Feed;

/// <summary>
/// One event of the register: who, what type, when, the person document version it produced (persondokument) and its event
/// document (hendelsesdokument; none for personErOppdatert).
/// </summary>
internal sealed record RegisterEvent(
    int Index,
    SimulatedPerson Person,
    string Folkeregisteridentifikator,
    string Hendelsestype,
    DateTimeOffset Ajourholdstidspunkt,
    PersonDocumentVersion Persondokument,
    string? Hendelsesdokument,
    IReadOnlyList<RecordedChange> Changes)
{
    /// <summary>The kommune of the person's bostedsadresse when the event was registered (for the filtered feed), if known.</summary>
    public string? Kommunenummer { get; init; }
}
