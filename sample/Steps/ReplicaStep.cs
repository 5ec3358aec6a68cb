using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica;
using FregGen.Replica.PostgreSql;
using FregGen.Replica.Storage;
using FregGen.Runtime.Replica;
using FregGen.Sample.Freg;
using FregGen.Sample.Output;
using FregGen.Simulator;

namespace FregGen.Sample.Steps;

/// <summary>
/// A local replica of the package's population: the initial load by extract and bulk lookups, then the feed, into SQLite
/// (a file under the temp folder) or PostgreSQL (--postgres). Against the simulator, time passes between two syncs: it
/// registers changes (among them an identity change, a death and address protection) that the second sync applies.
/// </summary>
internal static class ReplicaStep
{
    public static async Task RunAsync(FregClient client, SampleOptions options, FregSimulator? simulator, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine("5. A local replica of the population: initial load, then the feed (" + (options.Postgres is null ? "SQLite" : "PostgreSQL") + ")");
        if (simulator is null && options.ReplicaKommune is null)
        {
            Console.WriteLine("   skipped: against a real environment the replica loads one kommune only; pass --replica-kommune <nnnn>.");
            return;
        }

        var databaseFile = Path.Combine(Path.GetTempPath(), "freggen-sample-replica-" + Guid.NewGuid().ToString("N") + ".db");
        IFregReplicaStore store = options.Postgres is { } connectionString
            ? new PostgreSqlReplicaStore(connectionString, new PostgreSqlReplicaStoreOptions { Schema = "freggen_sample_" + Guid.NewGuid().ToString("N").Substring(0, 8) })
            : new SqliteReplicaStore(databaseFile);
        var replicaOptions = new FregReplicaOptions
        {
            Parts = new[] { "person-basis", "adressebeskyttelse" },
            AddressProtection = FregAddressProtectionPolicy.KeepSealed,
            Progress = new ProgressLines(),
        };
        if (options.ReplicaKommune is { } kommune)
        {
            replicaOptions.TailoredExtracts = new[] { new FregTailoredExtractFilter { Bostedskommunenummer = kommune } };
            replicaOptions.OnlyKnownPersons = true;
        }

        var replica = new FregReplica(client.CreateReplicaSource(), store, replicaOptions);
        try
        {
            Console.WriteLine("   load: " + replica.Validate().ToString().ToLowerInvariant() + " extract; store: " + (options.Postgres is null ? databaseFile : "PostgreSQL"));
            var watch = Stopwatch.StartNew();
            var load = await replica.SyncAsync(cancellationToken);
            var table = new ConsoleTable("Run", "Persons loaded", "Events applied", "Persons updated", "Identity changes", "Protected addresses", "Not found", "Time");
            Add(table, "initial load + catch-up", load);
            if (simulator is not null)
            {
                simulator.AppendRandomEvents(options.ReplicaEvents);
                MakeHappen(simulator, "personErBosatt");
                MakeHappen(simulator, "personErDoed");
                MakeHappen(simulator, "endringIAdressebeskyttelse");
                Add(table, "after " + options.ReplicaEvents + " more events", await replica.SyncAsync(cancellationToken));
            }

            var total = (await store.LoadCheckpointAsync(cancellationToken)).Counters;
            table.Add("(replica totals)", total.PersonsLoaded, total.EventsApplied, total.PersonsUpdated, total.IdentityChanges, total.ProtectedAddresses, total.NotFound, watch.ElapsedMilliseconds + " ms");
            table.Write("   the replica (" + store.Name + ", address policy " + replicaOptions.AddressProtection + ")");
        }
        catch (FregReplicaConfigurationException exception)
        {
            Console.WriteLine("   " + exception.Message);
        }
        finally
        {
            await store.DisposeAsync();
            if (File.Exists(databaseFile))
            {
                foreach (var file in Directory.GetFiles(Path.GetDirectoryName(databaseFile)!, Path.GetFileName(databaseFile) + "*"))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static void Add(ConsoleTable table, string run, FregReplicaRunResult result)
        => table.Add(run, result.Run.PersonsLoaded, result.Run.EventsApplied, result.Run.PersonsUpdated, result.Run.IdentityChanges, result.Run.ProtectedAddresses, result.Run.NotFound, (long)result.Elapsed.TotalMilliseconds + " ms");

    /// <summary>A change of the given type to the first eligible person (the simulator refuses ineligible ones).</summary>
    private static void MakeHappen(FregSimulator simulator, string hendelsetype)
    {
        foreach (var identifier in simulator.PersonIdentifiers.Where(id => hendelsetype != "personErBosatt" || id[0] is >= '4' and <= '7'))
        {
            try
            {
                simulator.AppendEvent(identifier, hendelsetype);
                return;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
            }
        }
    }

    private sealed class ProgressLines : IProgress<FregReplicaProgress>
    {
        public void Report(FregReplicaProgress value)
            => Console.WriteLine(value.CaughtUp
                ? "   … caught up at sequence number " + value.NextSequence
                : "   … " + (value.Phase == FregReplicaPhase.Following ? value.BatchItems + " events" : value.BatchItems + " extract items") + " → " + value.BatchPersons + " persons written; "
                  + value.Counters.PersonsLoaded + " loaded, " + value.Counters.EventsApplied + " events applied in all");
    }
}
