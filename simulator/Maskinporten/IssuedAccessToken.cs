using System;
using System.Collections.Generic;

namespace FregGen.Simulator.Maskinporten;

/// <summary>An access token the fake Maskinporten issued: for which client, which scopes, until when.</summary>
internal sealed record IssuedAccessToken(string Token, string ClientId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt);
