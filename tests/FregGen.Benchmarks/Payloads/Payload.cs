using System;
using System.Security.Cryptography;

namespace FregGen.Benchmarks.Payloads;

/// <summary>One response body as Freg (the simulator) sent it, and where it was saved.</summary>
public sealed record Payload(string Name, string Description, byte[] Bytes, string SavedTo)
{
    public int Size => Bytes.Length;

    /// <summary>The first 16 hex digits of the body's SHA-256: equal across runs when the simulator is deterministic.</summary>
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Bytes)).Substring(0, 16).ToLowerInvariant();
}
