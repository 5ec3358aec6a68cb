using System.Text.Json.Serialization;

namespace FregGen.Runtime.Maskinporten;

/// <summary>Maskinporten's OAuth error answer.</summary>
internal sealed class MaskinportenErrorResponse
{
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }
}
