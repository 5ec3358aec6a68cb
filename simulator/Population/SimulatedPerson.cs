using System;
using System.Collections.Generic;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>A person of the simulated register: the full person document with all history, and its archived versions.</summary>
internal sealed class SimulatedPerson
{
    public SimulatedPerson(int index, Folkeregisterperson document, DateTimeOffset registeredAt, ForeignOrigin? origin)
    {
        Index = index;
        Document = document;
        RegisteredAt = registeredAt;
        Origin = origin;
    }

    public int Index { get; }

    /// <summary>Every property with every entry, current and historical; rights and parts are applied when it is served.</summary>
    public Folkeregisterperson Document { get; }

    /// <summary>When the person first appeared in the register.</summary>
    public DateTimeOffset RegisteredAt { get; }

    public ForeignOrigin? Origin { get; }

    /// <summary>The address values behind the current bostedsadresse (kept while the person lives abroad, for a return).</summary>
    public AddressValues? Address { get; set; }

    public List<PersonDocumentVersion> Versions { get; } = new();

    public string Identifier => RegisterEntries.Current(Document.Identifikasjonsnummer)?.FoedselsEllerDNummer
        ?? throw new InvalidOperationException("A simulated person has no current identifier.");

    public IEnumerable<string> Identifiers
    {
        get
        {
            foreach (var entry in Document.Identifikasjonsnummer ?? Array.Empty<Folkeregisteridentifikator>())
            {
                if (entry.FoedselsEllerDNummer is { } number)
                {
                    yield return number;
                }
            }
        }
    }

    public bool IsDNumberHolder => RegisterEntries.Current(Document.Identifikasjonsnummer)?.Identifikatortype == Folkeregisteridentifikatortype.DNummer;

    public bool IsMale => RegisterEntries.Current(Document.Kjoenn)?.Kjoenn == Kjoenn.Mann;

    public DateOnly BirthDate => Document.Foedsel![0].Foedselsdato!.Value;

    public Personstatus Status => RegisterEntries.Current(Document.Status)?.Status ?? Personstatus.Bosatt;

    public bool IsDead => Status == Personstatus.Doed;

    public bool IsResident => Status == Personstatus.Bosatt;

    public Folkeregisterpersonnavn Name => RegisterEntries.Current(Document.Navn) ?? throw new InvalidOperationException("A simulated person has no current name.");

    public Sivilstandstype MaritalStatus => RegisterEntries.Current(Document.Sivilstand)?.SivilstandVerdi ?? Sivilstandstype.Uoppgitt;

    /// <summary>The kommune of the current bostedsadresse (street, farm or unknown residence), or null without one.</summary>
    public string? Kommunenummer
        => RegisterEntries.Current(Document.Bostedsadresse) is { } residence
            ? residence.Vegadresse?.Kommunenummer ?? residence.Matrikkeladresse?.Matrikkelnummer?.Kommunenummer ?? residence.UkjentBosted?.Bostedskommune
            : null;

    public string? SpouseIdentifier
    {
        get
        {
            var current = RegisterEntries.Current(Document.Sivilstand);
            return current?.SivilstandVerdi == Sivilstandstype.Gift || current?.SivilstandVerdi == Sivilstandstype.RegistrertPartner ? current.RelatertVedSivilstand : null;
        }
    }

    public IEnumerable<string> RelatedIdentifiers(Familierelasjontype role)
    {
        foreach (var relation in Document.Familierelasjon ?? Array.Empty<Familierelasjon>())
        {
            if (relation.ErGjeldende == true && relation.RelatertPersonsRolle == role && relation.RelatertPerson is { } related)
            {
                yield return related;
            }
        }
    }

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > day ? age - 1 : age;
    }
}
