using System;
using FregGen.Benchmarks.Payloads;
using FregGen.Benchmarks.Peers;

namespace FregGen.Benchmarks.Runtime;

/// <summary>
/// The payloads and compiled peers, prepared once by <see cref="Program"/> before BenchmarkDotNet runs the run-time
/// benchmarks in this same process (in-process toolchain), which read them in their global setup.
/// </summary>
public static class RuntimeInputs
{
    private static PayloadSet? _payloads;
    private static PeerCompilation? _peers;

    public static PayloadSet Payloads => _payloads ?? throw NotPrepared();

    public static PeerCompilation Peers => _peers ?? throw NotPrepared();

    /// <summary>The payloads alone, for runs that measure no peer (<c>--paired</c>).</summary>
    public static void PreparePayloads(PayloadSet payloads) => _payloads = payloads;

    public static void Prepare(PayloadSet payloads, PeerCompilation peers)
    {
        _payloads = payloads;
        _peers = peers;
    }

    /// <summary>Throws unless <paramref name="actual"/> is <paramref name="expected"/>: every implementation must read the whole payload.</summary>
    public static void Expect(string what, int expected, int actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException(what + " gave " + actual + " items, expected " + expected + ": the comparison would not be on the same work.");
        }
    }

    private static InvalidOperationException NotPrepared()
        => new("The run-time benchmarks need the simulator payloads and the compiled peers: run them through `dotnet run -c Release --project tests/FregGen.Benchmarks`.");
}
