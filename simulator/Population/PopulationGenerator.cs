using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>
/// Builds the population from the seed: households of singles, couples and families (with children, some born inside the
/// feed window), immigrants and d-number holders, then applies changes that happened before the feed window (deaths,
/// emigration, address protection, post boxes, guardianship) so that the documents carry history, and every case the
/// packages' screening rules apply to (<see cref="ScreeningCases"/>).
/// </summary>
internal sealed class PopulationGenerator
{
    private readonly Random _random;
    private readonly PersonRegistry _registry;
    private readonly PersonFactory _factory;
    private readonly PersonMutations _mutations;
    private readonly DateOnly _today;
    private readonly DateOnly _windowStart;

    public PopulationGenerator(Random random, PersonRegistry registry, PersonFactory factory, PersonMutations mutations, DateTimeOffset referenceTime, DateTimeOffset windowStart)
    {
        _random = random;
        _registry = registry;
        _factory = factory;
        _mutations = mutations;
        _today = Moments.DayOf(referenceTime);
        _windowStart = Moments.DayOf(windowStart);
    }

    public void Generate(int personCount)
    {
        while (_registry.Persons.Count < personCount)
        {
            var remaining = personCount - _registry.Persons.Count;
            var roll = _random.NextDouble();
            if (roll < 0.04)
            {
                AddDNumberHolder();
            }
            else if (roll < 0.34 || remaining < 2)
            {
                AddSingle();
            }
            else if (roll < 0.88 || remaining < 3)
            {
                AddCouple(remaining);
            }
            else
            {
                AddSingleParent(remaining);
            }
        }

        ApplyEarlierChanges();
    }

    private void AddSingle()
    {
        var male = _random.Chance(0.5);
        var birthDate = Moments.Between(_random, _today.AddYears(-95), _today.AddYears(-19));
        var address = AddressFactory.Create(_random);
        var since = Moments.Between(_random, birthDate.AddYears(18), _windowStart.AddDays(-30));
        if (_random.Chance(0.1))
        {
            var origin = _random.Pick(NorwegianNames.ForeignOrigins);
            var immigrated = Moments.Between(_random, birthDate.AddYears(18), _windowStart.AddDays(-30));
            _factory.CreateImmigrant(male, birthDate, origin, _factory.DrawForeignName(origin, male), address, immigrated, naturalised: immigrated.AddYears(8) < _windowStart && _random.Chance(0.5));
            return;
        }

        _factory.CreateNative(male, birthDate, _factory.DrawNativeName(male), address, since, _random.Next(0, 4));
    }

    private void AddCouple(int remaining)
    {
        var manBirth = Moments.Between(_random, _today.AddYears(-88), _today.AddYears(-23));
        var womanBirth = Moments.Between(_random, Moments.Latest(manBirth.AddYears(-4), _today.AddYears(-88)), Moments.Earliest(manBirth.AddYears(4), _today.AddYears(-21)));
        var youngestAdult = Moments.Latest(manBirth, womanBirth).AddYears(20);
        var address = AddressFactory.Create(_random);
        var since = Moments.Between(_random, youngestAdult, _windowStart.AddDays(-30));
        var immigrant = _random.Chance(0.08) ? _random.Pick(NorwegianNames.ForeignOrigins) : null;
        var man = CreateAdult(male: true, manBirth, immigrant, address, since, null);
        var wedding = Moments.Between(_random, Moments.Latest(youngestAdult.AddYears(1), Moments.DayOf(man.RegisteredAt).AddDays(1)), _windowStart.AddDays(-1));
        var married = _random.Chance(0.65) && wedding < _windowStart;
        var woman = CreateAdult(male: false, womanBirth, immigrant, address, since, married && _random.Chance(0.45) ? man.Name.Etternavn : null, wedding);
        if (married && wedding > Moments.DayOf(woman.RegisteredAt))
        {
            FamilyRelations.Marry(man, woman, wedding, Moments.RegisteredOn(_random, wedding), _random.Pick(NorwegianPlaces.Vigselsmyndigheter));
        }

        var children = remaining - 2 <= 0 ? 0 : Math.Min(remaining - 2, _random.Next(0, 4));
        AddChildren(new[] { woman, man }, children, address, since, shared: true);
    }

    private void AddSingleParent(int remaining)
    {
        var male = _random.Chance(0.15);
        var birthDate = Moments.Between(_random, _today.AddYears(-55), _today.AddYears(-24));
        var address = AddressFactory.Create(_random);
        var since = Moments.Between(_random, birthDate.AddYears(20), _windowStart.AddDays(-30));
        var parent = CreateAdult(male, birthDate, null, address, since, null);
        AddChildren(new[] { parent }, Math.Min(remaining - 1, 1 + _random.Next(0, 2)), address, since, shared: false);
    }

