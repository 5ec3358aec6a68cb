using System;
using System.Globalization;

namespace FregGen.Catalogue;

/// <summary>
/// A calendar day (<c>yyyy-MM-dd</c>) the catalogue is resolved on: the <c>from</c>/<c>until</c> of a fact and
/// <c>&lt;FregCatalogueDate&gt;</c>. A value of its own so that no clock and no time zone ever enter the comparison.
/// </summary>
internal readonly struct CatalogueDate : IEquatable<CatalogueDate>, IComparable<CatalogueDate>
{
    private readonly int _value;

    private CatalogueDate(int value) => _value = value;

    public int Year => _value / 10000;

    public int Month => _value / 100 % 100;

    public int Day => _value % 100;

    public static CatalogueDate Of(DateTime day) => new((day.Year * 10000) + (day.Month * 100) + day.Day);

    /// <summary>Reads exactly <c>yyyy-MM-dd</c> (a real calendar day); anything else is not a date.</summary>
    public static bool TryParse(string? text, out CatalogueDate date)
    {
        date = default;
        if (text is null || text.Length != 10
            || !DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = Of(parsed);
        return true;
    }

    public static CatalogueDate? Parse(string? text) => TryParse(text, out var date) ? date : null;

    public bool Equals(CatalogueDate other) => _value == other._value;

    public override bool Equals(object? obj) => obj is CatalogueDate other && Equals(other);

    public override int GetHashCode() => _value;

    public int CompareTo(CatalogueDate other) => _value.CompareTo(other._value);

    public override string ToString()
        => Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + Month.ToString("00", CultureInfo.InvariantCulture) + "-" + Day.ToString("00", CultureInfo.InvariantCulture);

    public static bool operator ==(CatalogueDate left, CatalogueDate right) => left.Equals(right);

    public static bool operator !=(CatalogueDate left, CatalogueDate right) => !left.Equals(right);

    public static bool operator <(CatalogueDate left, CatalogueDate right) => left._value < right._value;

    public static bool operator >(CatalogueDate left, CatalogueDate right) => left._value > right._value;

    public static bool operator <=(CatalogueDate left, CatalogueDate right) => left._value <= right._value;

    public static bool operator >=(CatalogueDate left, CatalogueDate right) => left._value >= right._value;
}
