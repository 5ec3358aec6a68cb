using System;
using System.Linq;
using System.Text.Json;

namespace FregGen.Client.Tests.Infrastructure;

/// <summary>Compares two JSON texts by meaning: property order is ignored, and date-time strings compare as instants.</summary>
public static class JsonEquivalence
{
    public static void AssertEquivalent(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        Compare(expectedDocument.RootElement, actualDocument.RootElement, "$");
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.String && actual.ValueKind == JsonValueKind.String
            && expected.GetString()!.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(expected.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var expectedInstant)
            && DateTimeOffset.TryParse(actual.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var actualInstant))
        {
            Assert.True(expectedInstant == actualInstant, path + ": " + expected + " != " + actual);
            return;
        }

        Assert.True(expected.ValueKind == actual.ValueKind, path + ": " + expected.ValueKind + " != " + actual.ValueKind);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                // A property sent as null carries no data; the models leave it out when writing.
                var expectedNames = expected.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
                var actualNames = actual.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
                Assert.True(expectedNames.SequenceEqual(actualNames), path + ": properties [" + string.Join(",", expectedNames) + "] != [" + string.Join(",", actualNames) + "]");
                foreach (var property in expected.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
                {
                    Compare(property.Value, actual.GetProperty(property.Name), path + "." + property.Name);
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), path + ": array lengths differ");
                foreach (var (item, index) in expected.EnumerateArray().Select((item, index) => (item, index)))
                {
                    Compare(item, actual[index], path + "[" + index + "]");
                }

                break;
            case JsonValueKind.Number:
                Assert.True(expected.GetDecimal() == actual.GetDecimal(), path + ": " + expected + " != " + actual);
                break;
            default:
                Assert.True(expected.ToString() == actual.ToString(), path + ": " + expected + " != " + actual);
                break;
        }
    }
}
