using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>What a package's event feed entries carry.</summary>
internal enum FeedShape
{
    /// <summary>Identifier, event type, time, and the ids of the event document and the person document.</summary>
    Full,

    /// <summary>Identifier, event type and time: no document ids (<c>LagretTynnHendelse</c>).</summary>
    Thin,

    /// <summary>Only the person's identifier ("I enkelte rettighetspakker vil hendelsen kun inneholde en folkeregisteridentifikator").</summary>
    IdentifierOnly,
}

/// <summary>A package's feed: its shape and the event types it does not get.</summary>
internal sealed record FeedRules(FeedShape Shape, string Source, string Confidence, EquatableArray<WithheldEventType> WithheldEventTypes)
{
    public static readonly FeedRules Default = new(FeedShape.Full, string.Empty, "inferred", EquatableArray<WithheldEventType>.Empty);

    public const string Sekvensnummer = "sekvensnummer";
    public const string Folkeregisteridentifikator = "folkeregisteridentifikator";
    public const string Hendelsetype = "hendelsetype";
    public const string Ajourholdstidspunkt = "ajourholdstidspunkt";
    public const string Hendelsesdokument = "hendelsesdokument";
    public const string Persondokument = "persondokument";

    /// <summary>Whether an entry's <c>hendelse</c> carries the field (the sequence number is always there).</summary>
    public bool Carries(string field) => Shape switch
    {
        FeedShape.Full => true,
        FeedShape.Thin => field is Folkeregisteridentifikator or Hendelsetype or Ajourholdstidspunkt,
        _ => field == Folkeregisteridentifikator,
    };

    public static bool TryParseShape(string text, out FeedShape shape)
    {
        switch (text)
        {
            case "full":
                shape = FeedShape.Full;
                return true;
            case "thin":
                shape = FeedShape.Thin;
                return true;
            case "identifierOnly":
                shape = FeedShape.IdentifierOnly;
                return true;
            default:
                shape = FeedShape.Full;
                return false;
        }
    }
}

/// <summary>An event type a package's feed does not carry (in the window of <see cref="Validity"/>).</summary>
internal sealed record WithheldEventType(string Type, Validity Validity, string Source, string Confidence, string? Note);

/// <summary>
/// An event type and the person properties it is about (catalogue <c>eventTypes</c>): an event reaches a package only
/// when the package is granted one of them. <see cref="KeptWhenGeneralised"/>: the packages that see generalised event
/// types still see this one by its own name.
/// </summary>
internal sealed record EventTypeFacts(string Type, EquatableArray<string> Properties, bool KeptWhenGeneralised, string Source, string Confidence);
