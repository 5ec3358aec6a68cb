using System.Globalization;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>
/// The source files of the analyzer benchmark's consumer (rights package finans): three kinds in rotation, each using
/// Freg types heavily and within the package: a single lookup with parts and many field reads, a bulk lookup with a
/// loop over the answer, and a feed loop that looks up changed persons.
/// </summary>
public static class ConsumerSources
{
    public const string RootNamespace = "BenchConsumer";

    public static string File(int index) => (index % 3) switch
    {
        0 => PersonLookup(index),
        1 => BulkLookup(index),
        _ => FeedLoop(index),
    };

    public static string FileName(int index) => (index % 3) switch
    {
        0 => "Lookups/PersonLookup" + Number(index) + ".cs",
        1 => "Bulk/BulkLookup" + Number(index) + ".cs",
        _ => "Feed/FeedLoop" + Number(index) + ".cs",
    };

    private static string Number(int index) => index.ToString("D3", CultureInfo.InvariantCulture);

    private static string PersonLookup(int index) => $$"""
        using System;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using BenchConsumer.Freg;
        using BenchConsumer.Freg.Person;

        namespace BenchConsumer.Lookups;

        public sealed record PersonSummary{{Number(index)}}(string? Fornavn, string? Etternavn, string? Adresse, DateOnly? Foedselsdato, string? Kjoenn, string? Status, string? Sivilstand, string? Statsborgerskap);

        public sealed class PersonLookup{{Number(index)}}
        {
            private readonly FregClient _client;

            public PersonLookup{{Number(index)}}(FregClient client) => _client = client;

            public async Task<PersonSummary{{Number(index)}}> SummariseAsync(string personidentifikator, CancellationToken cancellationToken)
            {
                var person = await _client.HentSisteVersjonAvPersonAsync(
                    personidentifikator,
                    new[] { FregPart.Navn, FregPart.Bostedsadresse, FregPart.Foedsel, FregPart.Kjoenn, FregPart.Status, FregPart.Sivilstand, FregPart.Statsborgerskap },
                    cancellationToken);
                var navn = person.Navn?.FirstOrDefault(n => n.ErGjeldende == true) ?? person.Navn?.FirstOrDefault();
                var bosted = person.Bostedsadresse?.FirstOrDefault(a => a.ErGjeldende == true);
                var vegadresse = bosted?.Vegadresse;
                var adresse = vegadresse is null
                    ? bosted?.Matrikkeladresse?.Poststed?.Postnummer
                    : vegadresse.Adressenavn + " " + vegadresse.Adressenummer?.Husnummer + vegadresse.Adressenummer?.Husbokstav + ", " + vegadresse.Poststed?.Postnummer + " " + vegadresse.Poststed?.Poststedsnavn;
                var foedsel = person.Foedsel?.FirstOrDefault();
                var kjoenn = person.Kjoenn?.FirstOrDefault()?.Kjoenn;
                var status = person.Status?.FirstOrDefault(s => s.ErGjeldende == true)?.Status;
                var sivilstand = person.Sivilstand?.FirstOrDefault(s => s.ErGjeldende == true);
                var statsborgerskap = person.Statsborgerskap?.Where(s => s.ErGjeldende == true).Select(s => s.StatsborgerskapVerdi).FirstOrDefault();
                return new PersonSummary{{Number(index)}}(
                    navn?.Fornavn,
                    navn?.Etternavn,
                    adresse,
                    foedsel?.Foedselsdato,
                    kjoenn?.ToString(),
                    status?.ToString(),
                    sivilstand?.SivilstandVerdi?.ToString(),
                    statsborgerskap);
            }

            public async Task<bool> IsDeadAsync(string personidentifikator, CancellationToken cancellationToken)
            {
                var person = await _client.HentSisteVersjonAvPersonAsync(personidentifikator, new[] { FregPart.Doedsfall, FregPart.Status }, cancellationToken);
                return person.Doedsfall?.Doedsdato is not null || person.Status?.Any(s => s.Status == Personstatus.Doed) == true;
            }
        }
        """;

