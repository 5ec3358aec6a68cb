using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace FregGen.Simulator.Hosting;

/// <summary>Runs the simulator standalone: <c>dotnet run --project simulator -- --port 5080</c>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = StandaloneArguments.Parse(args, out var error, out var help);
        if (help || options is null)
        {
            (options is null ? Console.Error : Console.Out).WriteLine((error is null ? string.Empty : error + Environment.NewLine) + StandaloneArguments.Usage);
            return options is null ? 2 : 0;
        }

        Console.WriteLine("Generating the population (seed " + options.Seed + ", " + options.PersonCount + " persons, about " + options.EventCount + " events)...");
        await using var simulator = await FregSimulator.StartAsync(options).ConfigureAwait(false);
        Console.WriteLine("FregGen Freg simulator listening on " + simulator.BaseAddress);
        Console.WriteLine("  Maskinporten token endpoint: " + simulator.TokenEndpoint + "  (grant aud: " + simulator.MaskinportenAudience + ")");
        Console.WriteLine("  Admin:                       " + simulator.AdminAddress + "status");
        Console.WriteLine("  Rights packages:");
        foreach (var package in simulator.RightsPackages)
        {
            Console.WriteLine("    " + package.PadRight(40) + simulator.GetPackageAddress(package) + "v1/  scope " + simulator.GetScope(package));
        }

        Console.WriteLine("Press Ctrl+C to stop.");
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        await stop.Task.ConfigureAwait(false);
        Console.WriteLine("Stopping.");
        return 0;
    }
}
