using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Benchmarks.Reporting;

namespace FregGen.Benchmarks.Replica;

/// <summary>
/// The replica benchmark's section of docs/benchmarks.md, between two markers: a replica run replaces only this section,
/// and a full run of the other benchmarks keeps it as it is.
/// </summary>
public static class ReplicaReport
{
    private const string Start = "<!-- replica-benchmark:start -->";
    private const string End = "<!-- replica-benchmark:end -->";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The target: a PostgreSQL replica costs at most 50 % more time than one that discards.</summary>
    public const double PostgresTarget = 1.5;

    /// <summary>Writes or replaces the section in the report file.</summary>
    public static void Write(ReplicaBenchmarkResults results)
    {
        var file = BenchmarkPaths.ReportFile;
        var existing = File.Exists(file) ? File.ReadAllText(file) : "# FregGen benchmarks\n\n";
        File.WriteAllText(file, Replace(existing, Render(results)));
    }

    /// <summary>The section of an earlier report, to carry over into a freshly written one (empty when there is none).</summary>
    public static string Preserved(string? previousReport)
    {
        if (previousReport is null)
        {
            return string.Empty;
        }

        var start = previousReport.IndexOf(Start, StringComparison.Ordinal);
        var end = previousReport.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? string.Empty : "\n" + previousReport.Substring(start, end + End.Length - start) + "\n";
    }

    public static string Verdict(ReplicaBenchmarkResults results)
    {
        var wall = Median(PairedRatios(results, "postgresql", m => m.Load + m.CatchUp));
        var cpu = Median(PairedRatios(results, "postgresql", m => m.LoadCpu + m.CatchUpCpu));
        return "PostgreSQL / discarding store, load + catch-up: wall time " + Ratio(wall) + ", CPU time " + Ratio(cpu) + " (target ≤ " + Ratio(PostgresTarget) + "): "
            + (wall <= PostgresTarget && cpu <= PostgresTarget ? "met" : wall <= PostgresTarget || cpu <= PostgresTarget ? "met by one measure only" : "not met");
    }

    private static string Replace(string report, string section)
    {
        var start = report.IndexOf(Start, StringComparison.Ordinal);
        var end = report.IndexOf(End, StringComparison.Ordinal);
        if (start >= 0 && end > start)
        {
            return report.Substring(0, start) + section + report.Substring(end + End.Length);
        }

        return report.TrimEnd('\n') + "\n\n" + section + "\n";
    }

