using System;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica;
using FregGen.Replica.FinansClient;
using FregGen.Replica.PostgreSql;
using Microsoft.Extensions.Logging;

// Usage: Worker <simulator root> <audience> <token endpoint> <postgres connection string> <schema> <instance name> <lease ms>
// One replica instance as a service: waits for the leader lease, loads or follows the feed into PostgreSQL, and keeps
// going until it is killed (the test's point) or gets SIGTERM. Logs go to standard output (never identity numbers).
if (args.Length != 7)
{
    Console.Error.WriteLine("Usage: Worker <simulator root> <audience> <token endpoint> <connection string> <schema> <instance name> <lease ms>");
    return 2;
}

using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Information));
await using var services = FinansClients.Create(new Uri(args[0]), new Uri(args[1]), new Uri(args[2]), clientId: args[5]);
await using var store = new PostgreSqlReplicaStore(args[3], new PostgreSqlReplicaStoreOptions { Schema = args[4] });
var lease = TimeSpan.FromMilliseconds(int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture));
var options = new FregReplicaOptions
{
    InstanceName = args[5],
    Parts = new[] { "person-basis", "doedsfall", "adressebeskyttelse" },
    AddressProtection = FregAddressProtectionPolicy.KeepSealed,
    LookupBatchSize = 250,
    FeedBatchSize = 300,
    MaxEventsInFlight = 1200,
    Follow = true,
    PollInterval = TimeSpan.FromMilliseconds(150),
    ExtractPollInterval = TimeSpan.FromMilliseconds(100),
    LeaseDuration = lease,
    LeaseAcquireInterval = TimeSpan.FromMilliseconds(100),
    RetryDelay = TimeSpan.FromMilliseconds(100),
};
var source = FinansClients.Source(services);
var replica = new FregReplica(source, store, options, loggers.CreateLogger("FregGen.Replica"));

// Ready before competing for the lease: a token, a connection and JIT-compiled paths, as a readiness probe would.
await source.GetLastSequenceNumberAsync(default);
await store.InitializeAsync(default);

using var stop = new CancellationTokenSource();
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
Console.WriteLine("worker " + args[5] + " ready");
try
{
    await replica.RunAsync(stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
}

return 0;
