using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FregGen.Replica.Storage;

namespace FregGen.Replica.Tests;

/// <summary>
/// What every store must do, run against SQLite and PostgreSQL: the checkpoint moves only with its batch, a batch built
/// on an old checkpoint or written without the lease changes nothing, the lease admits one holder, and an identity
/// change re-keys the stored person while every earlier number still finds them.
/// </summary>
public abstract class StoreContract
{
    private const string X = "01010112345";
    private const string Y = "41010112345";
    private const string Z = "01010154321";

    protected abstract Task<IFregReplicaStore> CreateStoreAsync();

    protected async Task A_batch_and_its_checkpoint_are_written_together_and_only_on_the_version_they_were_built_on()
    {
        await using var store = await CreateStoreAsync();
        await store.InitializeAsync(default);
        var epoch = (await store.TryAcquireLeaseAsync("a", TimeSpan.FromMinutes(1), default))!.Value;

        var first = await store.ApplyAsync(Batch(0, epoch, "a", 11, Person(X, "bosatt")), default);
        Assert.Equal(1, first.Checkpoint.Version);
        Assert.Equal(11, (await store.LoadCheckpointAsync(default)).NextSequence);

        // Built on version 0 again (a replay after a crash, or a deposed leader): refused, nothing written.
        await Assert.ThrowsAsync<FregReplicaConflictException>(() => store.ApplyAsync(Batch(0, epoch, "a", 99, Person(Z, "doed")), default));
        var checkpoint = await store.LoadCheckpointAsync(default);
        Assert.Equal(1, checkpoint.Version);
        Assert.Equal(11, checkpoint.NextSequence);
        Assert.Null(await store.FindPersonAsync(Z, default));
        Assert.Equal(1, checkpoint.Counters.PersonsUpdated);
        Assert.Single(await ToListAsync(store.ReadBatchLogAsync(default)), record => record.Kind == "feed");
    }

    protected async Task The_lease_admits_one_holder_and_a_deposed_holder_cannot_write()
    {
        await using var store = await CreateStoreAsync();
        await store.InitializeAsync(default);
        var a = (await store.TryAcquireLeaseAsync("a", TimeSpan.FromMilliseconds(600), default))!.Value;
        Assert.Null(await store.TryAcquireLeaseAsync("b", TimeSpan.FromMinutes(1), default));
        Assert.Equal("a", (await store.ReadLeaseAsync(default))!.Holder);
        Assert.True(await store.RenewLeaseAsync("a", a, TimeSpan.FromMilliseconds(300), default));

        await Task.Delay(700);
        var b = (await store.TryAcquireLeaseAsync("b", TimeSpan.FromMinutes(1), default))!.Value;
        Assert.True(b > a);
        Assert.False(await store.RenewLeaseAsync("a", a, TimeSpan.FromMinutes(1), default));
        await Assert.ThrowsAsync<FregReplicaConflictException>(() => store.ApplyAsync(Batch(0, a, "a", 5, Person(X, "bosatt")), default));
        await store.ApplyAsync(Batch(0, b, "b", 5, Person(X, "bosatt")), default);

        await store.ReleaseLeaseAsync("b", b, default);
        Assert.Null(await store.ReadLeaseAsync(default));
        Assert.NotNull(await store.TryAcquireLeaseAsync("c", TimeSpan.FromMinutes(1), default));
    }

