using System;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Benchmarks.Reporting;

namespace FregGen.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/FregGen.Benchmarks [-- --quick]`: runs every benchmark and rewrites
/// docs/benchmarks.md. See README.md in this folder.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Any(arg => arg is "--help" or "-h"))
        {
            Console.WriteLine("Usage: dotnet run -c Release --project tests/FregGen.Benchmarks [-- --quick | --replica ...]");
            Console.WriteLine("  (no option)  the full run (about 20-30 minutes); writes docs/benchmarks.md");
            Console.WriteLine("  --quick      a short smoke run that still exercises every benchmark and writes docs/benchmarks.md");
            Console.WriteLine(Replica.ReplicaBenchmarkOptions.Usage);
            return 0;
        }

        if (args.Contains("--replica"))
        {
            return await Replica.ReplicaBenchmarkProgram.RunAsync(args);
        }

        var unknown = args.Where(arg => arg != "--quick").ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine("Unknown argument(s): " + string.Join(" ", unknown) + ". Use --quick or nothing (--help for more).");
            return 2;
        }

        var mode = args.Contains("--quick") ? SuiteMode.Quick : SuiteMode.Full;
        var results = await BenchmarkSuite.RunAsync(mode);
        BenchmarkReport.Write(results);
        BenchmarkSuite.Log("Wrote " + BenchmarkPaths.ReportFile + " after " + ReportFormat.Duration(results.Duration) + ".");
        foreach (var target in TargetEvaluation.Evaluate(results))
        {
            BenchmarkSuite.Log(target.Label.PadRight(11) + target.Target + ": " + target.Measured);
        }

        return 0;
    }
}
