using System.Text.Json.Serialization;

namespace FregGen.Runtime.Maskinporten;

/// <summary>Source-generated (trimming- and AOT-safe) JSON metadata for Maskinporten's answers.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(MaskinportenTokenResponse))]
[JsonSerializable(typeof(MaskinportenErrorResponse))]
internal sealed partial class MaskinportenJsonContext : JsonSerializerContext
{
}
