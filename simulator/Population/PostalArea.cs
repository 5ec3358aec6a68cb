using System.Collections.Generic;

namespace FregGen.Simulator.Population;

/// <summary>A postnummer with its poststed, the kommune it lies in and some of its street names.</summary>
internal sealed record PostalArea(string Postnummer, string Poststed, string Kommunenummer, string Kommunenavn, IReadOnlyList<string> Streets)
{
    public string Fylkesnummer => Kommunenummer.Substring(0, 2);
}
