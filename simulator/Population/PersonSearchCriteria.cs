using System;

namespace FregGen.Simulator.Population;

/// <summary>The search keys of personsoek and entydigsoek, already validated.</summary>
internal sealed record PersonSearchCriteria
{
    public string[]? NameWords { get; init; }

    /// <summary>entydigsoek: the first word must be in the given names and the last in the surname.</summary>
    public bool NameWordsInOrder { get; init; }

    public bool Phonetic { get; init; }

    public bool IncludeHistory { get; init; }

    public string? Kjoenn { get; init; }

    public DateOnly? Foedselsdato { get; init; }

    public int? BirthYearFrom { get; init; }

    public int? BirthYearTo { get; init; }

    public string? Adressenavn { get; init; }

    public string? Husnummer { get; init; }

    public string? Postnummer { get; init; }

    public string? Kommunenummer { get; init; }

    public string? Fylkesnummer { get; init; }

    public bool IncludeOppholdsadresse { get; init; }

    public bool IncludeDead { get; init; }

    public string? Identifikasjonsnummer { get; init; }

    /// <summary>entydigsoek: ISO3 country code and number of a foreign id (AFG-1458-4555).</summary>
    public (string Land, string Nummer)? UtenlandskId { get; init; }

    /// <summary>entydigsoek: ISO3 country code and number of an identity document (IRL-195509132386).</summary>
    public (string Land, string Nummer)? Legitimasjonsdokument { get; init; }

    public string? DufNummer { get; init; }

    public bool HasAddress => Adressenavn is not null || Husnummer is not null || Postnummer is not null || Kommunenummer is not null || Fylkesnummer is not null;
}
