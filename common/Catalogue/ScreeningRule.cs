using System;
using System.Linq;
using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>
/// A rule Freg applies per person before it delivers a property to a package (catalogue <c>screeningRules</c>): when
/// <see cref="When"/> holds for the person and an entry, the entry (<c>"*"</c> in <see cref="Withhold"/>) or some of its
/// fields are withheld, or fields are delivered with another value (<see cref="Replace"/>). A package applies the rules it
/// references (<see cref="ScreeningReference"/>).
/// </summary>
internal sealed record ScreeningRule(
    string Id,
    string Text,
    EquatableArray<string> Properties,
    ScreeningCondition When,
    EquatableArray<string> Withhold,
    EquatableArray<FieldValue> Replace,
    string? Delivered,
    string Source,
    string Confidence,
    string? Note)
{
    public const string WholeEntry = "*";

    public bool WithholdsEntry => Withhold.Contains(WholeEntry);

    public bool Covers(string property)
    {
        foreach (var name in Properties)
        {
            if (string.Equals(name, property, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// When a screening rule applies. Every condition given must hold: the person's current <c>adressebeskyttelse</c> is one of
/// <see cref="Adressebeskyttelse"/>; the entry's <see cref="Field"/> is one of <see cref="In"/> (or none of
/// <see cref="NotIn"/>); the entry was registered (<c>ajourholdstidspunkt</c>) before <see cref="RegisteredBefore"/>.
/// </summary>
internal sealed record ScreeningCondition(
    EquatableArray<string> Adressebeskyttelse,
    string? Field,
    EquatableArray<string> In,
    EquatableArray<string> NotIn,
    CatalogueDate? RegisteredBefore)
{
    public bool AppliesToPerson(string? adressebeskyttelse)
        => Adressebeskyttelse.IsEmpty || (adressebeskyttelse is not null && Adressebeskyttelse.Contains(adressebeskyttelse));

    /// <param name="fieldValue">The entry's value of a field, or null when it has none.</param>
    /// <param name="registeredOn">The day the entry was registered, or null when it does not say.</param>
    public bool AppliesToEntry(Func<string, string?> fieldValue, CatalogueDate? registeredOn)
    {
        if (RegisteredBefore is { } limit && (registeredOn is not { } registered || registered >= limit))
        {
            return false;
        }

        if (Field is null)
        {
            return true;
        }

        var value = fieldValue(Field);
        return (In.IsEmpty || (value is not null && In.Contains(value)))
            && (NotIn.IsEmpty || value is null || !NotIn.Contains(value));
    }
}

/// <summary>A field delivered with another value than the register holds (a masked status is delivered as <c>aktiv</c>).</summary>
internal sealed record FieldValue(string Field, string Value);

/// <summary>A package's use of a screening rule, with its own dates and source.</summary>
internal sealed record ScreeningReference(string Rule, Validity Validity, string Source, string Confidence, string? Note);
