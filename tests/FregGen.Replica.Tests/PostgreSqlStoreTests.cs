using System;
using System.Threading.Tasks;
using FregGen.Replica.PostgreSql;
using FregGen.Replica.Storage;
using FregGen.Replica.Tests.Infrastructure;

namespace FregGen.Replica.Tests;

public sealed class PostgreSqlStoreTests : StoreContract, IAsyncLifetime
{
    private Postgres.SchemaScope? _schema;

    public Task InitializeAsync()
    {
        if (Postgres.ConnectionString is not null || Postgres.RequiredByCi)
        {
            _schema = Postgres.NewSchema();
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [PostgresFact]
    public Task PostgreSql_writes_a_batch_with_its_checkpoint_and_refuses_a_stale_one() => A_batch_and_its_checkpoint_are_written_together_and_only_on_the_version_they_were_built_on();

    [PostgresFact]
    public Task PostgreSql_lease_admits_one_holder() => The_lease_admits_one_holder_and_a_deposed_holder_cannot_write();

    [PostgresFact]
    public Task PostgreSql_rekeys_on_identity_change() => An_identity_change_rekeys_the_person_and_keeps_every_number_findable();

    [PostgresFact]
    public Task PostgreSql_keeps_sealed_addresses_apart() => Sealed_addresses_are_kept_apart_and_put_back_when_read_for_a_merge();

    [PostgresFact]
    public async Task PostgreSql_is_migrated_once_when_instances_start_together()
    {
        await Initialising_again_keeps_the_data();
        Assert.Equal(1, await _schema!.ScalarAsync("SELECT count(*) FROM {schema}.schema_migration"));
    }

    protected override Task<IFregReplicaStore> CreateStoreAsync()
        => Task.FromResult<IFregReplicaStore>(new PostgreSqlReplicaStore((_schema ?? throw new InvalidOperationException(Postgres.Variable + " is not set.")).ConnectionString, new PostgreSqlReplicaStoreOptions { Schema = _schema.Schema }));
}
