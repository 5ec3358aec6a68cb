using System.Collections.Generic;
using System.Linq;
using FregGen.Sample.Freg.Person;

namespace FregGen.Sample.Steps;

/// <summary>Readable values from a person document: the current entry of each list.</summary>
internal static class Describe
{
    public static T? Current<T>(IReadOnlyList<T>? entries, System.Func<T, bool?> isCurrent)
        where T : class
        => entries?.FirstOrDefault(entry => isCurrent(entry) == true) ?? entries?.FirstOrDefault();

    public static string Name(Folkeregisterperson person)
        => Current(person.Navn, n => n.ErGjeldende) is { } navn ? string.Join(" ", new[] { navn.Fornavn, navn.Mellomnavn, navn.Etternavn }.Where(part => !string.IsNullOrEmpty(part))) : "–";

    /// <summary>The current bostedsadresse, unless the person has adressebeskyttelse (fortrolig, strengt fortrolig): such an address is not shown.</summary>
    public static string Address(Folkeregisterperson person)
    {
        if (person.Adressebeskyttelse is { Count: > 0 })
        {
            return "(adressebeskyttelse)";
        }

        var bosted = Current(person.Bostedsadresse, a => a.ErGjeldende);
        if (bosted?.Vegadresse is { } veg)
        {
            return (veg.Adressenavn + " " + veg.Adressenummer?.Husnummer + veg.Adressenummer?.Husbokstav).Trim() + ", " + veg.Poststed?.Postnummer + " " + veg.Poststed?.Poststedsnavn;
        }

        return bosted?.Matrikkeladresse?.Poststed is { } poststed ? "matrikkel, " + poststed.Postnummer + " " + poststed.Poststedsnavn : bosted?.UkjentBosted is not null ? "ukjent bosted" : "–";
    }

    public static string Status(Folkeregisterperson person) => Current(person.Status, s => s.ErGjeldende)?.Status?.Value ?? "–";
}
