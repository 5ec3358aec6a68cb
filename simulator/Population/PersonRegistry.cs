using System;
using System.Collections.Generic;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>The simulated population: persons in a stable order, found by current or earlier identity number, and their archived document versions.</summary>
internal sealed class PersonRegistry
{
    private static readonly SimulatedPerson Reserved = new(-1, new Folkeregisterperson(), DateTimeOffset.MinValue, null);

    private readonly List<SimulatedPerson> _persons = new();
    private readonly Dictionary<string, SimulatedPerson> _byIdentifier = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonDocumentVersion> _versions = new(StringComparer.Ordinal);

    public IReadOnlyList<SimulatedPerson> Persons => _persons;

    public SimulatedPerson Add(Folkeregisterperson document, DateTimeOffset registeredAt, ForeignOrigin? origin)
    {
        var person = new SimulatedPerson(_persons.Count, document, registeredAt, origin);
        _persons.Add(person);
        foreach (var identifier in person.Identifiers)
        {
            _byIdentifier[identifier] = person;
        }

        return person;
    }

    public void RegisterIdentifier(string identifier, SimulatedPerson person) => _byIdentifier[identifier] = person;

    public SimulatedPerson? FindByIdentifier(string identifier) => _byIdentifier.TryGetValue(identifier, out var person) && person.Index >= 0 ? person : null;

    /// <summary>Draws an unused synthetic identity number.</summary>
    public string NewIdentifier(Random random, DateOnly birthDate, bool male, bool dNumber)
    {
        while (true)
        {
            if (SyntheticIdentityNumbers.TryCreate(random, birthDate, male, dNumber) is { } candidate && !_byIdentifier.ContainsKey(candidate))
            {
                _byIdentifier[candidate] = Reserved;
                return candidate;
            }
        }
    }

    public PersonDocumentVersion AddVersion(SimulatedPerson person, string documentId, DateTimeOffset asOf)
    {
        var version = new PersonDocumentVersion(documentId, person, asOf, person.Versions.Count);
        person.Versions.Add(version);
        _versions.Add(documentId, version);
        return version;
    }

    public PersonDocumentVersion? FindVersion(string documentId) => _versions.TryGetValue(documentId, out var version) ? version : null;
}
