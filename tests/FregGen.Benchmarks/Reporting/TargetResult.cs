using System;

namespace FregGen.Benchmarks.Reporting;

/// <summary>One target from the issue: the measured value against its upper limit, and by how much it is met or missed.</summary>
public sealed record TargetResult(string Target, string Measured, double Value, double Limit, string LimitText)
{
    public bool Met => Value <= Limit;

    public string Verdict
    {
        get
        {
            if (Met)
            {
                return Limit > 0 && Value > 0 ? "**met**, at " + ReportFormat.Percent(Value / Limit) + " of the limit" : "**met**";
            }

            return "**not met**, " + ReportFormat.Percent((Value - Limit) / Math.Abs(Limit)) + " over the limit"
                + (Value > 0 && Limit > 0 ? " (needs a " + ReportFormat.Percent(1 - (Limit / Value)) + " reduction)" : string.Empty);
        }
    }

    /// <summary>A yes/no target (value 0 when it holds, 1 when it does not).</summary>
    public static TargetResult Holds(string target, string measured, bool holds) => new(target, measured, holds ? 0 : 1, 0, "holds");
}
