using System.Text.Json;

namespace FregGen.Benchmarks.Runtime;

/// <summary>
/// The lower bound of any deserialiser: one Utf8JsonReader pass that touches every token (type and raw value) and
/// allocates nothing. A model-building reader cannot be faster than this on the same bytes.
/// </summary>
public static class RawJsonReader
{
    /// <summary>The reader options FregClient reads bodies with (comments skipped), so both scan the same way.</summary>
    public static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Returns a checksum of token types and value lengths, so the pass cannot be optimised away.</summary>
    public static long TouchEveryToken(byte[] json)
    {
        var reader = new Utf8JsonReader(json, Options);
        long checksum = 0;
        while (reader.Read())
        {
            checksum += (int)reader.TokenType + reader.ValueSpan.Length;
        }

        return checksum;
    }
}
