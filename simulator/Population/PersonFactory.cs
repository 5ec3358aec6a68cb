using System;
using System.Collections.Generic;
using System.Globalization;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>Creates person documents as Freg holds them: identity, name, gender, birth, citizenship, status, address, with earlier entries as history.</summary>
internal sealed class PersonFactory
{
    private readonly Random _random;
    private readonly PersonRegistry _registry;

    public PersonFactory(Random random, PersonRegistry registry)
    {
        _random = random;
        _registry = registry;
    }

    /// <summary>A person born in Norway, living at <paramref name="address"/> since <paramref name="livingThereSince"/>, with up to <paramref name="earlierAddresses"/> earlier addresses.</summary>
    public SimulatedPerson CreateNative(bool male, DateOnly birthDate, PersonName name, AddressValues address, DateOnly livingThereSince, int earlierAddresses, DateTimeOffset? registeredAt = null)
    {
        var born = Moments.AtStartOf(birthDate);
        var registered = registeredAt ?? Moments.RegisteredOn(_random, birthDate.AddDays(_random.Next(1, 6)));
        var birthArea = _random.Chance(0.6) ? address.Area : _random.Pick(NorwegianPlaces.Areas);
        var document = new Folkeregisterperson
        {
            Identifikasjonsnummer = new List<Folkeregisteridentifikator> { Identifier(_registry.NewIdentifier(_random, birthDate, male, dNumber: false), Folkeregisteridentifikatortype.Foedselsnummer, registered, born) },
            Navn = new List<Folkeregisterpersonnavn> { Name(name, registered, born) },
            Kjoenn = new List<Personkjoenn> { Gender(male, registered, born) },
            Foedsel = new List<Foedsel>
            {
                RegisterEntries.Stamp(new Foedsel { Foedselsdato = birthDate, Foedselsaar = Year(birthDate), Foedeland = "NOR", FoedekommuneINorge = birthArea.Kommunenummer, Foedested = birthArea.Kommunenavn }, registered, born),
            },
            Statsborgerskap = new List<Statsborgerskap> { Citizenship("NOR", birthDate, registered, born) },
            Identitetsgrunnlag = new List<Identitetsgrunnlag> { IdentityBasis(Identitetsgrunnlagstatus.Kontrollert, registered, born) },
            Status = new List<Folkeregisterpersonstatus> { Status(Personstatus.Bosatt, registered, born) },
            Sivilstand = new List<Sivilstand> { RegisterEntries.Stamp(new Sivilstand { SivilstandVerdi = Sivilstandstype.Ugift }, registered, born) },
        };

        if (birthDate.Year >= 1985)
        {
            document.FoedselINorge = new List<FoedselINorge>
            {
                RegisterEntries.Stamp(new FoedselINorge { Foedselsinstitusjonsnavn = _random.Pick(NorwegianPlaces.Foedselsinstitusjoner), Rekkefoelgenummer = 1 }, registered, born),
            };
        }

        document.Bostedsadresse = AddressHistory(address, birthDate, livingThereSince, earlierAddresses, registered);
        var person = _registry.Add(document, registered, null);
        person.Address = address;
        return person;
    }

