using System;
using System.Globalization;

namespace FregGen.Simulator.Population;

/// <summary>Draws addresses from the postal areas: a real street name, a house number, sometimes a letter or a flat number.</summary>
internal static class AddressFactory
{
    public static AddressValues Create(Random random, PostalArea? area = null)
    {
        var areaIndex = area is null ? random.Next(NorwegianPlaces.Areas.Count) : IndexOf(area);
        var chosen = NorwegianPlaces.Areas[areaIndex];
        var streetIndex = random.Next(chosen.Streets.Count);
        var husnummer = (1 + random.Next(0, 140)).ToString(CultureInfo.InvariantCulture);
        var husbokstav = random.Chance(0.12) ? ((char)('A' + random.Next(0, 4))).ToString() : null;
        var bruksenhet = chosen.Kommunenummer is "0301" or "4601" or "5001" or "1103" || random.Chance(0.25)
            ? random.Chance(0.7) ? "H0" + (1 + random.Next(0, 6)).ToString(CultureInfo.InvariantCulture) + "0" + (1 + random.Next(0, 4)).ToString(CultureInfo.InvariantCulture) : null
            : null;
        var adressekode = (1000 + (areaIndex * 17 + streetIndex * 131) % 9000).ToString(CultureInfo.InvariantCulture);
        return new AddressValues(
            chosen,
            chosen.Streets[streetIndex],
            adressekode,
            husnummer,
            husbokstav,
            bruksenhet,
            chosen.Kommunenummer + DeterministicIds.Digits(random, 6),
            100 + random.Next(0, 900),
            1 + random.Next(0, 30),
            1 + random.Next(0, 20),
            1 + random.Next(0, 12));
    }

    /// <summary>A new address, usually in the same kommune.</summary>
    public static AddressValues Near(Random random, AddressValues current)
    {
        if (random.Chance(0.6))
        {
            foreach (var area in NorwegianPlaces.Areas)
            {
                if (area.Kommunenummer == current.Area.Kommunenummer && random.Chance(0.5))
                {
                    return Create(random, area);
                }
            }

            return Create(random, current.Area);
        }

        return Create(random);
    }

    private static int IndexOf(PostalArea area)
    {
        for (var i = 0; i < NorwegianPlaces.Areas.Count; i++)
        {
            if (ReferenceEquals(NorwegianPlaces.Areas[i], area))
            {
                return i;
            }
        }

        throw new ArgumentException("The postal area is not one of NorwegianPlaces.Areas.", nameof(area));
    }
}
