using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using FregGen.Benchmarks.Analyzers;
using FregGen.Benchmarks.BuildTime;
using FregGen.Benchmarks.Infrastructure;
using FregGen.Benchmarks.Payloads;
using FregGen.Benchmarks.Peers;
using FregGen.Benchmarks.Reporting;
using FregGen.Benchmarks.Runtime;

namespace FregGen.Benchmarks;

/// <summary>Runs every benchmark of the suite in order and collects the results.</summary>
public static class BenchmarkSuite
{
    public static async Task<SuiteResults> RunAsync(SuiteMode mode)
    {
        var started = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();
        var steps = new List<SuiteStep>();
        var loadBefore = MachineInfo.LoadAverage();
        var machine = MachineInfo.Read();
        Log("FregGen benchmarks, " + mode.Name + " run, on " + machine.Cpu + " (" + machine.LogicalCores + " cores), load " + loadBefore);

        var payloads = await TimedAsync(steps, "Payloads from the simulator", SimulatorPayloadSource.FetchAsync);
        Log("Bulk response " + payloads.BulkResponse.Size + " bytes (" + payloads.PersonsInBulkResponse + " oppslag), feed page " + payloads.FeedPage.Size + " bytes (" + payloads.EventsInFeedPage + " events), saved under " + BenchmarkPaths.Relative(BenchmarkPaths.PayloadDirectory));

        var peers = await TimedAsync(steps, "Peers generated, compiled in memory, loaded", () => PeerCompilation.CreateAsync(payloads.PersonIdentifiers));
        RuntimeInputs.Prepare(payloads, peers);

        var specText = File.ReadAllText(BenchmarkPaths.PublishedSpec);
        var incrementality = Timed(steps, "Incrementality checks", () => CheckIncrementality(specText));

        var bulkResponse = Timed(steps, "1a. Bulk response deserialisation", () => Run<BulkResponseDeserialisation>(BenchmarkConfigs.RunTime(mode)));
        var feedPage = Timed(steps, "1b. Feed page deserialisation", () => Run<FeedPageDeserialisation>(BenchmarkConfigs.RunTime(mode)));
        var bulkRequest = Timed(steps, "1c. Bulk request serialisation", () => Run<BulkRequestSerialisation>(BenchmarkConfigs.RunTime(mode)));
        var secondBulk = Timed(steps, "1d. Second bulk response deserialisation", () => Run<SecondBulkResponseDeserialisation>(BenchmarkConfigs.RunTime(mode)));
        var unknownProperty = Timed(steps, "1e. Unknown property on every entry", () => Run<UnknownPropertyDeserialisation>(BenchmarkConfigs.RunTime(mode)));
        var paired = Timed(steps, "Paired rounds for 1a, 1d, 1e", () => new[] { "1a", "1d", "1e" }.SelectMany(section => PairedRatios.For(section)).ToList());
        var generators = Timed(steps, "2a. Generators on the real spec", () => Run<GeneratorVersusNSwag>(BenchmarkConfigs.BuildTime(mode)));
        var unrelatedEdit = Timed(steps, "2b. Unrelated edit rerun", () => Run<UnrelatedEditRerun>(BenchmarkConfigs.BuildTime(mode)));
        var codeSize = Timed(steps, "2c. Generated code size", () => GeneratedCodeSize.Measure(specText, peers.NSwagSourceFile, peers.KiotaSourceFolder));
        var analyzers = Timed(steps, "3a. Analyzer overhead, FregGen's analyzers alone", () => AnalyzerOverhead.Measure(mode, AnalyzerScenario.FregGenAlone, Log));
        var emptyAnalyzer = Timed(steps, "3b. Analyzer overhead, an analyzer that does nothing", () => AnalyzerOverhead.Measure(mode, AnalyzerScenario.EmptyAnalyzerAlone, Log));
        var analyzersInDefaultProject = Timed(steps, "3c. Analyzer overhead, default SDK project", () => AnalyzerOverhead.Measure(mode, AnalyzerScenario.DefaultProject, Log));

        return new SuiteResults(
            mode, started, total.Elapsed, machine, loadBefore, MachineInfo.LoadAverage(), payloads, peers,
            bulkResponse, feedPage, bulkRequest, secondBulk, unknownProperty, paired, generators, unrelatedEdit, incrementality, codeSize, analyzers, emptyAnalyzer, analyzersInDefaultProject, steps);
    }