    protected async Task An_identity_change_rekeys_the_person_and_keeps_every_number_findable()
    {
        await using var store = await CreateStoreAsync();
        await store.InitializeAsync(default);
        var epoch = (await store.TryAcquireLeaseAsync("a", TimeSpan.FromMinutes(1), default))!.Value;
        await store.ApplyAsync(Batch(0, epoch, "a", 2, Person(Y, "midlertidig", sealedAddresses: "{\"bostedsadresse\":[]}")), default);

        // The d-number Y ceases, the fødselsnummer X replaces it; later X ceases for Z.
        var rekeyed = await store.ApplyAsync(Batch(1, epoch, "a", 3, Person(X, "bosatt", previous: new[] { Y })), default);
        var again = await store.ApplyAsync(Batch(2, epoch, "a", 4, Person(Z, "bosatt", previous: new[] { X, Y })), default);

        Assert.Equal(1, rekeyed.Rekeyed);
        Assert.Equal(2, again.Checkpoint.Counters.IdentityChanges);
        var all = await ToListAsync(store.ReadAllPersonsAsync(default));
        var person = Assert.Single(all);
        Assert.Equal(Z, person.Identifier);
        Assert.Equal(new[] { X, Y, Z }.OrderBy(id => id, StringComparer.Ordinal), person.Identifiers.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Null(person.SealedAddresses);
        foreach (var number in new[] { X, Y, Z })
        {
            Assert.Equal(Z, (await store.FindPersonAsync(number, default))?.Identifier);
        }

        var resolved = await store.ResolveIdentifiersAsync(new[] { X, Y, "99999999999" }, default);
        Assert.Equal(2, resolved.Count);
        Assert.All(resolved.Values, current => Assert.Equal(Z, current));
    }

    protected async Task Sealed_addresses_are_kept_apart_and_put_back_when_read_for_a_merge()
    {
        await using var store = await CreateStoreAsync();
        await store.InitializeAsync(default);
        var epoch = (await store.TryAcquireLeaseAsync("a", TimeSpan.FromMinutes(1), default))!.Value;
        await store.ApplyAsync(Batch(0, epoch, "a", 2, Person(X, "bosatt", sealedAddresses: "{\"bostedsadresse\":[{\"erGjeldende\":true}]}")), default);

        var stored = (await store.FindPersonAsync(X, default))!;
        Assert.DoesNotContain("bostedsadresse", Encoding.UTF8.GetString(stored.Document), StringComparison.Ordinal);
        Assert.Null(stored.Municipality);
        Assert.Contains("bostedsadresse", Encoding.UTF8.GetString(stored.SealedAddresses!), StringComparison.Ordinal);
        var full = (await store.ReadDocumentsAsync(new[] { X }, default))[X];
        Assert.Contains("bostedsadresse", Encoding.UTF8.GetString(full), StringComparison.Ordinal);
        Assert.Contains("\"navn\"", Encoding.UTF8.GetString(full), StringComparison.Ordinal);
    }

    protected async Task Initialising_again_keeps_the_data()
    {
        await using (var store = await CreateStoreAsync())
        {
            await store.InitializeAsync(default);
            var epoch = (await store.TryAcquireLeaseAsync("a", TimeSpan.FromMinutes(1), default))!.Value;
            await store.ApplyAsync(Batch(0, epoch, "a", 7, Person(X, "bosatt")), default);
        }

        await using var reopened = await CreateStoreAsync();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => reopened.InitializeAsync(default)));
        Assert.Equal(7, (await reopened.LoadCheckpointAsync(default)).NextSequence);
        Assert.NotNull(await reopened.FindPersonAsync(X, default));
    }

    private static FregReplicaChangeSet Batch(long expected, long epoch, string holder, long next, FregReplicaPersonWrite person)
        => new()
        {
            ExpectedVersion = expected,
            Epoch = epoch,
            Holder = holder,
            Checkpoint = new FregReplicaCheckpoint { Phase = FregReplicaPhase.Following, NextSequence = next },
            CounterDelta = new FregReplicaCounters { PersonsUpdated = 1, EventsApplied = 1 },
            Persons = new[] { person },
            Record = new FregReplicaBatchRecord("feed", next - 1, next - 1, null, null, null, 1, 1),
        };

    private static FregReplicaPersonWrite Person(string identifier, string status, string[]? previous = null, string? sealedAddresses = null)
        => new(
            identifier,
            previous ?? Array.Empty<string>(),
            status,
            sealedAddresses is null ? "0301" : null,
            sealedAddresses is null ? null : "fortrolig",
            Encoding.UTF8.GetBytes("{\"navn\":[{\"fornavn\":\"Kari\",\"erGjeldende\":true}],\"status\":[{\"status\":\"" + status + "\",\"erGjeldende\":true}]}"),
            sealedAddresses is null ? null : Encoding.UTF8.GetBytes(sealedAddresses),
            null);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
