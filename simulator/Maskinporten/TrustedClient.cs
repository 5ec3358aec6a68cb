using System.Collections.Generic;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Simulator.Maskinporten;

/// <summary>A registered Maskinporten client: its signing key (certificate or JWK) and, optionally, the scopes it may ask for.</summary>
internal sealed record TrustedClient(string ClientId, SecurityKey Key, string? CertificateThumbprint, string? KeyId, IReadOnlySet<string> AllowedScopes);
