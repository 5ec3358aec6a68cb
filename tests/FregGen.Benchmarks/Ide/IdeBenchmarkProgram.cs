using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Benchmarks.Infrastructure;

namespace FregGen.Benchmarks.Ide;

/// <summary><c>-- --ide [--edits N] [--warmup N]</c>: runs only the IDE latency benchmark and rewrites only its section of docs/benchmarks.md.</summary>
public static class IdeBenchmarkProgram
{
    public const string Usage = "  --ide [--edits N] [--warmup N]  csharp-ls diagnostics latency after one-line edits (default 20 edits after 3 warm-up edits per scenario); writes its own section of docs/benchmarks.md";

    public static async Task<int> RunAsync(string[] args)
    {
        int Option(string name, int fallback)
        {
            var value = args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault();
            return value is null ? fallback : int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        int edits, warmUp;
        try
        {
            edits = Option("--edits", 20);
            warmUp = Option("--warmup", 3);
        }
        catch (FormatException)
        {
            Console.Error.WriteLine("--edits and --warmup take a whole number.");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var results = await IdeLatencyBenchmark.RunAsync(edits, warmUp, BenchmarkSuite.Log);
        IdeReport.Write(results);
        BenchmarkSuite.Log("Wrote the IDE section of " + BenchmarkPaths.ReportFile + ".");
        foreach (var line in IdeReport.Verdicts(results))
        {
            BenchmarkSuite.Log(line);
        }

        return 0;
    }
}