    private static string Render(ReplicaBenchmarkResults results)
    {
        var options = results.Options;
        var output = new StringBuilder();
        output.Append(Start).Append('\n');
        output.Append("## 4. Replica sync (FregGen.Replica)\n\n");
        output.Append("Written by `FREGGEN_PG_DURABLE=1 bash .ci/with-postgres dotnet run -c Release --project tests/FregGen.Benchmarks -- --replica")
            .Append(options.Persons == 100_000 ? string.Empty : " --persons " + options.Persons.ToString(Invariant))
            .Append(options.Events == 20_000 ? string.Empty : " --events " + options.Events.ToString(Invariant))
            .Append(options.Rounds == 3 ? string.Empty : " --rounds " + options.Rounds.ToString(Invariant))
            .Append("` on ").Append(results.Started.ToString("yyyy-MM-dd HH:mm", Invariant)).Append(" UTC; it took ")
            .Append(ReportFormat.Duration(results.Duration)).Append(". Only this section is rewritten by a replica run.\n\n");
        output.Append("What it does: the simulator (in this process, seed 20171001) holds ").Append(ReportFormat.Count(options.Persons))
            .Append(" persons (generated in ").Append(ReportFormat.Duration(results.SimulatorStart)).Append("). In each of ").Append(options.Rounds)
            .Append(" round(s), every store — PostgreSQL (").Append(results.PostgresVersion).Append("), SQLite (WAL, synchronous=NORMAL) and a store that discards the persons ")
            .Append("(the client-side limit: Freg's answers read, indexed and turned into writes, nothing stored) — first **loads** the population with `offentlig-med-hjemmel`'s ")
            .Append("complete extract pinned to the feed (batches of 10,000 document ids, bulk lookups of archived documents, 1000 per request, 4 in flight), ")
            .Append("then the simulator registers ").Append(ReportFormat.Count(options.Events)).Append(" random events and every store **catches up** with the same events ")
            .Append("(feed batches of 2000, the changed persons refetched in bulk). Parts: ").Append(string.Join(", ", results.Parts))
            .Append("; the default address policy (Drop). The store order rotates each round. Times are wall-clock; the simulator renders every answer on the same 2 cores, ")
            .Append("so the discarding store's time is mostly Freg's side. Load average before ").Append(results.LoadBefore).Append(", after ").Append(results.LoadAfter).Append(".\n\n");

        output.Append("| Store | Load (median) | Persons/s | Catch-up (median) | Events/s | Load / discard | Catch-up / discard | Load + catch-up / discard | CPU, load + catch-up | CPU / discard |\n");
        output.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var store in new[] { "discard", "sqlite", "postgresql" })
        {
            var mine = results.Measurements.Where(m => m.Store == store).ToList();
            output.Append("| ").Append(store)
                .Append(" | ").Append(Seconds(Median(mine.Select(m => m.Load.TotalSeconds))))
                .Append(" | ").Append(Rate(Median(mine.Select(m => m.Persons / m.Load.TotalSeconds))))
                .Append(" | ").Append(Seconds(Median(mine.Select(m => m.CatchUp.TotalSeconds))))
                .Append(" | ").Append(Rate(Median(mine.Select(m => m.Events / m.CatchUp.TotalSeconds))))
                .Append(" | ").Append(Ratio(Median(PairedRatios(results, store, m => m.Load))))
                .Append(" | ").Append(Ratio(Median(PairedRatios(results, store, m => m.CatchUp))))
                .Append(" | ").Append(Ratio(Median(PairedRatios(results, store, m => m.Load + m.CatchUp))))
                .Append(" | ").Append(Seconds(Median(mine.Select(m => (m.LoadCpu + m.CatchUpCpu).TotalSeconds))))
                .Append(" | ").Append(Ratio(Median(PairedRatios(results, store, m => m.LoadCpu + m.CatchUpCpu))))
                .Append(" |\n");
        }

        output.Append("\nRatios are the median of each round's ratio to the discarding store in the same round. CPU is this process's CPU time (replica and simulator) ")
            .Append(results.ServerCpuMeasured ? "plus the PostgreSQL server's (postmaster, reaped and live backends, from /proc)" : "only (the PostgreSQL server's processes could not be read)")
            .Append(": on a machine where other work competes for the cores, wall time mostly measures the competition, CPU time the work. **Target**: ").Append(Verdict(results)).Append(".\n\n");
        output.Append("Every round:\n\n| Round | Store | Load | Load CPU | Persons | Catch-up | Catch-up CPU | Events | Persons updated |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var m in results.Measurements.OrderBy(m => m.Round).ThenBy(m => m.Store, StringComparer.Ordinal))
        {
            output.Append("| ").Append(m.Round).Append(" | ").Append(m.Store).Append(" | ").Append(Seconds(m.Load.TotalSeconds)).Append(" | ").Append(Seconds(m.LoadCpu.TotalSeconds)).Append(" | ").Append(ReportFormat.Count(m.Persons))
                .Append(" | ").Append(Seconds(m.CatchUp.TotalSeconds)).Append(" | ").Append(Seconds(m.CatchUpCpu.TotalSeconds)).Append(" | ").Append(ReportFormat.Count(m.Events)).Append(" | ").Append(ReportFormat.Count(m.PersonsUpdated)).Append(" |\n");
        }

        output.Append('\n').Append(End);
        return output.ToString();
    }

    private static IEnumerable<double> PairedRatios(ReplicaBenchmarkResults results, string store, Func<ReplicaMeasurement, TimeSpan> time)
        => results.Measurements.Where(m => m.Store == store)
            .Select(m => time(m).TotalSeconds / time(results.Measurements.Single(d => d.Store == "discard" && d.Round == m.Round)).TotalSeconds);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Seconds(double seconds) => seconds.ToString("F1", Invariant) + " s";

    private static string Rate(double perSecond) => perSecond.ToString("N0", Invariant);

    private static string Ratio(double ratio) => ratio.ToString("F2", Invariant) + "×";
}
