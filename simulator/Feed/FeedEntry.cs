namespace FregGen.Simulator.Feed;

/// <summary>An event as one package's feed carries it: its sequence number in that feed and the type the package sees.</summary>
internal sealed record FeedEntry(long Sekvensnummer, RegisterEvent Event, string Hendelsetype);
