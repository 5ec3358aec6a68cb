using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FregGen.Replica.Storage;
using FregGen.Runtime.Replica;

namespace FregGen.Replica.Tests;

/// <summary>The package decides what is possible, and a package that cannot replicate is refused at start, before any call.</summary>
public sealed class CapabilityTests
{
    [Fact]
    public async Task A_package_without_bulk_lookup_or_extract_is_refused_at_start_with_the_operations_it_lacks()
    {
        var source = new PackageOnly("privat", FregReplicaCapabilities.Feed | FregReplicaCapabilities.LastSequenceNumber, new Dictionary<FregReplicaCapabilities, string>
        {
            [FregReplicaCapabilities.PersonBulkLookup] = "The rights package 'privat' does not offer bulk lookup of persons (POST /v1/personer/bulkoppslag).",
            [FregReplicaCapabilities.TailoredExtract] = "The rights package 'privat' does not offer the tailored extract (POST /v1/uttrekk/tilpasset).",
        });
        var store = new DiscardingReplicaStore();

        var error = await Assert.ThrowsAsync<FregReplicaConfigurationException>(() => new FregReplica(source, store).SyncAsync());

        Assert.Contains("'privat'", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST /v1/personer/bulkoppslag", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST /v1/uttrekk/tilpasset", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, source.Calls);
        Assert.Null(await store.ReadLeaseAsync(default));
    }

    [Fact]
    public void Auto_picks_the_complete_extract_when_offered_and_the_tailored_one_otherwise()
    {
        var all = (FregReplicaCapabilities)127;
        var tailoredOnly = all & ~FregReplicaCapabilities.CompleteExtract & ~FregReplicaCapabilities.ArchivedPersonBulkLookup;

        Assert.Equal(FregInitialLoadMode.Complete, new FregReplica(new PackageOnly("offentlig-med-hjemmel", all), new DiscardingReplicaStore()).Validate());
        Assert.Equal(FregInitialLoadMode.Tailored, new FregReplica(new PackageOnly("finans", tailoredOnly), new DiscardingReplicaStore()).Validate());
        Assert.Throws<FregReplicaConfigurationException>(() => new FregReplica(new PackageOnly("finans", tailoredOnly), new DiscardingReplicaStore(), new FregReplicaOptions { InitialLoad = FregInitialLoadMode.Complete }).Validate());
    }

    [Theory]
    [InlineData("bolig", null)]
    [InlineData(null, "person-basis")]
    public void Parts_the_package_does_not_accept_and_partial_refetches_by_alias_are_refused(string? part, string? eventPart)
    {
        var options = new FregReplicaOptions();
        if (part is not null)
        {
            options.Parts = new[] { part };
        }

        if (eventPart is not null)
        {
            options.PartsByEventType["endringIBostedsadresse"] = new[] { eventPart };
        }

        var error = Assert.Throws<FregReplicaConfigurationException>(() => new FregReplica(new PackageOnly("finans", (FregReplicaCapabilities)127), new DiscardingReplicaStore(), options).Validate());
        Assert.Contains("'" + (part ?? eventPart) + "'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_outside_freg_s_limits_are_refused()
    {
        Assert.NotNull(new FregReplicaOptions { LookupBatchSize = 1001 }.Validate());
        Assert.NotNull(new FregReplicaOptions { MaxConcurrentExtractJobs = 11 }.Validate());
        Assert.NotNull(new FregReplicaOptions { LeaseDuration = TimeSpan.FromSeconds(1), LeaseRenewInterval = TimeSpan.FromSeconds(2) }.Validate());
        Assert.NotNull(new FregReplicaOptions { FeedBatchSize = 5000, MaxEventsInFlight = 1000 }.Validate());
        Assert.Null(new FregReplicaOptions().Validate());
    }

    /// <summary>A source that offers only what it is told and counts calls.</summary>
    private sealed class PackageOnly : FregReplicaSourceBase
    {
        public PackageOnly(string package, FregReplicaCapabilities capabilities, Dictionary<FregReplicaCapabilities, string>? missing = null)
            : base(package, capabilities, new[] { "navn", "bostedsadresse", "identifikasjonsnummer" }, new[] { "person-basis", "navn", "bostedsadresse", "identifikasjonsnummer", "historikk" }, missing ?? new Dictionary<FregReplicaCapabilities, string>())
        {
        }

        public int Calls { get; private set; }

        public override Task<long> GetLastSequenceNumberAsync(System.Threading.CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(1L);
        }
    }
}
