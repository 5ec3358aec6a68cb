using System;
using System.Collections.Generic;
using System.Text.Json;
using FregGen.Simulator.Freg;

namespace FregGen.Simulator.Population;

/// <summary>Stamping, superseding and closing register entries the way Freg keeps history: the current entry first, earlier ones after it with erGjeldende=false and an opphoerstidspunkt.</summary>
internal static class RegisterEntries
{
    public static readonly DateTimeOffset DsfStart = new(1964, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset FolkeregisteretStart = new(2017, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public static T Stamp<T>(T entry, DateTimeOffset registered, DateTimeOffset validFrom)
        where T : IRegisterEntry
    {
        var registeredAt = registered < DsfStart ? DsfStart : registered;
        entry.Ajourholdstidspunkt = registeredAt;
        entry.Gyldighetstidspunkt = validFrom;
        entry.ErGjeldende = true;
        entry.Kilde = registeredAt < FolkeregisteretStart ? "KILDE_DSF" : "SKD";
        return entry;
    }

    /// <summary>An independent copy of an entry (the generated models are plain objects; a JSON round trip copies every field).</summary>
    public static T Copy<T>(T entry)
        where T : class, IRegisterEntry
    {
        var info = FregJsonContext.GetTypeInfo<T>();
        return JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(entry, info), info)!;
    }

    public static T? Current<T>(IReadOnlyList<T>? entries)
        where T : class, IRegisterEntry
    {
        if (entries is null)
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.ErGjeldende == true)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Closes every current entry at <paramref name="at"/> and puts the replacement first.</summary>
    public static List<T> Supersede<T>(IReadOnlyList<T>? entries, T replacement, DateTimeOffset at)
        where T : class, IRegisterEntry
    {
        Close(entries, at);
        var result = new List<T> { replacement };
        if (entries is not null)
        {
            result.AddRange(entries);
        }

        return result;
    }

    /// <summary>Adds an entry next to the current ones (a new child, a second citizenship).</summary>
    public static List<T> Add<T>(IReadOnlyList<T>? entries, T entry)
        where T : class, IRegisterEntry
    {
        var result = new List<T> { entry };
        if (entries is not null)
        {
            result.AddRange(entries);
        }

        return result;
    }

    public static void Close<T>(IReadOnlyList<T>? entries, DateTimeOffset at, Func<T, bool>? which = null)
        where T : class, IRegisterEntry
    {
        if (entries is null)
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.ErGjeldende == true && (which is null || which(entry)))
            {
                entry.ErGjeldende = false;
                entry.Opphoerstidspunkt = at;
            }
        }
    }
}
