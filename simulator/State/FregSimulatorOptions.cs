using System;
using Microsoft.Extensions.Logging;

namespace FregGen.Simulator;

/// <summary>How the simulator is set up. The same options (and seed) always give the same population and feed.</summary>
public sealed class FregSimulatorOptions
{
    /// <summary>The seed of all generated data.</summary>
    public int Seed { get; set; } = 20171001;

    /// <summary>How many persons the register holds (including those born inside the feed window and d-number holders).</summary>
    public int PersonCount { get; set; } = 5000;

    /// <summary>About how many events the feed holds at start (births inside the window always get theirs).</summary>
    public int EventCount { get; set; } = 12000;

    /// <summary>The register's "now" for the generated data; the feed window ends here. Fixed so that the data does not depend on the clock.</summary>
    public DateTimeOffset ReferenceTime { get; set; } = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far back the feed reaches from <see cref="ReferenceTime"/> (Freg keeps 36 months).</summary>
    public TimeSpan FeedWindow { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>Events registered before this moment are deleted: the feed answers 406 below the first retained sequence number. Null keeps all.</summary>
    public DateTimeOffset? RetentionStart { get; set; }

    /// <summary>The lifetime of the access tokens the fake Maskinporten issues (Maskinporten's default is 120 s).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Accept only grants from clients registered with <see cref="FregSimulator.RegisterClient(string, System.Security.Cryptography.X509Certificates.X509Certificate2, string[])"/>; otherwise any grant whose x5c certificate verifies its signature.</summary>
    public bool RequireRegisteredClients { get; set; }

    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Identifiers per uttrekk batch.</summary>
    public int UttrekkBatchSize { get; set; } = 1000;

    /// <summary>Unfinished uttrekk jobs a client may have at once before 429 (Freg allows 10).</summary>
    public int MaxConcurrentUttrekkJobs { get; set; } = 10;

    /// <summary>The clock for token lifetimes and appended events; tests can pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The lowest level logged. Logs name operations and counts, never identity numbers or request paths.</summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Warning;

    /// <summary>Write logs to the console (the standalone mode does).</summary>
    public bool LogToConsole { get; set; }

    /// <summary>
    /// The published Freg specification (YAML or JSON) whose answer shapes the simulator serves, e.g. OMH 1.6.2's wrapper
    /// objects for the archive and event bulk answers and 406 for an invalid part; null serves the one FregGen embeds.
    /// </summary>
    public string? PublishedSpecification { get; set; }
}
