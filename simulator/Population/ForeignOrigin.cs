using System.Collections.Generic;

namespace FregGen.Simulator.Population;

/// <summary>A country persons immigrate from: its ISO alpha-3 code, a city, typical names and whether its citizens need a residence permit.</summary>
internal sealed record ForeignOrigin(
    string Landkode,
    string Landnavn,
    string By,
    IReadOnlyList<string> FemaleNames,
    IReadOnlyList<string> MaleNames,
    IReadOnlyList<string> Surnames,
    bool NeedsResidencePermit);
