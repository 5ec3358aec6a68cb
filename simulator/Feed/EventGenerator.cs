using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Simulator.Freg.Person;
using FregGen.Simulator.Population;

namespace FregGen.Simulator.Feed;

/// <summary>
/// Fills the feed window with events: the births of persons born inside it, and random register changes (moves, marriages,
/// deaths, emigration, name changes...) applied to the population in time order, so that every event's person document
/// and event document agree with the person's history.
/// </summary>
internal sealed class EventGenerator
{
    /// <summary>How often each change is drawn, and how many persons are tried for it: few for changes only a small group can have, so that the group does not dwindle.</summary>
    private static readonly (string Type, int Weight, int Attempts)[] Weights =
    {
        (Hendelsestyper.EndringIBostedsadresse, 26, 60),
        (Hendelsestyper.PersonErOppdatert, 8, 60),
        (Hendelsestyper.EndringIKontaktinformasjon, 7, 60),
        (Hendelsestyper.EndringIOppholdsadresse, 5, 60),
        (Hendelsestyper.EndringINavn, 5, 60),
        (Hendelsestyper.EndringISivilstand, 9, 60),
        (Hendelsestyper.PersonErDoed, 6, 60),
        (Hendelsestyper.PersonErUtflyttet, 3, 60),
        (Hendelsestyper.EndringIInnflytting, 4, 3),
        (Hendelsestyper.EndringIStatsborgerskap, 4, 3),
        (Hendelsestyper.EndringIAdressebeskyttelse, 1, 60),
        (Hendelsestyper.EndringIIdentitetsgrunnlag, 4, 3),
        (Hendelsestyper.PersonErBosatt, 6, 3),
        (Hendelsestyper.EndringIVergemaal, 1, 60),
    };

    private static readonly int TotalWeight = Weights.Sum(w => w.Weight);

    private readonly Random _random;
    private readonly PersonRegistry _registry;
    private readonly PersonFactory _factory;
    private readonly PersonMutations _mutations;
    private readonly EventLog _log;

    public EventGenerator(Random random, PersonRegistry registry, PersonFactory factory, PersonMutations mutations, EventLog log)
    {
        _random = random;
        _registry = registry;
        _factory = factory;
        _mutations = mutations;
        _log = log;
    }

    /// <summary>Gives every person registered before the window a document version as of the window start.</summary>
    public void CreateInitialVersions(DateTimeOffset windowStart)
    {
        foreach (var person in _registry.Persons)
        {
            if (person.RegisteredAt < windowStart)
            {
                _registry.AddVersion(person, DeterministicIds.NewUuid(_random), windowStart);
            }
        }
    }

    public void Generate(int eventCount, DateTimeOffset windowStart, DateTimeOffset end)
    {
        var births = _registry.Persons.Where(p => p.RegisteredAt >= windowStart).OrderBy(p => p.RegisteredAt).ThenBy(p => p.Index).ToList();
        var birthEvents = births.Sum(child => 1 + child.RelatedIdentifiers(Familierelasjontype.Mor).Count() + child.RelatedIdentifiers(Familierelasjontype.Far).Count());
        var randomCount = Math.Max(0, eventCount - birthEvents);
        var span = (end - windowStart).TotalSeconds;
        var moments = new List<DateTimeOffset>(randomCount);
        for (var i = 0; i < randomCount; i++)
        {
            moments.Add(windowStart.AddSeconds(Math.Floor(1 + _random.NextDouble() * (span - 2))));
        }

        moments.Sort();
        var nextBirth = 0;
        for (var i = 0; i < moments.Count; i++)
        {
            var moment = moments[i];
            while (nextBirth < births.Count && births[nextBirth].RegisteredAt <= moment)
            {
                RecordBirth(births[nextBirth++]);
            }

            // A change can give several events (a marriage, a household that moves): skip the moments that would put the
            // feed ahead of an even spread of eventCount over the window, so the last months are as busy as the first.
            if (_log.Events.Count >= (long)eventCount * (i + 1) / moments.Count)
            {
                continue;
            }

            AppendRandom(moment);
        }

        while (nextBirth < births.Count)
        {
            RecordBirth(births[nextBirth++]);
        }
    }

