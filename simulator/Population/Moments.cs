using System;

namespace FregGen.Simulator.Population;

/// <summary>Converts calendar days to the UTC timestamps Freg uses, and draws days and times from the seeded generator.</summary>
internal static class Moments
{
    public static DateTimeOffset AtStartOf(DateOnly day) => new(day.Year, day.Month, day.Day, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A registration moment on a working-day hour of the given day.</summary>
    public static DateTimeOffset RegisteredOn(Random random, DateOnly day)
        => AtStartOf(day).AddHours(7 + random.Next(0, 10)).AddMinutes(random.Next(0, 60)).AddSeconds(random.Next(0, 60));

    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

    public static DateOnly Between(Random random, DateOnly first, DateOnly last)
    {
        if (last <= first)
        {
            return first;
        }

        return first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1));
    }

    public static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