    /// <summary>A person who moved to Norway on <paramref name="immigratedOn"/>, some of them after some time with a d-number.</summary>
    public SimulatedPerson CreateImmigrant(bool male, DateOnly birthDate, ForeignOrigin origin, PersonName name, AddressValues address, DateOnly immigratedOn, bool naturalised)
    {
        var arrived = Moments.AtStartOf(immigratedOn);
        var registered = Moments.RegisteredOn(_random, immigratedOn.AddDays(_random.Next(3, 30)));
        var born = Moments.AtStartOf(birthDate);
        var identifiers = new List<Folkeregisteridentifikator>();
        if (_random.Chance(0.35))
        {
            var dNumberFrom = Moments.AtStartOf(immigratedOn.AddDays(-_random.Next(60, 900)));
            var dNumber = Identifier(_registry.NewIdentifier(_random, birthDate, male, dNumber: true), Folkeregisteridentifikatortype.DNummer, dNumberFrom, dNumberFrom);
            dNumber.Status = Identifikatorstatuskode.Opphoert;
            dNumber.ErGjeldende = false;
            dNumber.Opphoerstidspunkt = registered;
            identifiers.Add(dNumber);
        }

        identifiers.Insert(0, Identifier(_registry.NewIdentifier(_random, birthDate, male, dNumber: false), Folkeregisteridentifikatortype.Foedselsnummer, registered, arrived));
        var document = new Folkeregisterperson
        {
            Identifikasjonsnummer = identifiers,
            Navn = new List<Folkeregisterpersonnavn> { Name(name, registered, arrived) },
            Kjoenn = new List<Personkjoenn> { Gender(male, registered, arrived) },
            Foedsel = new List<Foedsel>
            {
                RegisterEntries.Stamp(new Foedsel { Foedselsdato = birthDate, Foedselsaar = Year(birthDate), Foedeland = origin.Landkode, Foedested = origin.By }, registered, born),
            },
            Identitetsgrunnlag = new List<Identitetsgrunnlag> { IdentityBasis(_random.Chance(0.85) ? Identitetsgrunnlagstatus.Kontrollert : Identitetsgrunnlagstatus.IkkeKontrollert, registered, arrived) },
            Status = new List<Folkeregisterpersonstatus> { Status(Personstatus.Bosatt, registered, arrived) },
            Sivilstand = new List<Sivilstand> { RegisterEntries.Stamp(new Sivilstand { SivilstandVerdi = Sivilstandstype.Ugift }, registered, arrived) },
            Innflytting = new List<InnflyttingTilNorge>
            {
                RegisterEntries.Stamp(new InnflyttingTilNorge { Fraflyttingsland = origin.Landkode, FraflyttingsstedIUtlandet = origin.By }, registered, arrived),
            },
            Bostedsadresse = new List<Bostedsadresse> { Residence(address, immigratedOn, registered, Adressegradering.Ugradert) },
            Legitimasjonsdokument = new List<Identifikasjonsdokument> { Passport(origin, birthDate, immigratedOn, registered) },
        };

        var citizenships = new List<Statsborgerskap> { Citizenship(origin.Landkode, birthDate, registered, arrived) };
        if (naturalised)
        {
            var naturalisedOn = immigratedOn.AddYears(7).AddDays(_random.Next(0, 700));
            var at = Moments.RegisteredOn(_random, naturalisedOn);
            citizenships = RegisterEntries.Add(citizenships, Citizenship("NOR", naturalisedOn, at, Moments.AtStartOf(naturalisedOn)));
            if (origin.NeedsResidencePermit)
            {
                RegisterEntries.Close(citizenships, at, entry => entry.StatsborgerskapVerdi != "NOR");
            }
        }

        document.Statsborgerskap = citizenships;
        if (origin.NeedsResidencePermit)
        {
            document.UtlendingsmyndighetenesIdentifikasjonsnummer = new List<Personidentifikasjon>
            {
                RegisterEntries.Stamp(new Personidentifikasjon { Identifikasjonsnummer = DeterministicIds.Digits(_random, 12), Identifikasjonsnummertype = "duf", Utstederland = "NOR" }, registered, arrived),
            };
            if (!naturalised)
            {
                document.Opphold = new List<Opphold>
                {
                    RegisterEntries.Stamp(new Opphold { Oppholdstillatelse = _random.Chance(0.7) ? Oppholdstillatelsetype.Permanent : Oppholdstillatelsetype.Midlertidig, OppholdFra = immigratedOn }, registered, arrived),
                };
            }
        }
        else
        {
            document.UtenlandskPersonidentifikasjon = new List<Personidentifikasjon> { ForeignIdentification(origin, registered, arrived) };
        }

        var person = _registry.Add(document, registered, origin);
        person.Address = address;
        return person;
    }

