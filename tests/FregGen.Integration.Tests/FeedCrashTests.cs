using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using FregGen.Integration.Tests.Infrastructure;
using FregGen.Simulator;
using Xunit.Abstractions;
using Privat = Integration.Privat.Freg;

namespace FregGen.Integration.Tests;

/// <summary>
/// At-least-once across real crashes: a feed worker process is killed at random moments and restarted until it has
/// caught up; every event of the feed must then have been handled.
/// </summary>
public sealed class FeedCrashTests
{
    private const int Kills = 15;

    private readonly ITestOutputHelper _output;

    public FeedCrashTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task A_worker_killed_at_random_points_resumes_without_losing_an_event()
    {
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 99, PersonCount = 1500, EventCount = 3000 });
        var folder = Directory.CreateTempSubdirectory("freggen-feed-crash-");
        var checkpoint = Path.Combine(folder.FullName, "feed.checkpoint");
        var handled = Path.Combine(folder.FullName, "handled.txt");
        var worker = typeof(FeedCrashTests).Assembly.GetCustomAttribute<FeedWorkerPathAttribute>()!.Path;
        var random = new Random(7);
        var outputs = new List<string>();
        var (starts, kills) = (0, 0);
        try
        {
            while (true)
            {
                starts++;
                using var process = Start(worker, simulator, checkpoint, handled);
                var stopAfter = kills < Kills ? TimeSpan.FromMilliseconds(random.Next(150, 1800)) : TimeSpan.FromMinutes(2);
                if (!process.WaitForExit(stopAfter))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    kills++;
                    outputs.Add(await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync());
                    continue;
                }

                var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
                outputs.Add(output);
                Assert.True(process.ExitCode == 0, "the worker failed: " + output);
                if (kills >= Kills)
                {
                    break;
                }

                // It caught up before the kill: more events arrive, as they would in production.
                simulator.AppendRandomEvents(400);
            }

            var expected = await AllSequenceNumbersAsync(simulator);
            var counts = File.ReadAllLines(handled).Where(l => l.Length > 0).GroupBy(long.Parse).ToDictionary(g => g.Key, g => g.Count());
            var lost = expected.Where(sequence => !counts.ContainsKey(sequence)).ToList();
            var duplicates = counts.Values.Sum(c => c - 1);
            _output.WriteLine("Feed crash-resume: " + starts + " worker runs, " + kills + " kills, " + expected.Count + " events, " + lost.Count + " lost, " + duplicates + " handled more than once.");

            Assert.True(kills >= Kills, "only " + kills + " kills happened");
            Assert.Empty(lost);
            Assert.All(counts.Keys, sequence => Assert.Contains(sequence, expected));
            LogCapture.AssertNoIdentityNumbers(outputs, "The worker's output");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Process Start(string worker, FregSimulator simulator, string checkpoint, string handled)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { worker, simulator.BaseAddress.ToString(), simulator.MaskinportenAudience.ToString(), simulator.TokenEndpoint.ToString(), checkpoint, handled })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<HashSet<long>> AllSequenceNumbersAsync(FregSimulator simulator)
    {
        using var clients = ClientFactory.Privat(simulator);
        var client = clients.Get<Privat.FregClient>();
        var sequences = new HashSet<long>();
        await foreach (var entry in client.ReadFeedAsync(1))
        {
            sequences.Add(entry.Sekvensnummer!.Value);
        }

        return sequences;
    }
}
