using System.Text.Json.Serialization;

namespace FregGen.Runtime.Maskinporten;

/// <summary>Maskinporten's successful token answer.</summary>
internal sealed class MaskinportenTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    [JsonPropertyName("scope")]
    public string? Scope { get; set; }

    /// <summary>Never shows the token.</summary>
    public override string ToString() => $"Maskinporten token response (scope {Scope}, expires in {ExpiresIn} s)";
}
