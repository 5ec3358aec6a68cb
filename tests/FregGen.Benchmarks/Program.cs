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
            Console.WriteLine("Usage: dotnet run -c Release --project tests/FregGen.Benchmarks [-- [--quick] [--only 1a,1d,1e] | --replica ...]");
            Console.WriteLine("  (no option)  the full run (about 20-30 minutes); writes docs/benchmarks.md");
            Console.WriteLine("  --quick      a short smoke run that still exercises every benchmark and writes docs/benchmarks.md");
            Console.WriteLine("  --only S,..  only these run-time sections (" + string.Join(", ", BenchmarkSuite.RunTimeSections.Keys) + "); writes " + BenchmarkPaths.Relative(PartialReport.File) + ", not docs/benchmarks.md");
            Console.WriteLine(Replica.ReplicaBenchmarkOptions.Usage);
            Console.WriteLine(ConsumerBuild.ConsumerBuildProgram.Usage);
            Console.WriteLine(Ide.IdeBenchmarkProgram.Usage);
            Console.WriteLine(Analyzers.AnalyzerOverheadProgram.Usage);
            Console.WriteLine(Runtime.PairedRatiosProgram.Usage);
            return 0;
        }

        if (args.Contains("--replica"))
        {
            return await Replica.ReplicaBenchmarkProgram.RunAsync(args);
        }

        if (args.Contains("--consumer-build"))
        {
            return await ConsumerBuild.ConsumerBuildProgram.RunAsync(args);
        }

        if (args.Contains("--ide"))
        {
            return await Ide.IdeBenchmarkProgram.RunAsync(args);
        }

        if (args.Contains("--analyzers"))
        {
            return Analyzers.AnalyzerOverheadProgram.Run(args);
        }

        if (args.Contains("--paired"))
        {
            return await Runtime.PairedRatiosProgram.RunAsync(args);
        }

        var only = args.SkipWhile(arg => arg != "--only").Skip(1).FirstOrDefault();
        var sections = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? Array.Empty<string>();
        var unknown = args.Where(arg => arg != "--quick" && arg != "--only" && arg != only).Concat(sections.Where(section => !BenchmarkSuite.RunTimeSections.ContainsKey(section))).ToList();
        if (unknown.Count > 0 || (args.Contains("--only") && sections.Length == 0))
        {
            Console.Error.WriteLine("Unknown argument(s): " + string.Join(" ", unknown) + ". Use --quick, --only with sections, or nothing (--help for more).");
            return 2;
        }

        try
        {
            if (TempFolder.KeepAssemblyOutOfTemp() is { } temp)
            {
                BenchmarkSuite.Log("This clone is under the system temp folder, which BenchmarkDotNet refuses; this run uses " + BenchmarkPaths.Relative(temp) + " as its temp folder.");
            }
        }
        catch (InvalidOperationException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 3;
        }

        var mode = args.Contains("--quick") ? SuiteMode.Quick : SuiteMode.Full;
        if (sections.Length > 0)
        {
            var partial = await BenchmarkSuite.RunSectionsAsync(mode, sections);
            PartialReport.Write(partial);
            BenchmarkSuite.Log("Wrote " + BenchmarkPaths.Relative(PartialReport.File) + " after " + ReportFormat.Duration(partial.Duration) + ".");
            foreach (var target in PartialReport.Targets(partial))
            {
                BenchmarkSuite.Log(target.Label.PadRight(11) + target.Target + ": " + target.Measured);
            }

            return 0;
        }

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
