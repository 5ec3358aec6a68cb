namespace FregGen.Simulator.Population;

/// <summary>An address abroad, for persons who have moved out of Norway.</summary>
internal sealed record ForeignAddress(string Landkode, string ByEllerStedsnavn, string Adressenavn, string Postkode);
