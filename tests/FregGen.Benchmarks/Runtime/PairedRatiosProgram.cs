using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Benchmarks.Payloads;

namespace FregGen.Benchmarks.Runtime;

/// <summary>
/// <c>-- --paired 1a,1d,1e [--rounds N]</c>: only the paired ratios the run-time targets are judged on, printed, no
/// BenchmarkDotNet and no report: a quick check (a minute or two) of a change to the generated converters before a
/// measured run.
/// </summary>
public static class PairedRatiosProgram
{
    public const string Usage = "  --paired S,.. [--rounds N]  only the paired ratios of run-time sections 1a, 1d, 1e (N rounds, default 300), printed; writes nothing";

    public static async Task<int> RunAsync(string[] args)
    {
        var sections = (args.SkipWhile(arg => arg != "--paired").Skip(1).FirstOrDefault() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var roundsText = args.SkipWhile(arg => arg != "--rounds").Skip(1).FirstOrDefault();
        if (sections.Length == 0 || sections.Any(section => section is not ("1a" or "1d" or "1e"))
            || !int.TryParse(roundsText ?? PairedRatio.DefaultRounds.ToString(CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) || rounds < 1)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        RuntimeInputs.PreparePayloads(await SimulatorPayloadSource.FetchAsync());
        foreach (var ratio in sections.SelectMany(section => PairedRatios.For(section, rounds)))
        {
            Console.WriteLine(ratio.Name + ": median " + ratio.Median.ToString("0.000", CultureInfo.InvariantCulture) + "× (interquartile "
                + ratio.LowerQuartile.ToString("0.000", CultureInfo.InvariantCulture) + "× – " + ratio.UpperQuartile.ToString("0.000", CultureInfo.InvariantCulture) + "×, " + ratio.Rounds + " rounds)");
        }

        return 0;
    }
}
