using System;
using System.Collections.Generic;
using System.Text.Json;
using FregGen.Simulator.Freg;
using FregGen.Simulator.Population;
using FregGen.Simulator.Rights;

namespace FregGen.Simulator.Feed;

/// <summary>
/// Records register changes as events: a new person document version, an event document, and an entry in the feed of
/// every package that may see it on the event's day (the catalogue resolved on that day decides, so a package gets an
/// event type only while it is granted). Not thread-safe: the simulator serialises access.
/// </summary>
internal sealed class EventLog
{
    private readonly Random _random;
    private readonly PersonRegistry _registry;
    private readonly List<RegisterEvent> _events = new();
    private readonly Dictionary<string, RegisterEvent> _byDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PackageFeed> _feeds = new(StringComparer.Ordinal);

    public EventLog(Random random, PersonRegistry registry, SimulatorCatalogue catalogue, DateTimeOffset? retentionStart)
    {
        _random = random;
        _registry = registry;
        RetentionStart = retentionStart;
        var ordinal = 0;
        foreach (var package in catalogue.Packages)
        {
            _feeds.Add(package.Id, new PackageFeed(package, ordinal++, retentionStart));
        }
    }

    public DateTimeOffset? RetentionStart { get; }

    public IReadOnlyList<RegisterEvent> Events => _events;

    public DateTimeOffset? LastEventTime => _events.Count > 0 ? _events[_events.Count - 1].Ajourholdstidspunkt : null;

    public PackageFeed Feed(string packageId) => _feeds[packageId];

    public RegisterEvent? FindEventDocument(string documentId) => _byDocument.TryGetValue(documentId, out var found) ? found : null;

    public bool IsDeleted(DateTimeOffset moment) => RetentionStart is { } start && moment < start;

    public RegisterEvent Record(RegisterChange change)
    {
        var version = _registry.AddVersion(change.Person, DeterministicIds.NewUuid(_random), change.At);
        var eventDocument = change.Hendelsestype == Hendelsestyper.PersonErOppdatert ? null : DeterministicIds.NewHex32(_random);
        var recorded = new List<RecordedChange>(change.Changes.Count);
        foreach (var entity in change.Changes)
        {
            recorded.Add(new RecordedChange(entity.Property, entity.Entitetsendring, JsonSerializer.Serialize(entity.Entry, entity.Entry.GetType(), FregJsonContext.Options)));
        }

        var registerEvent = new RegisterEvent(_events.Count, change.Person, change.Person.Identifier, change.Hendelsestype, change.At, version, eventDocument, recorded)
        {
            Kommunenummer = change.Person.Kommunenummer,
        };
        _events.Add(registerEvent);
        if (eventDocument is not null)
        {
            _byDocument.Add(eventDocument, registerEvent);
        }

        var onTheDay = SimulatorCatalogue.On(change.At);
        foreach (var feed in _feeds.Values)
        {
            if (onTheDay.TryFind(feed.Package.Id)?.VisibleEventType(change.Hendelsestype, SimulatorCatalogue.Definition) is { } visibleType)
            {
                feed.Append(registerEvent, visibleType);
            }
        }

        return registerEvent;
    }
}
