using System;

namespace FregGen.Benchmarks.Reporting;

/// <summary>
/// One target from the issue: the measured value against its upper limit, and by how much it is met or missed.
/// <paramref name="Noise"/>, when known, is how far the value moves between rounds of the same run; a value closer to
/// the limit than that is reported as unresolved rather than met or missed.
/// </summary>
public sealed record TargetResult(string Target, string Measured, double Value, double Limit, string LimitText, double? Noise = null)
{
    public bool Met => Value <= Limit;

    public bool Resolved => Noise is not { } noise || Math.Abs(Value - Limit) > noise;

    public string Label => !Resolved ? "UNRESOLVED" : Met ? "MET" : "NOT MET";

    public string Verdict
    {
        get
        {
            if (!Resolved)
            {
                return "**not resolved**: " + ReportFormat.Percent(Value) + " is within the rounds' noise (±" + ReportFormat.Percent(Noise!.Value) + ") of the limit";
            }

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
