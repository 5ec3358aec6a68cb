using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>
/// Register data only a few persons have, added before the feed window: parents abroad without a Norwegian identity number,
/// farm (matrikkel) addresses, unknown residence, stays on Svalbard, free-format postal addresses, Sami language, retained
/// citizenship after emigration, and a false identity.
/// </summary>
internal sealed class RareRegisterData
{
    private readonly Random _random;
    private readonly PersonRegistry _registry;
    private readonly PersonFactory _factory;

    public RareRegisterData(Random random, PersonRegistry registry, PersonFactory factory)
    {
        _random = random;
        _registry = registry;
        _factory = factory;
    }

    public void Add(DateTimeOffset windowStart)
    {
        foreach (var person in _registry.Persons)
        {
            if (person.RegisteredAt >= windowStart || person.IsDead)
            {
                continue;
            }

            if (person.Origin is { } origin && !person.IsDNumberHolder && _random.Chance(0.5))
            {
                AddParentsAbroad(person, origin);
            }

            if (person.IsResident && person.Address?.Area.Kommunenummer is "5501" or "5603" && _random.Chance(0.08))
            {
                var at = Moment(person, windowStart);
                person.Document.BrukAvSamiskSpraak = new List<SamiskSpraak> { RegisterEntries.Stamp(new SamiskSpraak { Spraak = new[] { SamiskSpraakType.Nordsamisk } }, at, at) };
            }

            if (person.Status == Personstatus.Utflyttet && _random.Chance(0.2))
            {
                var at = Moment(person, windowStart);
                person.Document.Bibehold = new List<BibeholdAvNorskStatsborgerskap>
                {
                    RegisterEntries.Stamp(new BibeholdAvNorskStatsborgerskap { Bibeholdstatus = Bibehold.HarBibehold, DatoForBibehold = Moments.DayOf(at) }, at, at),
                };
            }

            var roll = _random.NextDouble();
            var adultResident = person.IsResident && person.AgeOn(Moments.DayOf(windowStart)) >= 18 && person.SpouseIdentifier is null && !person.RelatedIdentifiers(Familierelasjontype.Barn).Any();
            if (roll < 0.03 && person.Origin is not null && !person.IsDNumberHolder)
            {
                AddFalseIdentity(person, Moment(person, windowStart));
            }
            else if (roll < 0.02 && adultResident)
            {
                MoveToFarm(person, Moment(person, windowStart));
            }
            else if (roll < 0.025 && adultResident)
            {
                var at = Moment(person, windowStart);
                var residence = RegisterEntries.Stamp(new Bostedsadresse { Adressegradering = Adressegradering.Ugradert, UkjentBosted = new UkjentBosted { Bostedskommune = person.Address?.Area.Kommunenummer } }, at, at);
                person.Document.Bostedsadresse = RegisterEntries.Supersede(person.Document.Bostedsadresse, residence, at);
                person.Address = null;
            }
            else if (roll < 0.03 && adultResident)
            {
                var at = Moment(person, windowStart);
                person.Document.OppholdPaaSvalbard = new List<OppholdPaaSvalbard>
                {
                    RegisterEntries.Stamp(
                        new OppholdPaaSvalbard
                        {
                            AntattOppholdsvarighet = _random.Chance(0.5) ? OppholdsvarighetType.OverSeksMaaneder : OppholdsvarighetType.UnderSeksMaaneder,
                            Startdato = Moments.DayOf(at),
                            Fraflyttingskommunenummer = person.Address?.Area.Kommunenummer,
                            AntallTidligereOpphold = _random.Next(0, 3),
                        },
                        at,
                        at),
                };
            }
            else if (roll < 0.04 && person.IsResident && person.Address is { } address)
            {
                var at = Moment(person, windowStart);
                var post = _factory.FreeFormatPostalAddress(address, at);
                person.Document.Postadresse = RegisterEntries.Supersede(person.Document.Postadresse, post, at);
            }
        }
    }

    private DateTimeOffset Moment(SimulatedPerson person, DateTimeOffset windowStart)
    {
        var earliest = RegisterTimeline.LatestRegistration(person.Document);
        if (earliest >= windowStart.AddDays(-2))
        {
            return windowStart.AddDays(-1);
        }

        return earliest.AddSeconds(1 + _random.NextDouble() * (windowStart.AddDays(-1) - earliest).TotalSeconds);
    }

    private void AddParentsAbroad(SimulatedPerson person, ForeignOrigin origin)
    {
        var registered = person.RegisteredAt;
        var surname = person.Name.Etternavn;
        foreach (var (role, male) in new[] { (Familierelasjontype.Mor, false), (Familierelasjontype.Far, true) })
        {
            var parent = new RelatertBiPerson
            {
                Navn = new Personnavn { Fornavn = male ? _random.Pick(origin.MaleNames) : _random.Pick(origin.FemaleNames), Etternavn = surname },
                Foedselsdato = person.BirthDate.AddYears(-_random.Next(20, 40)).AddDays(-_random.Next(0, 365)),
                Kjoenn = male ? Kjoenn.Mann : Kjoenn.Kvinne,
                Statsborgerskap = origin.Landkode,
            };
            var relation = RegisterEntries.Stamp(
                new Familierelasjon { RelatertPersonUtenFolkeregisteridentifikator = parent, RelatertPersonsRolle = role, MinRolleForPerson = Familierelasjontype.Barn },
                registered,
                Moments.AtStartOf(person.BirthDate));
            person.Document.Familierelasjon = RegisterEntries.Add(person.Document.Familierelasjon, relation);
        }
    }

    private void AddFalseIdentity(SimulatedPerson person, DateTimeOffset at)
    {
        var name = person.Name;
        person.Document.FalskIdentitet = RegisterEntries.Stamp(
            new FalskIdentitet
            {
                ErFalsk = true,
                RettIdentitetErUkjent = false,
                RettIdentitetVedOpplysninger = new IdentifiserendeInformasjon
                {
                    Personnavn = new Personnavn { Fornavn = name.Fornavn, Etternavn = _random.Pick(person.Origin!.Surnames) },
                    Foedselsdato = person.BirthDate.AddYears(-_random.Next(1, 4)),
                    Kjoenn = person.IsMale ? Kjoenn.Mann : Kjoenn.Kvinne,
                    Statsborgerskap = new[] { person.Origin.Landkode },
                },
            },
            at,
            at);
    }

    private void MoveToFarm(SimulatedPerson person, DateTimeOffset at)
    {
        var area = _random.Pick(NorwegianPlaces.Areas);
        var residence = RegisterEntries.Stamp(
            new Bostedsadresse
            {
                Adressegradering = Adressegradering.Ugradert,
                Flyttedato = Moments.DayOf(at),
                Matrikkeladresse = new Matrikkeladresse
                {
                    Matrikkelnummer = new Matrikkelnummer { Kommunenummer = area.Kommunenummer, Gaardsnummer = _random.Next(1, 300), Bruksnummer = _random.Next(1, 60) },
                    Adressetilleggsnavn = _random.Pick(new[] { "Nordre Lien", "Søndre Haugen", "Bakkeli", "Solvang", "Granly" }),
                    Poststed = new Poststed { Postnummer = area.Postnummer, Poststedsnavn = area.Poststed },
                },
            },
            at,
            Moments.AtStartOf(Moments.DayOf(at)));
        person.Document.Bostedsadresse = RegisterEntries.Supersede(person.Document.Bostedsadresse, residence, at);
        person.Address = null;
    }
}