    /// <summary>One random register change at <paramref name="at"/> (a change can produce several events, e.g. a marriage).</summary>
    public IReadOnlyList<RegisterEvent> AppendRandom(DateTimeOffset at)
    {
        var (type, attempts) = DrawType();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var person = _registry.Persons[_random.Next(_registry.Persons.Count)];
            if (_mutations.TryApply(type, person, at) is { Count: > 0 } changes)
            {
                return Record(changes);
            }
        }

        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var person = _registry.Persons[_random.Next(_registry.Persons.Count)];
            if (_mutations.TryApply(Hendelsestyper.PersonErOppdatert, person, at) is { Count: > 0 } changes)
            {
                return Record(changes);
            }
        }

        return Array.Empty<RegisterEvent>();
    }

    /// <summary>A change of the given type to the given person, or null when the person is not eligible for it.</summary>
    public IReadOnlyList<RegisterEvent>? Append(SimulatedPerson person, string hendelsestype, DateTimeOffset at)
        => _mutations.TryApply(hendelsestype, person, at) is { Count: > 0 } changes ? Record(changes) : null;

    private IReadOnlyList<RegisterEvent> Record(IReadOnlyList<RegisterChange> changes)
    {
        var recorded = new List<RegisterEvent>(changes.Count);
        foreach (var change in changes.OrderBy(c => c.At))
        {
            recorded.Add(_log.Record(change));
        }

        return recorded;
    }

    private void RecordBirth(SimulatedPerson child)
    {
        var at = child.RegisteredAt;
        var parents = child.RelatedIdentifiers(Familierelasjontype.Mor)
            .Concat(child.RelatedIdentifiers(Familierelasjontype.Far))
            .Select(_registry.FindByIdentifier)
            .OfType<SimulatedPerson>()
            .ToList();
        if (parents.FirstOrDefault(p => p.Address is not null) is { Address: { } home } parent && child.Address?.Key != home.Key)
        {
            var gradering = RegisterEntries.Current(parent.Document.Adressebeskyttelse)?.Graderingsnivaa ?? Adressegradering.Ugradert;
            child.Document.Bostedsadresse = new List<Bostedsadresse> { _factory.Residence(home, child.BirthDate, at, gradering) };
            child.Address = home;
        }

        var childRelations = new List<EntityChange>();
        AddCurrent(childRelations, "familierelasjon", child.Document.Familierelasjon, _ => true);
        AddCurrent(childRelations, "foreldreansvar", child.Document.Foreldreansvar, _ => true);
        var changes = new List<RegisterChange> { new(child, Hendelsestyper.PersonErOpprettet, at, PersonMutations.CreationChanges(child, childRelations)) };
        foreach (var each in parents)
        {
            var parentChanges = new List<EntityChange>();
            AddCurrent(parentChanges, "familierelasjon", each.Document.Familierelasjon, r => r.RelatertPerson == child.Identifier);
            AddCurrent(parentChanges, "foreldreansvar", each.Document.Foreldreansvar, r => r.Ansvarssubjekt == child.Identifier);
            changes.Add(new RegisterChange(each, Hendelsestyper.EndringIFamilierelasjon, at, parentChanges));
        }

        Record(changes);
    }

    private static void AddCurrent<T>(List<EntityChange> changes, string property, IReadOnlyList<T>? entries, Func<T, bool> which)
        where T : class, IRegisterEntry
    {
        foreach (var entry in entries ?? Array.Empty<T>())
        {
            if (entry.ErGjeldende == true && which(entry))
            {
                changes.Add(new EntityChange(property, EntityChange.RegistrereNy, entry));
            }
        }
    }

    private (string Type, int Attempts) DrawType()
    {
        var roll = _random.Next(TotalWeight);
        foreach (var (type, weight, attempts) in Weights)
        {
            if (roll < weight)
            {
                return (type, attempts);
            }

            roll -= weight;
        }

        return (Hendelsestyper.PersonErOppdatert, 60);
    }
}
