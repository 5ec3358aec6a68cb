namespace FregGen.Runtime.Tests.Feed;

/// <summary>A stand-in for the generated feed-entry type.</summary>
internal sealed record FeedEntry(long Sekvensnummer, string Hendelsetype = "endringIPerson");
