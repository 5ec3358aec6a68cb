using System;

namespace FregGen.Simulator.Faults;

/// <summary>An injected fault: what it does, to how many more matching requests, and which paths it matches.</summary>
internal sealed class FaultRule
{
    public FaultRule(FaultKind kind, int remaining, int status, TimeSpan duration, string? pathContains)
    {
        Kind = kind;
        Remaining = remaining;
        Status = status;
        Duration = duration;
        PathContains = pathContains;
    }

    public FaultKind Kind { get; }

    public int Remaining { get; set; }

    public int Status { get; }

    /// <summary>Retry-After for 429, the delay for Delay.</summary>
    public TimeSpan Duration { get; }

    public string? PathContains { get; }

    /// <summary>Without a path filter a fault hits the Freg API only (not the token endpoint); with one, any path containing it.</summary>
    public bool Matches(string path, bool isFregApi)
        => PathContains is null ? isFregApi : path.Contains(PathContains, StringComparison.OrdinalIgnoreCase);
}