    /// <summary>
    /// A foreign worker or student with a d-number: not resident (status midlertidig, or inaktiv after the five years a
    /// d-number is valid: docs sos-statuskoder.md), a Norwegian postal address, foreign id and passport.
    /// </summary>
    public SimulatedPerson CreateDNumberHolder(bool male, DateOnly birthDate, ForeignOrigin origin, PersonName name, DateOnly assignedOn)
    {
        var assigned = Moments.AtStartOf(assignedOn);
        var registered = Moments.RegisteredOn(_random, assignedOn);
        var document = new Folkeregisterperson
        {
            Identifikasjonsnummer = new List<Folkeregisteridentifikator> { Identifier(_registry.NewIdentifier(_random, birthDate, male, dNumber: true), Folkeregisteridentifikatortype.DNummer, registered, assigned) },
            Navn = new List<Folkeregisterpersonnavn> { Name(name, registered, assigned) },
            Kjoenn = new List<Personkjoenn> { Gender(male, registered, assigned) },
            Foedsel = new List<Foedsel>
            {
                RegisterEntries.Stamp(new Foedsel { Foedselsdato = birthDate, Foedselsaar = Year(birthDate), Foedeland = origin.Landkode, Foedested = origin.By }, registered, Moments.AtStartOf(birthDate)),
            },
            Statsborgerskap = new List<Statsborgerskap> { Citizenship(origin.Landkode, birthDate, registered, assigned) },
            Identitetsgrunnlag = new List<Identitetsgrunnlag> { IdentityBasis(_random.Chance(0.6) ? Identitetsgrunnlagstatus.IkkeKontrollert : Identitetsgrunnlagstatus.Kontrollert, registered, assigned) },
            Status = new List<Folkeregisterpersonstatus> { Status(_random.Chance(0.8) ? Personstatus.Midlertidig : Personstatus.Inaktiv, registered, assigned) },
            Sivilstand = new List<Sivilstand> { RegisterEntries.Stamp(new Sivilstand { SivilstandVerdi = Sivilstandstype.Uoppgitt }, registered, assigned) },
            UtenlandskPersonidentifikasjon = new List<Personidentifikasjon> { ForeignIdentification(origin, registered, assigned) },
            Legitimasjonsdokument = new List<Identifikasjonsdokument> { Passport(origin, birthDate, assignedOn, registered) },
            Postadresse = new List<Kontaktadresse> { PostalAddress(AddressFactory.Create(_random), registered) },
        };

        var person = _registry.Add(document, registered, origin);
        return person;
    }

    /// <summary>A residence at <paramref name="address"/>; for a strengt fortrolig person only the grading and the day, as Freg holds no such address.</summary>
    public Bostedsadresse Residence(AddressValues address, DateOnly movedIn, DateTimeOffset registered, Adressegradering gradering)
    {
        var residence = gradering == Adressegradering.StrengtFortrolig
            ? new Bostedsadresse { Adressegradering = gradering, Flyttedato = movedIn }
            : new Bostedsadresse
            {
                Adressegradering = gradering,
                Flyttedato = movedIn,
                AdresseIdentifikatorFraMatrikkelen = address.AdresseIdentifikator,
                Grunnkrets = address.Grunnkrets,
                Stemmekrets = address.Stemmekrets,
                Skolekrets = address.Skolekrets,
                Kirkekrets = address.Kirkekrets,
                Vegadresse = address.ToVegadresse(),
            };
        return RegisterEntries.Stamp(residence, registered, Moments.AtStartOf(movedIn));
    }

    /// <summary>
    /// The open (ugradert) postal address every consumer gets for a person with strengt fortrolig address protection: a
    /// post box administered by Kripos or Skatt Nord, which forward the mail (docs: sos-adresser.md). The box numbers are synthetic.
    /// </summary>
    public Kontaktadresse OpenPostalAddress(DateTimeOffset registered)
    {
        var kripos = _random.Chance(0.5);
        var area = kripos ? NorwegianPlaces.Areas[0] : _random.Pick(NorwegianPlaces.Areas);
        return RegisterEntries.Stamp(
            new Kontaktadresse
            {
                Adressegradering = Adressegradering.Ugradert,
                Postboksadresse = new Postboksadresse
                {
                    Postbokseier = kripos ? "Kripos" : "Skatteetaten, Skatt nord",
                    Postboks = "Postboks " + (9000 + _random.Next(0, 900)).ToString(CultureInfo.InvariantCulture),
                    Poststed = new Poststed { Postnummer = area.Postnummer, Poststedsnavn = area.Poststed },
                },
            },
            registered,
            registered);
    }

