using System;
using System.Linq;
using System.Text.Json.Nodes;
using FregGen.Simulator.Freg;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Population;

/// <summary>Time views of a person document: the document as the register knew it at a moment, and its latest registration.</summary>
internal static class RegisterTimeline
{
    public static JsonObject ToJson(Folkeregisterperson document)
        => System.Text.Json.JsonSerializer.SerializeToNode(document, FregJsonContext.GetTypeInfo<Folkeregisterperson>())!.AsObject();

    /// <summary>
    /// Rewinds a full person document to <paramref name="asOf"/>: entries registered later disappear, and entries
    /// closed later are current again.
    /// </summary>
    public static void Rewind(JsonObject document, DateTimeOffset asOf)
    {
        foreach (var property in document.ToArray())
        {
            switch (property.Value)
            {
                case JsonArray entries:
                    for (var i = entries.Count - 1; i >= 0; i--)
                    {
                        if (entries[i] is JsonObject entry && !RewindEntry(entry, asOf))
                        {
                            entries.RemoveAt(i);
                        }
                    }

                    if (entries.Count == 0)
                    {
                        document.Remove(property.Key);
                    }

                    break;
                case JsonObject single when !RewindEntry(single, asOf):
                    document.Remove(property.Key);
                    break;
            }
        }
    }

    public static DateTimeOffset LatestRegistration(Folkeregisterperson document)
    {
        var latest = DateTimeOffset.MinValue;
        Visit(ToJson(document), ref latest);
        return latest;
    }

    private static bool RewindEntry(JsonObject entry, DateTimeOffset asOf)
    {
        if (Moment(entry, "ajourholdstidspunkt") is { } registered && registered > asOf)
        {
            return false;
        }

        if (Moment(entry, "opphoerstidspunkt") is { } closed && closed > asOf)
        {
            entry.Remove("opphoerstidspunkt");
            entry["erGjeldende"] = true;
        }

        return true;
    }

    private static DateTimeOffset? Moment(JsonObject entry, string name)
        => entry[name] is JsonValue value && value.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var moment) ? moment : null;

    private static void Visit(JsonNode? node, ref DateTimeOffset latest)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    if ((property.Key == "ajourholdstidspunkt" || property.Key == "opphoerstidspunkt") && Moment(obj, property.Key) is { } moment && moment > latest)
                    {
                        latest = moment;
                    }
                    else
                    {
                        Visit(property.Value, ref latest);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item, ref latest);
                }

                break;
        }
    }
}
