using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace FregGen.Benchmarks.Reporting;

/// <summary>Reads a BenchmarkDotNet summary into the report's model.</summary>
public static class SummaryReader
{
    public static MeasuredSuite Read(string name, Summary summary)
    {
        var cases = new List<MeasuredCase>();
        var failures = summary.ValidationErrors.Select(error => error.Message).ToList();
        foreach (var report in summary.Reports)
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            if (report.ResultStatistics is not { } statistics)
            {
                failures.Add(method + " produced no measurements");
                continue;
            }

            cases.Add(new MeasuredCase(
                method,
                report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                statistics.Mean,
                statistics.Median,
                statistics.StandardDeviation,
                statistics.Min,
                statistics.Max,
                statistics.N,
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));
        }

        return new MeasuredSuite(name, cases, failures);
    }
}
