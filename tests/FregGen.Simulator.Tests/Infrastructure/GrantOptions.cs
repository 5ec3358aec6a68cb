using System;
using System.Security.Cryptography.X509Certificates;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>How a test grant deviates from a valid one.</summary>
public sealed class GrantOptions
{
    public string ClientId { get; init; } = "freggen-test-client";

    public DateTimeOffset? IssuedAt { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromSeconds(100);

    public string? Jti { get; init; }

    public bool IncludeCertificate { get; init; } = true;

    /// <summary>Put another certificate in x5c than the one that signs (a bad signature).</summary>
    public X509Certificate2? CertificateInHeader { get; init; }

    /// <summary>Sign with the raw key and this kid instead of the certificate.</summary>
    public string? KeyId { get; init; }
}
