using System;
using FregGen.Simulator.Faults;
using FregGen.Simulator.Feed;
using FregGen.Simulator.Maskinporten;
using FregGen.Simulator.Population;
using FregGen.Simulator.Rights;
using FregGen.Simulator.Uttrekk;

namespace FregGen.Simulator.State;

/// <summary>
/// Everything the simulator holds: the population, event log, extract jobs, tokens and faults. Population, log and jobs
/// are guarded by <see cref="Sync"/>; the token and fault stores are thread-safe on their own.
/// </summary>
internal sealed class SimulatorState : IDisposable
{
    private SimulatorState(FregSimulatorOptions options, Random random, PersonRegistry registry, EventLog log, EventGenerator events)
    {
        Options = options;
        Registry = registry;
        Log = log;
        Events = events;
        Jobs = new UttrekkJobStore(random, options.UttrekkBatchSize, options.MaxConcurrentUttrekkJobs);
        Tokens = new AccessTokenStore();
        Clients = new TrustedClientRegistry();
        Issuer = new MaskinportenTokenIssuer(() => MaskinportenIssuer, options.TimeProvider, options.TokenLifetime, Tokens);
        GrantValidator = new GrantValidator(() => MaskinportenIssuer, options.TimeProvider, Clients, new JtiReplayCache(), options.RequireRegisteredClients);
    }

    public object Sync { get; } = new();

    public FregSimulatorOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    /// <summary>The rights catalogue on the register's "now" (<see cref="FregSimulatorOptions.ReferenceTime"/>).</summary>
    public SimulatorCatalogue Catalogue => SimulatorCatalogue.On(Options.ReferenceTime);

    public Shapes.ServedSpec Spec { get; private init; } = null!;

    public PersonRegistry Registry { get; }

    public EventLog Log { get; }

    public EventGenerator Events { get; }

    public UttrekkJobStore Jobs { get; }

    public FregSimulatorFaults Faults { get; } = new();

    public AccessTokenStore Tokens { get; }

    public TrustedClientRegistry Clients { get; }

    public MaskinportenTokenIssuer Issuer { get; }

    public GrantValidator GrantValidator { get; }

    /// <summary>The root under which package paths live, set once Kestrel listens.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");

    public string MaskinportenIssuer => BaseAddress + "maskinporten/";

    public static SimulatorState Create(FregSimulatorOptions options)
    {
        if (options.PersonCount < 10 || options.EventCount < 0 || options.UttrekkBatchSize < 1 || options.MaxConcurrentUttrekkJobs < 1
            || options.TokenLifetime <= TimeSpan.Zero || options.FeedWindow <= TimeSpan.Zero || options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PersonCount must be at least 10; EventCount not negative; UttrekkBatchSize, MaxConcurrentUttrekkJobs, TokenLifetime and FeedWindow positive; Port 0–65535.");
        }

        var random = new Random(options.Seed);
        var registry = new PersonRegistry();
        var factory = new PersonFactory(random, registry);
        var mutations = new PersonMutations(random, registry, factory);
        var windowStart = options.ReferenceTime - options.FeedWindow;
        new PopulationGenerator(random, registry, factory, mutations, options.ReferenceTime, windowStart).Generate(options.PersonCount);
        var log = new EventLog(random, registry, SimulatorCatalogue.On(options.ReferenceTime), options.RetentionStart);
        var events = new EventGenerator(random, registry, factory, mutations, log);
        events.CreateInitialVersions(windowStart);
        events.Generate(options.EventCount, windowStart, options.ReferenceTime);
        var spec = options.PublishedSpecification is { } path ? Shapes.ServedSpec.Read(path) : Shapes.ServedSpec.Embedded();
        return new SimulatorState(options, random, registry, log, events) { Spec = spec };
    }

    /// <summary>The moment for an event appended now: the clock, but never before the last event.</summary>
    public DateTimeOffset NextEventTime()
    {
        var now = Time.GetUtcNow();
        var last = Log.LastEventTime ?? now;
        return now > last ? now : last.AddSeconds(1);
    }

    public void Dispose() => Issuer.Dispose();
}
