namespace FregGen.Catalogue;

/// <summary>
/// When a catalogue fact holds: from <see cref="From"/> (inclusive) until <see cref="Until"/> (exclusive); an open end
/// has no limit. The default value holds always.
/// </summary>
internal readonly record struct Validity(CatalogueDate? From, CatalogueDate? Until)
{
    public static Validity Always => default;

    public bool IsDated => From is not null || Until is not null;

    public bool IsValidOn(CatalogueDate date) => (From is not { } from || from <= date) && (Until is not { } until || date < until);

    /// <summary>The fact has ended on <paramref name="date"/>: its <see cref="Until"/> is on or before it.</summary>
    public bool HasEndedBy(CatalogueDate date) => Until is { } until && until <= date;

    /// <summary>The fact starts after <paramref name="date"/>.</summary>
    public bool StartsAfter(CatalogueDate date) => From is { } from && from > date;

    /// <summary>"from 2022-08-04", "until 2023-06-26", "from 2022-08-04 until 2023-06-26", or empty.</summary>
    public string Describe()
        => From is { } from
            ? Until is { } until ? "from " + from + " until " + until : "from " + from
            : Until is { } end ? "until " + end : string.Empty;
}
