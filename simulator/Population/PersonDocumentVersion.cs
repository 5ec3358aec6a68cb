using System;

namespace FregGen.Simulator.Population;

/// <summary>One archived version of a person document: the person as the register knew it at <see cref="AsOf"/>.</summary>
internal sealed record PersonDocumentVersion(string DocumentId, SimulatedPerson Person, DateTimeOffset AsOf, int Ordinal)
{
    /// <summary>When the next version replaced this one, or null for the latest.</summary>
    public DateTimeOffset? SupersededAt => Ordinal + 1 < Person.Versions.Count ? Person.Versions[Ordinal + 1].AsOf : null;
}
