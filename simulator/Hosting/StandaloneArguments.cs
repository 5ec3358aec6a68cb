using System;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace FregGen.Simulator.Hosting;

/// <summary>The command line of the standalone simulator.</summary>
internal static class StandaloneArguments
{
    public const string Usage = """
        Usage: dotnet run --project simulator -- [options]
          --port <n>                    port on 127.0.0.1 (default 5080; 0 picks a free one)
          --seed <n>                    seed of the generated data
          --persons <n>                 population size (default 5000)
          --events <n>                  events in the feed at start (default 12000)
          --token-lifetime <seconds>    lifetime of access tokens (default 120)
          --retention-start <ISO time>  events before this are deleted (the feed answers 406 below them)
          --require-registered-clients  accept grants only from registered clients
          --log-level <level>           Trace, Debug, Information, Warning (default), Error
        """;

    public static FregSimulatorOptions? Parse(string[] args, out string? error, out bool help)
    {
        var options = new FregSimulatorOptions { Port = 5080, LogToConsole = true };
        error = null;
        help = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                help = true;
                return options;
            }

            if (name == "--require-registered-clients")
            {
                options.RequireRegisteredClients = true;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = name + " needs a value.";
                return null;
            }

            var value = args[++i];
            var ok = name switch
            {
                "--port" => TryInt(value, 0, 65535, v => options.Port = v),
                "--seed" => TryInt(value, int.MinValue, int.MaxValue, v => options.Seed = v),
                "--persons" => TryInt(value, 10, 1_000_000, v => options.PersonCount = v),
                "--events" => TryInt(value, 0, 10_000_000, v => options.EventCount = v),
                "--token-lifetime" => TryInt(value, 1, 86400, v => options.TokenLifetime = TimeSpan.FromSeconds(v)),
                "--retention-start" => TryMoment(value, v => options.RetentionStart = v),
                "--log-level" => TryLogLevel(value, v => options.MinimumLogLevel = v),
                _ => false,
            };
            if (!ok)
            {
                error = "Unknown option or bad value: " + name + " " + value;
                return null;
            }
        }

        return options;
    }

    private static bool TryInt(string text, int min, int max, Action<int> set)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            set(value);
            return true;
        }

        return false;
    }

    private static bool TryLogLevel(string text, Action<LogLevel> set)
    {
        if (Enum.TryParse<LogLevel>(text, ignoreCase: true, out var level))
        {
            set(level);
            return true;
        }

        return false;
    }

    private static bool TryMoment(string text, Action<DateTimeOffset> set)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            set(value);
            return true;
        }

        return false;
    }
}
