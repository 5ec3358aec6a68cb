using System.Collections.Generic;

namespace FregGen.Simulator.Population;

/// <summary>Postnummer, poststed and kommunenummer (2024 numbering) with real street names, and addresses abroad.</summary>
internal static class NorwegianPlaces
{
    public static IReadOnlyList<PostalArea> Areas { get; } = new[]
    {
        new PostalArea("0150", "OSLO", "0301", "Oslo", new[] { "Karl Johans gate", "Kirkegata", "Prinsens gate", "Dronningens gate" }),
        new PostalArea("0250", "OSLO", "0301", "Oslo", new[] { "Bygdøy allé", "Frognerveien", "Gyldenløves gate", "Thomas Heftyes gate" }),
        new PostalArea("0355", "OSLO", "0301", "Oslo", new[] { "Bogstadveien", "Hegdehaugsveien", "Industrigata", "Josefines gate" }),
        new PostalArea("0454", "OSLO", "0301", "Oslo", new[] { "Ullevålsveien", "Waldemar Thranes gate", "Sognsveien", "Kirkeveien" }),
        new PostalArea("0555", "OSLO", "0301", "Oslo", new[] { "Thorvald Meyers gate", "Markveien", "Toftes gate", "Helgesens gate" }),
        new PostalArea("0655", "OSLO", "0301", "Oslo", new[] { "Grønlandsleiret", "Tøyengata", "Kolstadgata", "Hagegata" }),
        new PostalArea("0771", "OSLO", "0301", "Oslo", new[] { "Holmenkollveien", "Slemdalsveien", "Vinderen allé", "Stasjonsveien" }),
        new PostalArea("0960", "OSLO", "0301", "Oslo", new[] { "Trondheimsveien", "Grorudveien", "Tvetenveien", "Bredtvetveien" }),
        new PostalArea("1169", "OSLO", "0301", "Oslo", new[] { "Lambertseterveien", "Ekebergveien", "Nordstrandveien", "Munkerudveien" }),
        new PostalArea("1257", "OSLO", "0301", "Oslo", new[] { "Enebakkveien", "Holmlia senter vei", "Hauketo vei", "Ljabruveien" }),
        new PostalArea("5003", "BERGEN", "4601", "Bergen", new[] { "Strandgaten", "Kong Oscars gate", "Øvregaten", "Nordnesgaten" }),
        new PostalArea("5015", "BERGEN", "4601", "Bergen", new[] { "Nygårdsgaten", "Kaigaten", "Vestre Torggaten", "Christies gate" }),
        new PostalArea("5063", "BERGEN", "4601", "Bergen", new[] { "Fjøsangerveien", "Møllendalsveien", "Kristofer Janssons vei", "Solheimsgaten" }),
        new PostalArea("5089", "BERGEN", "4601", "Bergen", new[] { "Inndalsveien", "Kalfarveien", "Hauglandsbakken", "Natlandsveien" }),
        new PostalArea("5221", "NESTTUN", "4601", "Bergen", new[] { "Nesttunvegen", "Hardangervegen", "Skjoldvegen", "Osvegen" }),
        new PostalArea("7011", "TRONDHEIM", "5001", "Trondheim", new[] { "Munkegata", "Kongens gate", "Olav Tryggvasons gate", "Prinsens gate" }),
        new PostalArea("7030", "TRONDHEIM", "5001", "Trondheim", new[] { "Elgeseter gate", "Klæbuveien", "Holtermanns veg", "Sorgenfriveien" }),
        new PostalArea("7042", "TRONDHEIM", "5001", "Trondheim", new[] { "Innherredsveien", "Mellomveien", "Lade allé", "Bromstadvegen" }),
        new PostalArea("7089", "HEIMDAL", "5001", "Trondheim", new[] { "Heimdalsvegen", "Kattemvegen", "Saupstadringen", "Ringvålvegen" }),
        new PostalArea("4006", "STAVANGER", "1103", "Stavanger", new[] { "Kirkegata", "Pedersgata", "Lagårdsveien", "Løkkeveien" }),
        new PostalArea("4021", "STAVANGER", "1103", "Stavanger", new[] { "Madlaveien", "Eiganesveien", "Hillevågsveien", "Tjensvollveien" }),
        new PostalArea("4306", "SANDNES", "1108", "Sandnes", new[] { "Langgata", "Julie Eges gate", "Rådhusgata", "Gravarsveien" }),
        new PostalArea("4611", "KRISTIANSAND S", "4204", "Kristiansand", new[] { "Markens gate", "Dronningens gate", "Vestre Strandgate", "Kirkegata" }),
        new PostalArea("4630", "KRISTIANSAND S", "4204", "Kristiansand", new[] { "Kuholmsveien", "Lumberveien", "Gamle Kirkevei", "Tordenskjolds gate" }),
        new PostalArea("9008", "TROMSØ", "5501", "Tromsø", new[] { "Storgata", "Grønnegata", "Skippergata", "Sjøgata" }),
        new PostalArea("9019", "TROMSØ", "5501", "Tromsø", new[] { "Mellomvegen", "Stakkevollvegen", "Kirkegårdsvegen", "Hansine Hansens veg" }),
        new PostalArea("3015", "DRAMMEN", "3301", "Drammen", new[] { "Tollbugata", "Konnerudgata", "Bragernes torg", "Rådhusgata" }),
        new PostalArea("1607", "FREDRIKSTAD", "3107", "Fredrikstad", new[] { "Nygaardsgata", "Glemmengata", "Brochs gate", "Torvbyen" }),
        new PostalArea("8006", "BODØ", "1804", "Bodø", new[] { "Storgata", "Sjøgata", "Hålogalandsgata", "Dronningens gate" }),
        new PostalArea("6002", "ÅLESUND", "1508", "Ålesund", new[] { "Apotekergata", "Lorkenesgata", "Kongens gate", "Løvenvoldgata" }),
        new PostalArea("6413", "MOLDE", "1506", "Molde", new[] { "Storgata", "Fjellgata", "Kirkebakken", "Gideonvegen" }),
        new PostalArea("2609", "LILLEHAMMER", "3405", "Lillehammer", new[] { "Storgata", "Kirkegata", "Anders Sandvigs gate", "Jernbanegata" }),
        new PostalArea("2317", "HAMAR", "3403", "Hamar", new[] { "Strandgata", "Torggata", "Grønnegata", "Vangsvegen" }),
        new PostalArea("2815", "GJØVIK", "3407", "Gjøvik", new[] { "Storgata", "Kirkegata", "Trondhjemsvegen", "Hunnsvegen" }),
        new PostalArea("3110", "TØNSBERG", "3905", "Tønsberg", new[] { "Storgaten", "Nedre Langgate", "Øvre Langgate", "Kaldnesveien" }),
        new PostalArea("1337", "SANDVIKA", "3201", "Bærum", new[] { "Sandviksveien", "Rådmann Halmrasts vei", "Løkketangen", "Kinoveien" }),
        new PostalArea("1363", "HØVIK", "3201", "Bærum", new[] { "Drammensveien", "Høvikveien", "Ramstadsletta", "Blommenholm allé" }),
        new PostalArea("1384", "ASKER", "3203", "Asker", new[] { "Askerveien", "Kirkeveien", "Drengsrudbekken", "Torvveien" }),
        new PostalArea("9405", "HARSTAD", "5503", "Harstad", new[] { "Strandgata", "Rikard Kaarbøs gate", "Sjøgata", "Storgata" }),
        new PostalArea("9510", "ALTA", "5603", "Alta", new[] { "Bossekopveien", "Markveien", "Løkkeveien", "Altaveien" }),
    };

