using System.Collections.Generic;

namespace FregGen.Simulator.Maskinporten;

/// <summary>The outcome of checking a JWT grant: the client and scopes, or an OAuth error code and description.</summary>
internal sealed record GrantValidationResult(string? ClientId, IReadOnlyList<string> Scopes, string? Error, string? ErrorDescription)
{
    public bool IsValid => Error is null;

    public static GrantValidationResult Fail(string error, string description) => new(null, System.Array.Empty<string>(), error, description);
}