    /// <summary>The run-time benchmarks that can run on their own (<c>--only</c>), by their section in the report.</summary>
    public static IReadOnlyDictionary<string, Type> RunTimeSections { get; } = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        ["1a"] = typeof(BulkResponseDeserialisation),
        ["1b"] = typeof(FeedPageDeserialisation),
        ["1c"] = typeof(BulkRequestSerialisation),
        ["1d"] = typeof(SecondBulkResponseDeserialisation),
        ["1e"] = typeof(UnknownPropertyDeserialisation),
    };

    /// <summary>Only the named run-time sections, on the same payloads and peers as a full run; for measuring one change without the whole suite.</summary>
    public static async Task<PartialResults> RunSectionsAsync(SuiteMode mode, IReadOnlyList<string> sections)
    {
        var started = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();
        var loadBefore = MachineInfo.LoadAverage();
        var machine = MachineInfo.Read();
        Log("FregGen benchmarks, " + mode.Name + " run of sections " + string.Join(", ", sections) + ", on " + machine.Cpu + " (" + machine.LogicalCores + " cores), load " + loadBefore);
        var steps = new List<SuiteStep>();
        var payloads = await TimedAsync(steps, "Payloads from the simulator", SimulatorPayloadSource.FetchAsync);
        var peers = await TimedAsync(steps, "Peers generated, compiled in memory, loaded", () => PeerCompilation.CreateAsync(payloads.PersonIdentifiers));
        RuntimeInputs.Prepare(payloads, peers);
        var measured = new Dictionary<string, MeasuredSuite>(StringComparer.OrdinalIgnoreCase);
        var paired = new List<PairedRatio>();
        foreach (var section in sections)
        {
            var type = RunTimeSections[section];
            measured[section] = Timed(steps, section + ". " + type.Name, () => Run(type, BenchmarkConfigs.RunTime(mode)));
            paired.AddRange(Timed(steps, section + ". paired rounds", () => PairedRatios.For(section)));
        }

        return new PartialResults(mode, started, total.Elapsed, machine, loadBefore, MachineInfo.LoadAverage(), payloads, peers, measured, paired, steps);
    }

    public static void Log(string message) => Console.WriteLine("[FregGen.Benchmarks] " + message);

    private static IReadOnlyList<IncrementalityResult> CheckIncrementality(string specText)
    {
        var results = new List<IncrementalityResult>();
        foreach (var package in new[] { "offentlig-med-hjemmel", "privat" })
        {
            results.Add(IncrementalityCheck.UnrelatedEdit(package, specText));
            results.Add(IncrementalityCheck.SpecEdit(package, new ChangingSpec(specText)));
        }

        foreach (var result in results)
        {
            Log(result.Describe());
        }

        foreach (var result in results)
        {
            IncrementalityCheck.Assert(result);
        }

        return results;
    }

    private static MeasuredSuite Run<TBenchmark>(BenchmarkDotNet.Configs.IConfig config) => Run(typeof(TBenchmark), config);

    private static MeasuredSuite Run(Type benchmark, BenchmarkDotNet.Configs.IConfig config)
    {
        GC.Collect();
        Log("Managed heap before " + benchmark.Name + ": " + ReportFormat.Bytes(GC.GetTotalMemory(forceFullCollection: true)));
        var summary = BenchmarkRunner.Run(benchmark, config);
        var suite = SummaryReader.Read(benchmark.Name, summary);
        if (suite.Failures.Count > 0)
        {
            throw new InvalidOperationException(benchmark.Name + " failed: " + string.Join("; ", suite.Failures));
        }

        return suite;
    }

    private static T Timed<T>(List<SuiteStep> steps, string name, Func<T> action)
    {
        Log(name + "...");
        var stopwatch = Stopwatch.StartNew();
        var result = action();
        steps.Add(new SuiteStep(name, stopwatch.Elapsed, MachineInfo.LoadAverage()));
        Log(name + ": " + stopwatch.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
        return result;
    }

    private static async Task<T> TimedAsync<T>(List<SuiteStep> steps, string name, Func<Task<T>> action)
    {
        Log(name + "...");
        var stopwatch = Stopwatch.StartNew();
        var result = await action();
        steps.Add(new SuiteStep(name, stopwatch.Elapsed, MachineInfo.LoadAverage()));
        Log(name + ": " + stopwatch.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
        return result;
    }
}