    public static IReadOnlyList<ForeignAddress> AddressesAbroad { get; } = new[]
    {
        new ForeignAddress("SWE", "Stockholm", "Drottninggatan 12", "111 51"),
        new ForeignAddress("DNK", "København", "Nørrebrogade 45", "2200"),
        new ForeignAddress("ESP", "Madrid", "Calle de Alcalá 101", "28009"),
        new ForeignAddress("GBR", "London", "Baker Street 221", "NW1 6XE"),
        new ForeignAddress("USA", "New York", "5th Avenue 350", "10118"),
        new ForeignAddress("DEU", "Berlin", "Torstraße 98", "10119"),
        new ForeignAddress("POL", "Warszawa", "ul. Marszałkowska 10", "00-590"),
        new ForeignAddress("AUS", "Sydney", "George Street 200", "2000"),
    };

    public static IReadOnlyList<string> Foedselsinstitusjoner { get; } = new[]
    {
        "Oslo universitetssykehus Ullevål", "Haukeland universitetssjukehus", "St. Olavs hospital", "Stavanger universitetssjukehus",
        "Sørlandet sykehus Kristiansand", "Universitetssykehuset Nord-Norge Tromsø", "Akershus universitetssykehus", "Sykehuset i Vestfold",
    };

    public static IReadOnlyList<string> Vigselsmyndigheter { get; } = new[]
    {
        "Den norske kirke", "Oslo kommune", "Bergen kommune", "Trondheim kommune", "Den katolske kirke", "Human-Etisk Forbund",
    };
}
