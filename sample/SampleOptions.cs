using System;
using System.Collections.Generic;
using FregGen.Sample.Freg;

namespace FregGen.Sample;

/// <summary>
/// Command-line options. Without any, the sample runs against the in-process simulator. With <c>--environment</c> it
/// calls Skatteetaten's environment with a real Maskinporten client (enterprise certificate).
/// </summary>
internal sealed record SampleOptions(
    FregEnvironment? Environment,
    string? ClientId,
    string? CertificatePath,
    string? Name,
    string? BirthDate,
    long? FromSequence,
    int FeedEvents,
    bool Help)
{
    /// <summary>The PostgreSQL connection string for the replica step (SQLite when null).</summary>
    public string? Postgres { get; init; }

    /// <summary>The simulator's population size.</summary>
    public int? Persons { get; init; }

    /// <summary>Against a real environment: the kommune the replica loads (tailored extract); the step is skipped without it.</summary>
    public string? ReplicaKommune { get; init; }

    /// <summary>How many events the simulator registers between the replica's two syncs.</summary>
    public int ReplicaEvents { get; init; } = 500;

    public const string Usage = """
        FregGen sample: a day with Folkeregisteret through the generated client.

          dotnet run --project sample                        against the local simulator (no setup)
          dotnet run --project sample -p:FregRightsPackage=privat
                                                             the same with another rights package (compiled in)
          dotnet run --project sample -- --environment Konsumenttest --client-id <id> --certificate <file.p12>
                                                             against Skatteetaten's test environment
        Options:
          --environment Playground|Konsumenttest|Produksjon   a real environment instead of the simulator
          --client-id <id>                                    your Maskinporten client id (real environments)
          --certificate <file>                                your enterprise certificate (.p12/.pfx); its password in FREG_CERTIFICATE_PASSWORD
          --name "<fornavn etternavn>" --birth-date yyyyMMdd  the person for entydigsoek (real environments)
          --from-sequence <n>                                 where to start the feed (default: near the end)
          --feed-events <n>                                   how many feed events to follow at most (default 20000)
          --persons <n>                                       the simulator's population size (default 5000)
          --postgres "<connection string>"                    the replica step writes to PostgreSQL instead of SQLite
          --replica-events <n>                                events the simulator registers between the replica's syncs (default 500)
          --replica-kommune <nnnn>                            real environments: the kommune the replica loads (else the step is skipped)
        """;

    public bool UseSimulator => Environment is null;

    public static SampleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SampleOptions(null, null, null, null, null, null, 20_000, false);
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException("The option " + args[i] + " needs a value.");
            options = args[i] switch
            {
                "--environment" => options with { Environment = Enum.Parse<FregEnvironment>(Next(), ignoreCase: true) },
                "--client-id" => options with { ClientId = Next() },
                "--certificate" => options with { CertificatePath = Next() },
                "--name" => options with { Name = Next() },
                "--birth-date" => options with { BirthDate = Next() },
                "--from-sequence" => options with { FromSequence = long.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--feed-events" => options with { FeedEvents = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--persons" => options with { Persons = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--postgres" => options with { Postgres = Next() },
                "--replica-events" => options with { ReplicaEvents = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--replica-kommune" => options with { ReplicaKommune = Next() },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException("Unknown option " + args[i] + ". Use --help."),
            };
        }

        if (!options.UseSimulator && (options.ClientId is null || options.CertificatePath is null))
        {
            throw new ArgumentException("A real environment needs --client-id and --certificate.");
        }

        return options;
    }
}
