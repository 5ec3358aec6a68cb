using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>
/// Makes sure the population, however small, holds every case the packages' screening rules apply to, so that a test sees
/// what each package gets: persons with address protection fortrolig and strengt fortrolig (immigrants, so their moves
/// are screened too), addresses graded klientadresse, a status Freg masks as aktiv (forsvunnet; the d-number holders'
/// midlertidig is there already), moves out and back in twice (so inn/utflytting have history), and a fødselsnummer
/// replaced by a new one (the d-number holders who settle change identity in the feed). All before the feed window.
/// </summary>
internal sealed class ScreeningCases
{
    private readonly Random _random;
    private readonly PersonRegistry _registry;
    private readonly PersonFactory _factory;
    private readonly PersonMutations _mutations;

    public ScreeningCases(Random random, PersonRegistry registry, PersonFactory factory, PersonMutations mutations)
    {
        _random = random;
        _registry = registry;
        _factory = factory;
        _mutations = mutations;
    }

    public void Add(DateTimeOffset windowStart)
    {
        var perCase = Math.Max(2, _registry.Persons.Count / 400);
        var used = new HashSet<SimulatedPerson>();
        var windowDay = Moments.DayOf(windowStart);
        bool Eligible(SimulatedPerson person)
            => !used.Contains(person) && person.IsResident && person.Address is not null && person.AgeOn(windowDay) >= 20
               && RegisterEntries.Current(person.Document.Adressebeskyttelse) is null && RegisterTimeline.LatestRegistration(person.Document) < windowStart.AddDays(-400);

        foreach (var level in new[] { Adressegradering.Fortrolig, Adressegradering.StrengtFortrolig })
        {
            foreach (var person in Pick(p => Eligible(p) && p.Document.Innflytting is { Count: > 0 }, perCase, used))
            {
                _mutations.ProtectAddress(person, Moment(person, windowStart), level);
            }
        }

        foreach (var person in Pick(p => Eligible(p) && p.Origin is null && !p.RelatedIdentifiers(Familierelasjontype.Barn).Any(), perCase, used))
        {
            MoveOutAndBackTwice(person, windowStart);
        }

        foreach (var person in Pick(Eligible, perCase, used))
        {
            AddClientAddress(person, Moment(person, windowStart));
        }

        foreach (var person in Pick(Eligible, Math.Max(1, perCase / 2), used))
        {
            var at = Moment(person, windowStart);
            person.Document.Status = RegisterEntries.Supersede(person.Document.Status, _factory.Status(Personstatus.Forsvunnet, at, at), at);
        }

        foreach (var person in Pick(p => Eligible(p) && !p.IsDNumberHolder && p.SpouseIdentifier is null && p.Document.Familierelasjon is not { Count: > 0 }, Math.Max(1, perCase / 2), used))
        {
            ReplaceIdentityNumber(person, Moment(person, windowStart));
        }
    }

    private IEnumerable<SimulatedPerson> Pick(Func<SimulatedPerson, bool> eligible, int count, HashSet<SimulatedPerson> used)
    {
        var candidates = _registry.Persons.Where(eligible).ToList();
        for (var i = 0; i < count && candidates.Count > 0; i++)
        {
            var index = _random.Next(candidates.Count);
            var person = candidates[index];
            candidates.RemoveAt(index);
            used.Add(person);
            yield return person;
        }
    }

    /// <summary>Emigrates and returns twice, so that one move each way is history; all registered before 2022-08-04 with the default window.</summary>
    private void MoveOutAndBackTwice(SimulatedPerson person, DateTimeOffset windowStart)
    {
        var at = Moment(person, windowStart.AddDays(-120));
        for (var trip = 0; trip < 2 && at < windowStart.AddDays(-10); trip++)
        {
            if (_mutations.Emigrate(person, at) is null)
            {
                return;
            }

            var back = at.AddDays(20 + _random.Next(0, 40));
            if (_mutations.Return(person, back) is null)
            {
                return;
            }

            at = back.AddDays(20 + _random.Next(0, 40));
        }
    }

    /// <summary>A stay at an institution whose address is graded klientadresse: it would reveal the person's situation.</summary>
    private void AddClientAddress(SimulatedPerson person, DateTimeOffset at)
    {
        var stay = _factory.Stay(AddressFactory.Create(_random), Adressegradering.Klientadresse, at);
        person.Document.Oppholdsadresse = RegisterEntries.Supersede(person.Document.Oppholdsadresse, stay, at);
    }

    /// <summary>A new fødselsnummer replaces the person's (the old one ends as opphoert and still finds the person).</summary>
    private void ReplaceIdentityNumber(SimulatedPerson person, DateTimeOffset at)
    {
        var old = RegisterEntries.Current(person.Document.Identifikasjonsnummer)!;
        var number = _registry.NewIdentifier(_random, person.BirthDate, person.IsMale, dNumber: false);
        var replacement = _factory.Identifier(number, Folkeregisteridentifikatortype.Foedselsnummer, at, at);
        person.Document.Identifikasjonsnummer = RegisterEntries.Supersede(person.Document.Identifikasjonsnummer, replacement, at);
        old.Status = Identifikatorstatuskode.Opphoert;
        _registry.RegisterIdentifier(number, person);
    }

    private DateTimeOffset Moment(SimulatedPerson person, DateTimeOffset before)
    {
        var earliest = RegisterTimeline.LatestRegistration(person.Document);
        return earliest >= before.AddDays(-2) ? before.AddDays(-1) : earliest.AddSeconds(1 + _random.NextDouble() * (before.AddDays(-1) - earliest).TotalSeconds);
    }
}
