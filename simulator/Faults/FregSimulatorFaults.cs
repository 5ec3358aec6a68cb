using System;
using System.Collections.Generic;
using System.Threading;

namespace FregGen.Simulator.Faults;

/// <summary>
/// Faults the simulator injects into the next matching requests, for testing retries and resilience. Faults are used in the
/// order they were injected. Without <c>pathContains</c> a fault hits only Freg API requests (not the token endpoint);
/// with it, any request whose path contains the text (e.g. "maskinporten/token", "hendelser/feed").
/// </summary>
public sealed class FregSimulatorFaults
{
    private readonly object _sync = new();
    private readonly List<FaultRule> _rules = new();
    private long _requestsServed;
    private long _faultsApplied;

    /// <summary>Requests the simulator has received (the admin endpoints not counted).</summary>
    public long RequestsServed => Interlocked.Read(ref _requestsServed);

    /// <summary>Requests that got an injected fault.</summary>
    public long FaultsApplied => Interlocked.Read(ref _faultsApplied);

    /// <summary>Injected faults not used yet.</summary>
    public int PendingFaults
    {
        get
        {
            lock (_sync)
            {
                var pending = 0;
                foreach (var rule in _rules)
                {
                    pending += rule.Remaining;
                }

                return pending;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> matching requests get 429 with a Retry-After header in milliseconds, as Freg sends it.</summary>
    public void Inject429(int count, TimeSpan retryAfter, string? pathContains = null)
    {
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), "Retry-After cannot be negative.");
        }

        Add(new FaultRule(FaultKind.TooManyRequests, Count(count), 429, retryAfter, pathContains));
    }

    /// <summary>The next <paramref name="count"/> matching requests get the status (500–599, or another 4xx to simulate a gateway), with a FolkeregisterFeilmelding body.</summary>
    public void InjectStatus(int count, int status, string? pathContains = null)
    {
        if (status is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(status), "Inject an error status (400–599).");
        }

        Add(new FaultRule(FaultKind.Status, Count(count), status, TimeSpan.Zero, pathContains));
    }

    /// <summary>The next <paramref name="count"/> matching requests are answered normally after <paramref name="delay"/>.</summary>
    public void InjectDelay(int count, TimeSpan delay, string? pathContains = null)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), "The delay cannot be negative.");
        }

        Add(new FaultRule(FaultKind.Delay, Count(count), 0, delay, pathContains));
    }

    /// <summary>Removes every fault not used yet.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _rules.Clear();
        }
    }

    internal void CountRequest() => Interlocked.Increment(ref _requestsServed);

    internal FaultRule? Take(string path, bool isFregApi)
    {
        lock (_sync)
        {
            foreach (var rule in _rules)
            {
                if (rule.Remaining > 0 && rule.Matches(path, isFregApi))
                {
                    rule.Remaining--;
                    if (rule.Remaining == 0)
                    {
                        _rules.Remove(rule);
                    }

                    Interlocked.Increment(ref _faultsApplied);
                    return rule;
                }
            }

            return null;
        }
    }

    private static int Count(int count) => count > 0 ? count : throw new ArgumentOutOfRangeException(nameof(count), "Inject at least one fault.");

    private void Add(FaultRule rule)
    {
        lock (_sync)
        {
            _rules.Add(rule);
        }
    }
}
