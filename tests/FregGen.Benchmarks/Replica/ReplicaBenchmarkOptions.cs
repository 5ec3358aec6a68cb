using System;
using System.Collections.Generic;
using System.Globalization;

namespace FregGen.Benchmarks.Replica;

/// <summary>The replica benchmark's command line: <c>-- --replica [--persons N] [--events N] [--rounds N] [--postgres "..."]</c>.</summary>
public sealed record ReplicaBenchmarkOptions(int Persons, int Events, int Rounds, string? Postgres)
{
    public const string Usage = """
          --replica     only the replica benchmark (initial load and feed catch-up into PostgreSQL, SQLite and a
                        discarding store); updates its section of docs/benchmarks.md and leaves the rest as it is
            --persons <n>    population size (default 100000)
            --events <n>     events appended before each catch-up (default 20000)
            --rounds <n>     rounds; each store loads and catches up once per round, in rotated order (default 3)
            --postgres "<connection string>"   the server (default: FREGGEN_TEST_POSTGRES; bash .ci/with-postgres sets it)
        """;

    public static ReplicaBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ReplicaBenchmarkOptions(100_000, 20_000, 3, Environment.GetEnvironmentVariable("FREGGEN_TEST_POSTGRES"));
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException(args[i] + " needs a value.");
            options = args[i] switch
            {
                "--replica" => options,
                "--persons" => options with { Persons = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--events" => options with { Events = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--postgres" => options with { Postgres = Next() },
                _ => throw new ArgumentException("Unknown argument " + args[i] + " for the replica benchmark."),
            };
        }

        if (options.Postgres is null)
        {
            throw new ArgumentException("The replica benchmark needs a PostgreSQL server: --postgres \"<connection string>\", or run it through bash .ci/with-postgres (which sets FREGGEN_TEST_POSTGRES).");
        }

        return options.Persons < 100 || options.Events < 1 || options.Rounds < 1
            ? throw new ArgumentException("--persons must be at least 100, --events and --rounds at least 1.")
            : options;
    }
}
