using System;
using System.Globalization;
using FregGen.Runtime.Identity;

namespace FregGen.Simulator.Population;

/// <summary>
/// Synthetic (test) fødselsnumre and d-numre as Skatteetaten's test population uses them: month + 80, d-number day + 40,
/// completed with the two mod-11 control digits by FregGen.Runtime's <see cref="FoedselsEllerDNummer"/>.
/// </summary>
internal static class SyntheticIdentityNumbers
{
    /// <summary>Draws an identity number for a birth date and gender, or null when the drawn individual number gives no valid control digits.</summary>
    public static string? TryCreate(Random random, DateOnly birthDate, bool male, bool dNumber)
    {
        var (low, high) = IndividualNumberRange(birthDate.Year);
        var individual = random.Next(low, high + 1);
        if ((individual % 2 == 1) != male)
        {
            individual = individual == high ? individual - 1 : individual + 1;
        }

        var day = birthDate.Day + (dNumber ? 40 : 0);
        var month = birthDate.Month + 80;
        var stem = day.ToString("00", CultureInfo.InvariantCulture)
            + month.ToString("00", CultureInfo.InvariantCulture)
            + (birthDate.Year % 100).ToString("00", CultureInfo.InvariantCulture)
            + individual.ToString("000", CultureInfo.InvariantCulture);
        return FoedselsEllerDNummer.TryComplete(stem, out var number) ? number.Value : null;
    }

    private static (int Low, int High) IndividualNumberRange(int year) => year switch
    {
        < 1900 => (500, 749),
        < 1940 => (0, 499),
        < 2000 => (0, 499),
        _ => (500, 999),
    };
}
