using System;
using System.IO;
using System.Threading.Tasks;
using FregGen.Replica.Storage;

namespace FregGen.Replica.Tests;

public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("freggen-replica-store-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public Task Sqlite_writes_a_batch_with_its_checkpoint_and_refuses_a_stale_one() => A_batch_and_its_checkpoint_are_written_together_and_only_on_the_version_they_were_built_on();

    [Fact]
    public Task Sqlite_lease_admits_one_holder() => The_lease_admits_one_holder_and_a_deposed_holder_cannot_write();

    [Fact]
    public Task Sqlite_rekeys_on_identity_change() => An_identity_change_rekeys_the_person_and_keeps_every_number_findable();

    [Fact]
    public Task Sqlite_keeps_sealed_addresses_apart() => Sealed_addresses_are_kept_apart_and_put_back_when_read_for_a_merge();

    [Fact]
    public Task Sqlite_initialises_again_without_losing_data() => Initialising_again_keeps_the_data();

    protected override Task<IFregReplicaStore> CreateStoreAsync() => Task.FromResult<IFregReplicaStore>(new SqliteReplicaStore(Path.Combine(_folder.FullName, "store.db")));
}
