namespace FregGen.Simulator.Feed;

/// <summary>A changed entry as it was when the event was registered (its JSON), for the event document's egenskapshendelse.</summary>
internal sealed record RecordedChange(string Property, string Entitetsendring, string EntryJson);
