using System.Threading.Tasks;
using FregGen.Replica.PostgreSql;
using FregGen.Replica.Tests.Infrastructure;
using FregGen.Simulator;
using Xunit.Abstractions;

namespace FregGen.Replica.Tests;

/// <summary>A whole sync into the real PostgreSQL server: complete extract of archived documents as JSONB, then the feed.</summary>
public sealed class PostgreSqlSyncTests
{
    private readonly ITestOutputHelper _output;

    public PostgreSqlSyncTests(ITestOutputHelper output) => _output = output;

    [PostgresFact]
    public async Task Offentlig_med_hjemmel_syncs_into_postgresql_with_sealed_addresses_and_identity_changes()
    {
        await using var schema = Postgres.NewSchema();
        await using var simulator = await FregSimulator.StartAsync(new FregSimulatorOptions { Seed = 41, PersonCount = 900, EventCount = 1200, UttrekkBatchSize = 350 });
        await using var services = OmhClients.Create(simulator);
        var source = OmhClients.Source(services);
        await using var store = new PostgreSqlReplicaStore(schema.ConnectionString, new PostgreSqlReplicaStoreOptions { Schema = schema.Schema });
        var options = new FregReplicaOptions { Parts = new[] { "person-basis", "adressebeskyttelse", "historikk" }, AddressProtection = FregAddressProtectionPolicy.KeepSealed };
        var replica = new FregReplica(source, store, options);
        await replica.SyncAsync();

        var (ceased, current) = Happenings.IdentityChange(simulator);
        Happenings.Make(simulator, "endringIAdressebeskyttelse");
        simulator.AppendRandomEvents(200);
        var result = await replica.SyncAsync();

        var comparison = await GroundTruth.CompareAsync(simulator, source, store, options);
        _output.WriteLine(result.Checkpoint.Counters + "; " + comparison);
        Assert.True(comparison.Equal, comparison.ToString());
        Assert.Equal(current, (await store.FindPersonAsync(ceased, default))?.Identifier);
        Assert.True(result.Checkpoint.Counters.IdentityChanges >= 1);
        Assert.True(await schema.ScalarAsync("SELECT count(*) FROM {schema}.sealed_address") > 0);
        Assert.Equal(0, await schema.ScalarAsync("SELECT count(*) FROM {schema}.person p JOIN {schema}.sealed_address s USING (identifier) WHERE p.document ? 'bostedsadresse'"));
    }
}
