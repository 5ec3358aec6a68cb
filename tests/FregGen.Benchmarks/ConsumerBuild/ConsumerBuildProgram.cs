using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.ConsumerBuild;

/// <summary><c>-- --consumer-build [--rounds N]</c>: runs only the consumer build benchmark and rewrites only its section of docs/benchmarks.md.</summary>
public static class ConsumerBuildProgram
{
    public const string Usage = "  --consumer-build [--rounds N]  a small privat consumer built with FregGen and with NSwag's whole-spec client, cold and warm compiler, N paired rounds (default 10); writes its own section of docs/benchmarks.md";

    public static async Task<int> RunAsync(string[] args)
    {
        var value = args.SkipWhile(arg => arg != "--rounds").Skip(1).FirstOrDefault();
        if (!int.TryParse(value ?? "10", NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) || rounds < 1)
        {
            Console.Error.WriteLine("--rounds takes a whole number of at least 1.");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var results = await ConsumerBuildBenchmark.RunAsync(rounds, BenchmarkSuite.Log);
        ConsumerBuildReport.Write(results);
        BenchmarkSuite.Log("Wrote the consumer build section of " + BenchmarkPaths.ReportFile + ".");
        foreach (var line in ConsumerBuildReport.Verdicts(results))
        {
            BenchmarkSuite.Log(line);
        }

        return 0;
    }
}
