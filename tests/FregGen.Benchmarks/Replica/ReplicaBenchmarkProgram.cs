using System;
using System.Threading.Tasks;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.Replica;

/// <summary><c>-- --replica</c>: runs only the replica benchmark and rewrites only its section of docs/benchmarks.md.</summary>
public static class ReplicaBenchmarkProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        ReplicaBenchmarkOptions options;
        try
        {
            options = ReplicaBenchmarkOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(ReplicaBenchmarkOptions.Usage);
            return 2;
        }

        var results = await ReplicaSyncBenchmark.RunAsync(options, BenchmarkSuite.Log);
        ReplicaReport.Write(results);
        BenchmarkSuite.Log("Wrote the replica section of " + BenchmarkPaths.ReportFile + ". " + ReplicaReport.Verdict(results));
        return 0;
    }
}