    private static string BulkLookup(int index) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using BenchConsumer.Freg;
        using BenchConsumer.Freg.Person;

        namespace BenchConsumer.Bulk;

        public sealed class BulkLookup{{Number(index)}}
        {
            private readonly FregClient _client;

            public BulkLookup{{Number(index)}}(FregClient client) => _client = client;

            public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
            {
                var answer = await _client.HentPersonerAsync(
                    new PersonBulkoppslagRequest { FoedselsEllerDNummer = ids },
                    new[] { FregPart.Status, FregPart.Sivilstand, FregPart.Familierelasjon, FregPart.Bostedsadresse },
                    cancellationToken: cancellationToken);
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var oppslag in answer.Oppslag ?? Array.Empty<Oppslag>())
                {
                    if (oppslag.Feilmelding is not null || oppslag.Folkeregisterperson is not { } person)
                    {
                        continue;
                    }

                    var status = person.Status?.FirstOrDefault(s => s.ErGjeldende == true)?.Status?.ToString() ?? "ukjent";
                    counts[status] = counts.TryGetValue(status, out var count) ? count + 1 : 1;
                    var gift = person.Sivilstand?.Any(s => s.ErGjeldende == true && s.RelatertVedSivilstand is not null) == true;
                    var barn = person.Familierelasjon?.Count(f => f.RelatertPersonsRolle == Familierelasjontype.Barn) ?? 0;
                    var kommune = person.Bostedsadresse?.FirstOrDefault(a => a.ErGjeldende == true)?.Vegadresse?.Kommunenummer ?? "0000";
                    var key = kommune + (gift ? "/gift/" : "/ugift/") + barn;
                    counts[key] = counts.TryGetValue(key, out var byKey) ? byKey + 1 : 1;
                }

                return counts;
            }

            public async Task<IReadOnlyList<string>> NamesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
            {
                var answer = await _client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ids }, new[] { FregPart.Navn }, cancellationToken: cancellationToken);
                return (answer.Oppslag ?? Array.Empty<Oppslag>())
                    .Select(o => o.Folkeregisterperson?.Navn?.FirstOrDefault(n => n.ErGjeldende == true))
                    .Where(n => n is not null)
                    .Select(n => n!.Fornavn + " " + n.Mellomnavn + " " + n.Etternavn)
                    .ToList();
            }
        }
        """;

    private static string FeedLoop(int index) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using BenchConsumer.Freg;
        using BenchConsumer.Freg.Hendelse;

        namespace BenchConsumer.Feed;

        public sealed class FeedLoop{{Number(index)}}
        {
            private readonly FregClient _client;
            private string? _etag;

            public FeedLoop{{Number(index)}}(FregClient client) => _client = client;

            public long LastSequenceNumber { get; private set; }

            public async Task<IReadOnlyList<string>> ChangedNamesAsync(long from, CancellationToken cancellationToken)
            {
                var names = new List<string>();
                var seq = from;
                while (!cancellationToken.IsCancellationRequested)
                {
                    var page = await _client.HentFeedSideAsync(seq, _etag, cancellationToken);
                    if (page.NotModified || page.Value is not { Count: > 0 } events)
                    {
                        break;
                    }

                    _etag = page.ETag;
                    foreach (var lagret in events)
                    {
                        var hendelse = lagret.Hendelse;
                        if (hendelse?.Folkeregisteridentifikator is not { } id)
                        {
                            continue;
                        }

                        if (hendelse.Hendelsetype is "endringINavn" or "personErOpprettet")
                        {
                            var person = await _client.HentSisteVersjonAvPersonAsync(id, new[] { FregPart.Navn }, cancellationToken);
                            var navn = person.Navn?.FirstOrDefault(n => n.ErGjeldende == true);
                            names.Add(navn?.Fornavn + " " + navn?.Etternavn + " (" + hendelse.Ajourholdstidspunkt?.ToString("O") + ")");
                        }
                    }

                    LastSequenceNumber = events.Max(e => e.Sekvensnummer ?? 0);
                    seq = LastSequenceNumber + 1;
                }

                return names;
            }
        }
        """;
}