    /// <summary>A temporary address (oppholdsadresse) at <paramref name="address"/> from the day of <paramref name="registered"/>.</summary>
    public Oppholdsadresse Stay(AddressValues address, Adressegradering gradering, DateTimeOffset registered)
        => RegisterEntries.Stamp(
            new Oppholdsadresse
            {
                Adressegradering = gradering,
                AdresseIdentifikatorFraMatrikkelen = address.AdresseIdentifikator,
                Oppholdsadressedato = Moments.DayOf(registered),
                Vegadresse = address.ToVegadresse(),
            },
            registered,
            registered);

    public Kontaktadresse PostalAddress(AddressValues address, DateTimeOffset registered)
        => RegisterEntries.Stamp(new Kontaktadresse { Adressegradering = Adressegradering.Ugradert, Vegadresse = address.ToVegadresseForPost() }, registered, registered);

    public Kontaktadresse FreeFormatPostalAddress(AddressValues address, DateTimeOffset registered)
        => RegisterEntries.Stamp(
            new Kontaktadresse
            {
                Adressegradering = Adressegradering.Ugradert,
                PostadresseIFrittFormat = new PostadresseIFrittFormat
                {
                    Adresselinje = new[] { "c/o " + _random.Pick(NorwegianNames.Surnames), address.Lines[0] },
                    Poststed = new Poststed { Postnummer = address.Area.Postnummer, Poststedsnavn = address.Area.Poststed },
                },
            },
            registered,
            registered);

    public Kontaktadresse PostBox(PostalArea area, DateTimeOffset registered)
        => RegisterEntries.Stamp(
            new Kontaktadresse
            {
                Adressegradering = Adressegradering.Ugradert,
                Postboksadresse = new Postboksadresse
                {
                    Postboks = "Postboks " + (1 + _random.Next(0, 2500)).ToString(CultureInfo.InvariantCulture),
                    Poststed = new Poststed { Postnummer = area.Postnummer, Poststedsnavn = area.Poststed },
                },
            },
            registered,
            registered);

    public Folkeregisterpersonnavn Name(PersonName name, DateTimeOffset registered, DateTimeOffset validFrom)
        => RegisterEntries.Stamp(new Folkeregisterpersonnavn { Fornavn = name.Fornavn, Mellomnavn = name.Mellomnavn, Etternavn = name.Etternavn }, registered, validFrom);

    public Folkeregisterpersonstatus Status(Personstatus status, DateTimeOffset registered, DateTimeOffset validFrom)
        => RegisterEntries.Stamp(new Folkeregisterpersonstatus { Status = status }, registered, validFrom);

    public Statsborgerskap Citizenship(string landkode, DateOnly acquired, DateTimeOffset registered, DateTimeOffset validFrom)
        => RegisterEntries.Stamp(new Statsborgerskap { StatsborgerskapVerdi = landkode, Ervervsdato = acquired }, registered, validFrom);

    public Identitetsgrunnlag IdentityBasis(Identitetsgrunnlagstatus status, DateTimeOffset registered, DateTimeOffset validFrom)
        => RegisterEntries.Stamp(new Identitetsgrunnlag { Identitetsgrunnlagstatus = status }, registered, validFrom);

    public Folkeregisteridentifikator Identifier(string number, Folkeregisteridentifikatortype type, DateTimeOffset registered, DateTimeOffset validFrom)
        => RegisterEntries.Stamp(new Folkeregisteridentifikator { FoedselsEllerDNummer = number, Identifikatortype = type, Status = Identifikatorstatuskode.IBruk }, registered, validFrom);

