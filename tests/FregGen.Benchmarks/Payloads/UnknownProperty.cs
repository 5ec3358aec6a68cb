using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace FregGen.Benchmarks.Payloads;

/// <summary>
/// Makes the answer Freg sends after Skatteetaten adds a field: the same bytes with one property the spec (and so every
/// generated model) does not know inserted at the start of every entry of every person — each item of a person
/// property's list (<c>navn[i]</c>, <c>bostedsadresse[i]</c>, …). Everything else stays byte for byte as it was.
/// </summary>
public static class UnknownProperty
{
    /// <summary>The inserted property: a small object, so a reader must keep a nested value, not only a string.</summary>
    public const string Json = "\"endringsinformasjon\":{\"kilde\":\"Skatteetaten\",\"versjon\":2},";

    /// <summary>The answer with the property inserted, and how many entries got it.</summary>
    public static (byte[] Bytes, int Entries) AddToEveryEntry(byte[] bulkResponse)
    {
        var insertAt = new List<int>();
        var reader = new Utf8JsonReader(bulkResponse, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        // The property names leading to the current token; null for an array level.
        var path = new List<string?>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    break;
                case JsonTokenType.StartObject:
                    if (IsPersonEntry(path))
                    {
                        insertAt.Add((int)reader.TokenStartIndex + 1);
                    }

                    path.Add(pendingName);
                    pendingName = null;
                    break;
                case JsonTokenType.StartArray:
                    path.Add(pendingName);
                    path.Add(null);
                    pendingName = null;
                    break;
                case JsonTokenType.EndArray:
                    path.RemoveRange(path.Count - 2, 2);
                    break;
                case JsonTokenType.EndObject:
                    path.RemoveAt(path.Count - 1);
                    break;
                default:
                    pendingName = null;
                    break;
            }
        }

        var inserted = Encoding.UTF8.GetBytes(Json);
        using var output = new MemoryStream(bulkResponse.Length + (insertAt.Count * inserted.Length));
        var copied = 0;
        foreach (var position in insertAt)
        {
            output.Write(bulkResponse, copied, position - copied);
            output.Write(inserted);
            copied = position;
        }

        output.Write(bulkResponse, copied, bulkResponse.Length - copied);
        return (output.ToArray(), insertAt.Count);
    }

    /// <summary>An object that is an item of a list held by a property of a <c>folkeregisterperson</c> object.</summary>
    private static bool IsPersonEntry(List<string?> path)
        => path.Count >= 4 && path[^1] is null && path[^2] is not null && path[^3] == "folkeregisterperson";
}
