using System;
using System.Globalization;

namespace FregGen.Simulator.Population;

/// <summary>
/// Synthetic (test) fødselsnumre and d-numre as Skatteetaten's test population uses them: month + 80, d-number day + 40,
/// and the two mod-11 control digits computed over the shifted digits.
/// </summary>
internal static class SyntheticIdentityNumbers
{
    private static readonly int[] FirstControlWeights = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    private static readonly int[] SecondControlWeights = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

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
        var first = ControlDigit(stem, FirstControlWeights);
        if (first < 0)
        {
            return null;
        }

        var second = ControlDigit(stem + (char)('0' + first), SecondControlWeights);
        return second < 0 ? null : stem + (char)('0' + first) + (char)('0' + second);
    }

    private static (int Low, int High) IndividualNumberRange(int year) => year switch
    {
        < 1900 => (500, 749),
        < 1940 => (0, 499),
        < 2000 => (0, 499),
        _ => (500, 999),
    };

    private static int ControlDigit(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        var control = 11 - (sum % 11);
        return control switch
        {
            11 => 0,
            10 => -1,
            _ => control,
        };
    }
}
