namespace FregGen.Simulator.Population;

internal sealed record PersonName(string Fornavn, string? Mellomnavn, string Etternavn);
