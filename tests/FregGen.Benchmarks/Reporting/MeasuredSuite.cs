using System;
using System.Collections.Generic;
using System.Linq;

namespace FregGen.Benchmarks.Reporting;

/// <summary>The results of one benchmark class.</summary>
public sealed record MeasuredSuite(string Name, IReadOnlyList<MeasuredCase> Cases, IReadOnlyList<string> Failures)
{
    public MeasuredCase this[string method]
        => Cases.FirstOrDefault(c => c.Method == method)
            ?? throw new InvalidOperationException(Name + "." + method + " has no result" + (Failures.Count > 0 ? ": " + string.Join("; ", Failures) : "."));
}
