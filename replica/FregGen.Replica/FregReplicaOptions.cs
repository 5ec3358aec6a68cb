using System;
using System.Collections.Generic;
using FregGen.Runtime.Replica;

namespace FregGen.Replica
{
    /// <summary>How a replica loads and follows Freg. Defaults suit a production replica of the package's whole population.</summary>
    public sealed class FregReplicaOptions
    {
        /// <summary>The <c>part</c> values every person is fetched with; empty gives person-basis. Ask only for what you need.</summary>
        public IReadOnlyList<string> Parts { get; set; } = Array.Empty<string>();

        /// <summary>
        /// For a feed event type, the top-level person properties to refetch instead of the whole person (each sent as
        /// a <c>part</c>); the stored document's other properties stay. For example
        /// <c>["endringIBostedsadresse"] = ["bostedsadresse", "adressebeskyttelse"]</c>. A person with an event type
        /// not listed here is refetched with <see cref="Parts"/>. Turns off lookup/apply pipelining (see README).
        /// </summary>
        public IDictionary<string, IReadOnlyList<string>> PartsByEventType { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        /// <summary>How the replica is filled when empty. Default <see cref="FregInitialLoadMode.Auto"/>.</summary>
        public FregInitialLoadMode InitialLoad { get; set; } = FregInitialLoadMode.Auto;

        /// <summary>The selections of a tailored load, one extract job each (at most 10 run at once). Default: every person status.</summary>
        public IReadOnlyList<FregTailoredExtractFilter> TailoredExtracts { get; set; } = new[] { new FregTailoredExtractFilter() };

        /// <summary>With <see cref="FregInitialLoadMode.None"/>, where the feed starts; null means after the feed's last sequence number.</summary>
        public long? FeedStartSequence { get; set; }

        /// <summary>Extract jobs run at once. Skatteetaten allows 10 per organisation (uttrekk.md); lower it when other systems share the quota. Default 4.</summary>
        public int MaxConcurrentExtractJobs { get; set; } = 4;

        /// <summary>How long to wait before asking again for an extract batch that is not ready, when Freg gives no Retry-After. Default 2 seconds (doubling to 30).</summary>
        public TimeSpan ExtractPollInterval { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>How long an extract may stay "not ready" before the load fails. Default 6 hours.</summary>
        public TimeSpan ExtractTimeout { get; set; } = TimeSpan.FromHours(6);

        /// <summary>Identity numbers per bulk lookup (Freg's maximum is 1000).</summary>
        public int LookupBatchSize { get; set; } = 1000;

        /// <summary>Bulk lookups in flight at once. Default 4.</summary>
        public int MaxConcurrentLookups { get; set; } = 4;

        /// <summary>Feed events per applied batch (one transaction). Default 2000.</summary>
        public int FeedBatchSize { get; set; } = 2000;

        /// <summary>
        /// Backpressure: feed events read but not yet applied, at most (or 4 × <see cref="FeedBatchSize"/>, if that is
        /// more: one batch read ahead, one being filled, one looked up, one written). Default 10 000.
        /// </summary>
        public int MaxEventsInFlight { get; set; } = 10_000;

        /// <summary>Apply feed events only to persons already in the store (and identity changes of them); other persons are not fetched.</summary>
        public bool OnlyKnownPersons { get; set; }

        /// <summary>Event types that can change a person's identity number; they pass <see cref="OnlyKnownPersons"/> so that a stored person is re-keyed.</summary>
        public ISet<string> IdentityEventTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
        {
            "endringIIdentifikasjonsnummer", "personErOpphoert", "personErOpphoertSomDublett", "personErReaktivert",
            "personErViderefoertSomGjeldendeVedSammenslaaing", "personErEndretVedSplitting", "personErGjenopprettetVedSplitting",
            "personErBosatt", "endringIPerson",
        };

        /// <summary>What to do with the addresses of persons with address protection. Default <see cref="FregAddressProtectionPolicy.Drop"/>.</summary>
        public FregAddressProtectionPolicy AddressProtection { get; set; } = FregAddressProtectionPolicy.Drop;

        /// <summary>The person properties the address policy covers.</summary>
        public IReadOnlyList<string> AddressProperties { get; set; } = new[]
        {
            "bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse", "postadresseIUtlandet", "preferertKontaktadresse", "kontaktadresse",
        };

        /// <summary>Keep polling the feed once caught up (a service); false ends the run when caught up (a job).</summary>
        public bool Follow { get; set; }

        /// <summary>How long to wait between polls once caught up. Default 30 seconds.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>This instance's name in the lease (and batch log). Default: machine name, process id and a random suffix.</summary>
        public string InstanceName { get; set; } = Environment.MachineName + "-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N").Substring(0, 6);

        /// <summary>How long the leader's lease lasts unless renewed: a dead leader is replaced after at most this plus <see cref="LeaseAcquireInterval"/>. Default 30 seconds.</summary>
        public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How often the leader renews its lease. Default: a third of <see cref="LeaseDuration"/>.</summary>
        public TimeSpan? LeaseRenewInterval { get; set; }

        /// <summary>How often a waiting instance tries to take the lease. Default: a quarter of <see cref="LeaseDuration"/>.</summary>
        public TimeSpan? LeaseAcquireInterval { get; set; }

        /// <summary>Transient failures (429, 5xx, timeouts, network) in a row before a run gives up; <see cref="Follow"/> runs never give up. Default 8.</summary>
        public int MaxTransientRetries { get; set; } = 8;

        /// <summary>The first wait after a transient failure (doubling, at most 60 seconds). Default 1 second.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Told after every applied batch and when caught up.</summary>
        public IProgress<FregReplicaProgress>? Progress { get; set; }

        /// <summary>The clock for waits.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        internal TimeSpan RenewInterval => LeaseRenewInterval ?? LeaseDuration / 3;

        internal TimeSpan AcquireInterval => LeaseAcquireInterval ?? LeaseDuration / 4;

        /// <summary>What is wrong with the options, or <see langword="null"/>.</summary>
        /// <returns>A sentence.</returns>
        public string? Validate()
        {
            if (LookupBatchSize is < 1 or > 1000)
            {
                return "LookupBatchSize must be 1–1000 (Freg's bulk lookup takes at most 1000).";
            }

            if (MaxConcurrentExtractJobs is < 1 or > 10)
            {
                return "MaxConcurrentExtractJobs must be 1–10 (Skatteetaten allows 10 extract jobs at once per organisation).";
            }

            if (MaxConcurrentLookups < 1 || FeedBatchSize < 1 || MaxEventsInFlight < FeedBatchSize)
            {
                return "MaxConcurrentLookups and FeedBatchSize must be positive, and MaxEventsInFlight at least FeedBatchSize.";
            }

            if (LeaseDuration <= TimeSpan.Zero || RenewInterval <= TimeSpan.Zero || RenewInterval >= LeaseDuration || AcquireInterval <= TimeSpan.Zero)
            {
                return "LeaseDuration must be positive, LeaseRenewInterval shorter than it, and LeaseAcquireInterval positive.";
            }

            if (PollInterval < TimeSpan.Zero || ExtractPollInterval <= TimeSpan.Zero || RetryDelay < TimeSpan.Zero || MaxTransientRetries < 0)
            {
                return "PollInterval, ExtractPollInterval, RetryDelay and MaxTransientRetries must not be negative.";
            }

            if (string.IsNullOrWhiteSpace(InstanceName))
            {
                return "InstanceName must not be empty.";
            }

            if (TailoredExtracts is not { Count: > 0 })
            {
                return "TailoredExtracts needs at least one filter.";
            }

            foreach (var filter in TailoredExtracts)
            {
                if (filter?.Validate() is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }
    }
}