    private void AddDNumberHolder()
    {
        var origin = _random.Pick(NorwegianNames.ForeignOrigins.Where(o => !o.NeedsResidencePermit).ToList());
        var male = _random.Chance(0.6);
        var birthDate = Moments.Between(_random, _today.AddYears(-60), _today.AddYears(-20));
        var assigned = Moments.Between(_random, Moments.Latest(birthDate.AddYears(18), new DateOnly(2005, 1, 1)), _windowStart.AddDays(-10));
        _factory.CreateDNumberHolder(male, birthDate, origin, _factory.DrawForeignName(origin, male), assigned);
    }

    private SimulatedPerson CreateAdult(bool male, DateOnly birthDate, ForeignOrigin? origin, AddressValues address, DateOnly since, string? marriedSurname, DateOnly wedding = default)
    {
        if (origin is not null)
        {
            var immigrated = Moments.Between(_random, birthDate.AddYears(18), since);
            return _factory.CreateImmigrant(male, birthDate, origin, _factory.DrawForeignName(origin, male), address, immigrated, naturalised: immigrated.AddYears(8) < _windowStart && _random.Chance(0.5));
        }

        var birthName = _factory.DrawNativeName(male);
        var person = _factory.CreateNative(male, birthDate, birthName, address, since, _random.Next(0, 3));
        if (marriedSurname is not null && marriedSurname != birthName.Etternavn)
        {
            var changed = Moments.RegisteredOn(_random, wedding);
            var name = _factory.Name(new PersonName(birthName.Fornavn, birthName.Mellomnavn ?? birthName.Etternavn, marriedSurname), changed, Moments.AtStartOf(wedding));
            person.Document.Navn = RegisterEntries.Supersede(person.Document.Navn, name, changed);
        }

        return person;
    }

    private void AddChildren(IReadOnlyList<SimulatedPerson> parents, int count, AddressValues address, DateOnly since, bool shared)
    {
        var mother = parents.FirstOrDefault(p => !p.IsMale) ?? parents[0];
        var first = Moments.Latest(mother.BirthDate.AddYears(21), Moments.DayOf(parents.Max(p => p.RegisteredAt)).AddDays(1));
        var last = Moments.Earliest(mother.BirthDate.AddYears(43), _today.AddDays(-8));
        var surnameSource = parents.FirstOrDefault(p => p.IsMale) ?? parents[0];
        for (var i = 0; i < count && first < last; i++)
        {
            var male = _random.Chance(0.51);
            var birthDate = Moments.Between(_random, first, last);
            var name = _factory.DrawNativeName(male, (_random.Chance(0.75) ? surnameSource : mother).Name.Etternavn);
            var child = _factory.CreateNative(male, birthDate, name, address, since, 0);
            foreach (var parent in parents)
            {
                FamilyRelations.LinkParentAndChild(parent, child, child.RegisteredAt, shared, _today);
            }

            if (!shared && child.AgeOn(_today) < 16 && _random.Chance(0.3))
            {
                var other = AddressFactory.Create(_random, address.Area);
                var start = Moments.Latest(birthDate.AddYears(2), _windowStart.AddYears(-3));
                child.Document.DeltBosted = new List<DeltBosted>
                {
                    RegisterEntries.Stamp(new DeltBosted { Adressegradering = Adressegradering.Ugradert, StartdatoForKontrakt = start, Vegadresse = other.ToVegadresse() }, Moments.RegisteredOn(_random, start), Moments.AtStartOf(start)),
                };
            }
        }
    }

    private void ApplyEarlierChanges()
    {
        var windowStart = Moments.AtStartOf(_windowStart);
        foreach (var person in _registry.Persons.ToList())
        {
            if (person.RegisteredAt >= windowStart)
            {
                continue;
            }

            var roll = _random.NextDouble();
            var change = roll switch
            {
                < 0.025 => Hendelsestyper.PersonErDoed,
                < 0.04 => Hendelsestyper.PersonErUtflyttet,
                < 0.052 => Hendelsestyper.EndringIAdressebeskyttelse,
                < 0.12 => Hendelsestyper.EndringIKontaktinformasjon,
                < 0.14 => Hendelsestyper.EndringIOppholdsadresse,
                < 0.145 => Hendelsestyper.EndringIVergemaal,
                _ => null,
            };
            if (change is null || (change == Hendelsestyper.PersonErDoed && person.AgeOn(_windowStart) < 60))
            {
                continue;
            }

            var earliest = RegisterTimeline.LatestRegistration(person.Document);
            var spouse = person.SpouseIdentifier is { } spouseId ? _registry.FindByIdentifier(spouseId) : null;
            if (spouse is not null && RegisterTimeline.LatestRegistration(spouse.Document) is var spouseLatest && spouseLatest > earliest)
            {
                earliest = spouseLatest;
            }

            if (earliest >= windowStart.AddDays(-2))
            {
                continue;
            }

            var span = (windowStart.AddDays(-1) - earliest).TotalSeconds;
            var at = earliest.AddSeconds(1 + _random.NextDouble() * span);
            _mutations.TryApply(change, person, at);
        }

        new RareRegisterData(_random, _registry, _factory).Add(windowStart);
        new ScreeningCases(_random, _registry, _factory, _mutations).Add(windowStart);
    }
}