    public PersonName DrawNativeName(bool male, string? surname = null)
    {
        var given = male ? _random.Pick(NorwegianNames.MaleGivenNames) : _random.Pick(NorwegianNames.FemaleGivenNames);
        var middle = _random.Chance(0.3) ? (male ? _random.Pick(NorwegianNames.MaleMiddleNames) : _random.Pick(NorwegianNames.FemaleMiddleNames)) : null;
        if (middle is null && _random.Chance(0.12))
        {
            middle = _random.Pick(NorwegianNames.Surnames);
        }

        return new PersonName(given, middle, surname ?? _random.Pick(NorwegianNames.Surnames));
    }

    public PersonName DrawForeignName(ForeignOrigin origin, bool male, string? surname = null)
        => new(male ? _random.Pick(origin.MaleNames) : _random.Pick(origin.FemaleNames), null, surname ?? _random.Pick(origin.Surnames));

    private static Personkjoenn Gender(bool male, DateTimeOffset registered, DateTimeOffset validFrom)
        => RegisterEntries.Stamp(new Personkjoenn { Kjoenn = male ? Kjoenn.Mann : Kjoenn.Kvinne }, registered, validFrom);

    private static string Year(DateOnly date) => date.Year.ToString("0000", CultureInfo.InvariantCulture);

    private List<Bostedsadresse> AddressHistory(AddressValues current, DateOnly birthDate, DateOnly livingThereSince, int earlierAddresses, DateTimeOffset registeredAtBirth)
    {
        var movedIn = Moments.Latest(livingThereSince, birthDate);
        var currentEntry = Residence(current, movedIn, movedIn == birthDate ? registeredAtBirth : Moments.RegisteredOn(_random, movedIn), Adressegradering.Ugradert);
        var history = new List<Bostedsadresse> { currentEntry };
        var supersededAt = currentEntry.Ajourholdstidspunkt!.Value;
        var until = movedIn;
        var adulthood = birthDate.AddYears(19);
        for (var i = 0; i < earlierAddresses && until > adulthood.AddDays(60); i++)
        {
            var from = Moments.Between(_random, adulthood, until.AddDays(-60));
            supersededAt = AddEarlierResidence(history, AddressFactory.Create(_random), from, supersededAt);
            until = from;
        }

        if (until > birthDate)
        {
            AddEarlierResidence(history, AddressFactory.Create(_random), birthDate, supersededAt);
        }

        return history;
    }

    private DateTimeOffset AddEarlierResidence(List<Bostedsadresse> history, AddressValues address, DateOnly from, DateTimeOffset supersededAt)
    {
        var entry = Residence(address, from, Moments.RegisteredOn(_random, from), Adressegradering.Ugradert);
        entry.ErGjeldende = false;
        entry.Opphoerstidspunkt = supersededAt;
        history.Add(entry);
        return entry.Ajourholdstidspunkt!.Value;
    }

    private Identifikasjonsdokument Passport(ForeignOrigin origin, DateOnly birthDate, DateOnly usedOn, DateTimeOffset registered)
    {
        var issued = Moments.Latest(birthDate.AddYears(16), usedOn.AddYears(-_random.Next(0, 5)));
        return RegisterEntries.Stamp(
            new Identifikasjonsdokument
            {
                Identifikasjonsdokumenttype = "pass",
                Identifikasjonsdokumentnummer = origin.Landkode.Substring(0, 2) + DeterministicIds.Digits(_random, 7),
                Utstederland = origin.Landkode,
                Utstedernavn = origin.Landnavn,
                GyldigFra = issued,
                GyldigTil = issued.AddYears(10),
                Dokumentkontroll = new TekniskDokumentkontroll { Dokumentkontrollstatus = "ok", Dokumentkontrolltidspunkt = registered },
            },
            registered,
            registered);
    }

    private Personidentifikasjon ForeignIdentification(ForeignOrigin origin, DateTimeOffset registered, DateTimeOffset validFrom)
        => RegisterEntries.Stamp(
            new Personidentifikasjon { Identifikasjonsnummer = DeterministicIds.Digits(_random, 4) + "-" + DeterministicIds.Digits(_random, 6), Identifikasjonsnummertype = "personidentifikasjonsnummer", Utstederland = origin.Landkode },
            registered,
            validFrom);
}
