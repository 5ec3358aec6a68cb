using System;
using System.Globalization;
using System.Text;

namespace FregGen.Simulator.Population;

/// <summary>Document and job identifiers drawn from the seeded generator, so that the same seed gives the same ids.</summary>
internal static class DeterministicIds
{
    /// <summary>A version-4 style UUID (persondokument, jobbId).</summary>
    public static string NewUuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }

    /// <summary>32 lower-case hex digits, the form the feed's hendelsesdokument ids have.</summary>
    public static string NewHex32(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var text = new StringBuilder(32);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public static string Digits(Random random, int count)
    {
        var text = new StringBuilder(count);
        text.Append((char)('1' + random.Next(0, 9)));
        for (var i = 1; i < count; i++)
        {
            text.Append((char)('0' + random.Next(0, 10)));
        }

        return text.ToString();
    }
}
