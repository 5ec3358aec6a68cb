using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;
using FregGen.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FregGen.Client.Tests.Production;

/// <summary>The lookup audit hook: who looked up whom, why, and what happens when the auditor fails.</summary>
public sealed class LookupAuditTests
{
    private const string Fnr = "12888512371";

    [Fact]
    public async Task A_lookup_is_recorded_with_purpose_legal_basis_caller_parts_and_identifier()
    {
        var auditor = new RecordingAuditor();
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person")))), auditor);

        using (FregLookupContext.Begin("saksbehandling:2026/123", legalBasis: "folkeregisterloven § 10-2", caller: "saksbehandler-17"))
        {
            await client.HentSisteVersjonAvPersonAsync(Fnr, part: [FregPart.Navn, FregPart.Bostedsadresse]);
        }

        var record = Assert.Single(auditor.Records);
        Assert.Equal(("hentSisteVersjonAvPerson", FregLookupKind.Lookup, "offentlig-med-hjemmel"), (record.OperationId, record.Kind, record.RightsPackage));
        Assert.Equal(("saksbehandling:2026/123", "folkeregisterloven § 10-2", "saksbehandler-17"), (record.Purpose, record.LegalBasis, record.Caller));
        Assert.Equal([Fnr], record.Identifiers);
        Assert.Equal(FregAuditIdentifierKind.IdentityNumber, record.IdentifierKind);
        Assert.Equal(1, record.PersonCount);
        Assert.Equal(["navn", "bostedsadresse"], record.Parts);
        Assert.Equal(200, record.StatusCode);
        Assert.Equal("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/{personidentifikator}", record.RouteTemplate);
        Assert.DoesNotContain(Fnr, record.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_lookup_over_1000_is_recorded_once_per_request_with_its_identifiers()
    {
        var auditor = new RecordingAuditor();
        var client = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json("{\"oppslag\":[]}"))), auditor);
        var ids = Enumerable.Range(0, 2500).Select(i => i.ToString("00000000000", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ids });

        Assert.Equal([1000, 1000, 500], auditor.Records.Select(r => r.PersonCount));
        Assert.Equal(ids, auditor.Records.SelectMany(r => r.Identifiers));
        Assert.All(auditor.Records, r => Assert.Equal(FregLookupKind.BulkLookup, r.Kind));
    }

    [Fact]
    public async Task A_search_records_the_persons_found_and_an_archive_read_its_document_id()
    {
        var auditor = new RecordingAuditor();
        var search = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("search")))), auditor);
        var archive = new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person")))), auditor);

        var hits = await search.PersonsoekAsync(navn: "Kari Nordmann");
        await archive.HentArkivpersonAsync("dokument-1");

        var (searched, read) = (auditor.Records[0], auditor.Records[1]);
        Assert.Equal(FregLookupKind.Search, searched.Kind);
        Assert.Equal(hits.FoedselsEllerDNummer, searched.Identifiers);
        Assert.Equal(4, searched.PersonCount);
        Assert.Equal((FregLookupKind.ArchiveLookup, FregAuditIdentifierKind.DocumentId), (read.Kind, read.IdentifierKind));
        Assert.Equal(["dokument-1"], read.Identifiers);
    }

    [Fact]
    public async Task A_failing_auditor_fails_the_lookup_by_default_and_can_be_told_not_to()
    {
        var handler = new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person")));
        var strict = new FregClient(ScriptedHandler.Client(handler), new FailingAuditor());
        var lenient = new FregClient(ScriptedHandler.Client(handler), new FailingAuditor(), new FregAuditOptions { FailLookupOnAuditFailure = false });

        var exception = await Assert.ThrowsAsync<FregLookupAuditException>(() => strict.HentSisteVersjonAvPersonAsync(Fnr));
        var person = await lenient.HentSisteVersjonAvPersonAsync(Fnr);

        Assert.IsType<InvalidOperationException>(exception.InnerException);
        Assert.Equal("hentSisteVersjonAvPerson", exception.OperationId);
        Assert.NotNull(person);
    }

    [Fact]
    public async Task A_refused_lookup_is_recorded_and_Freg_s_error_reaches_the_caller_whatever_the_auditor_does()
    {
        var auditor = new RecordingAuditor();
        var handler = new ScriptedHandler((_, _) => new System.Net.Http.HttpResponseMessage(HttpStatusCode.NotFound));

        await Assert.ThrowsAsync<FregApiException>(() => new FregClient(ScriptedHandler.Client(handler), auditor).HentSisteVersjonAvPersonAsync(Fnr));
        var failing = await Assert.ThrowsAsync<FregApiException>(() => new FregClient(ScriptedHandler.Client(handler), new FailingAuditor()).HentSisteVersjonAvPersonAsync(Fnr));

        Assert.Equal(404, Assert.Single(auditor.Records).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, failing.StatusCode);
    }

    [Fact]
    public async Task A_required_purpose_is_checked_before_anything_is_sent_and_the_feed_is_not_audited()
    {
        var auditor = new RecordingAuditor();
        var handler = new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("feed")));
        var client = new FregClient(ScriptedHandler.Client(handler), auditor, new FregAuditOptions { RequirePurpose = true });

        await Assert.ThrowsAsync<FregLookupAuditException>(() => client.HentSisteVersjonAvPersonAsync(Fnr));
        await client.HentFeedSideAsync(1);

        Assert.Single(handler.Requests);
        Assert.Empty(auditor.Records);
    }

    [Fact]
    public void Hashed_identifiers_are_keyed_and_stable()
    {
        var record = Record();
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        var first = record.HashIdentifiers(key);
        var again = record.HashIdentifiers(key);
        var otherKey = record.HashIdentifiers(key.Select(b => (byte)(b + 1)).ToArray());

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherKey);
        Assert.Equal(64, first[0].Length);
        Assert.Throws<ArgumentException>(() => record.HashIdentifiers(new byte[16]));
    }

    [Fact]
    public async Task AddFregClient_hands_the_registered_auditor_and_audit_options_to_the_client()
    {
        var auditor = new RecordingAuditor();
        var services = new ServiceCollection();
        services.AddSingleton<IFregLookupAuditor>(auditor);
        services.AddFregClient(options =>
            {
                options.BaseAddress = new Uri("https://freg.test/");
                options.Audit.FailLookupOnAuditFailure = false;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person"))));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IFregClient>().HentSisteVersjonAvPersonAsync(Fnr);

        Assert.Single(auditor.Records);
        Assert.IsType<FregClient>(provider.GetRequiredService<FregClient>());
    }

    private static FregLookupAuditRecord Record()
    {
        var auditor = new RecordingAuditor();
        new FregClient(ScriptedHandler.Client(new ScriptedHandler((_, _) => ScriptedHandler.Json(Payload.Read("person")))), auditor)
            .HentSisteVersjonAvPersonAsync(Fnr).GetAwaiter().GetResult();
        return auditor.Records.Single();
    }

    private sealed class RecordingAuditor : IFregLookupAuditor
    {
        private readonly ConcurrentQueue<FregLookupAuditRecord> records = new();

        public List<FregLookupAuditRecord> Records => records.ToList();

        public ValueTask RecordAsync(FregLookupAuditRecord record, CancellationToken cancellationToken)
        {
            records.Enqueue(record);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FailingAuditor : IFregLookupAuditor
    {
        public ValueTask RecordAsync(FregLookupAuditRecord record, CancellationToken cancellationToken)
            => ValueTask.FromException(new InvalidOperationException("The audit database is down."));
    }
}
