using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>A Norwegian street address; each person at it gets model objects of their own.</summary>
internal sealed record AddressValues(
    PostalArea Area,
    string Adressenavn,
    string Adressekode,
    string Husnummer,
    string? Husbokstav,
    string? Bruksenhetsnummer,
    string AdresseIdentifikator,
    long Grunnkrets,
    long Stemmekrets,
    long Skolekrets,
    long Kirkekrets)
{
    public string Key => Area.Postnummer + "|" + Adressenavn + "|" + Husnummer + Husbokstav + "|" + Bruksenhetsnummer;

    public Vegadresse ToVegadresse() => new()
    {
        Adressekode = Adressekode,
        Adressenavn = Adressenavn,
        Adressenummer = new Adressenummer { Husnummer = Husnummer, Husbokstav = Husbokstav },
        Bruksenhetsnummer = Bruksenhetsnummer,
        Bruksenhetstype = Bruksenhetsnummer is null ? null : Bruksenhetstype.Bolig,
        Kommunenummer = Area.Kommunenummer,
        Poststed = new Poststed { Postnummer = Area.Postnummer, Poststedsnavn = Area.Poststed },
    };

    public VegadresseForPost ToVegadresseForPost() => new()
    {
        Adressekode = Adressekode,
        Adressenavn = Adressenavn,
        Adressenummer = new Adressenummer { Husnummer = Husnummer, Husbokstav = Husbokstav },
        Bruksenhetsnummer = Bruksenhetsnummer,
        Poststed = new Poststed { Postnummer = Area.Postnummer, Poststedsnavn = Area.Poststed },
    };

    public string[] Lines => new[] { Adressenavn + " " + Husnummer + Husbokstav + (Bruksenhetsnummer is null ? string.Empty : " " + Bruksenhetsnummer) };
}
