using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Feed;
using FregGen.Sample.Freg;
using FregGen.Sample.Output;

namespace FregGen.Sample.Steps;

/// <summary>Follows the event feed (hendelsesliste) to the end with a file checkpoint, as a service that keeps a local copy up to date would.</summary>
internal static class FeedStep
{
    public static async Task RunAsync(FregClient client, SampleOptions options, CancellationToken cancellationToken)
    {
        var last = await client.SisteSekvensnummerIFeedAsync(cancellationToken);
        var start = options.FromSequence ?? Math.Max(1, last - options.FeedEvents + 1);
        var checkpoint = Path.Combine(Path.GetTempPath(), "freggen-sample-" + Guid.NewGuid().ToString("N") + ".checkpoint");
        var types = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var processor = client.CreateFeedProcessor(
            new FileFeedCheckpointStore(checkpoint),
            new FregFeedProcessorOptions { StartSequence = start, CheckpointEvery = 1000, Progress = new ProgressLine(last) });
        Console.WriteLine();
        Console.WriteLine("4. The event feed from sequence number " + start + " to the end (" + last + ")");
        try
        {
            var result = await processor.RunAsync(
                (entry, _) =>
                {
                    types.AddOrUpdate(entry.Hendelse?.Hendelsetype ?? "(uten type)", 1, (_, count) => count + 1);
                    return ValueTask.CompletedTask;
                },
                cancellationToken);
            var table = new ConsoleTable("Hendelsetype", "Events");
            foreach (var (type, count) in types.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal))
            {
                table.Add(type, count);
            }

            table.Add("(total / time)", result.EventsHandled + " in " + watch.ElapsedMilliseconds + " ms");
            table.Write("   events by type; checkpoint now at " + result.NextSequence + " (" + result.CheckpointsSaved + " saves)");
        }
        finally
        {
            File.Delete(checkpoint);
        }
    }

    private sealed class ProgressLine : IProgress<FregFeedProgress>
    {
        private readonly long _last;

        public ProgressLine(long last) => _last = last;

        public void Report(FregFeedProgress value)
            => Console.WriteLine("   … " + value.EventsHandled + " events handled, next sequence number " + value.NextSequence + (value.CaughtUp ? " (caught up)" : " of " + _last));
    }
}
