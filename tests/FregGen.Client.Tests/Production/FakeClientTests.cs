using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Client.Tests.Freg;
using FregGen.Client.Tests.Freg.Person;

namespace FregGen.Client.Tests.Production;

/// <summary>An application's own service, unit-tested with a fake <see cref="IFregClient"/>: no network, no simulator.</summary>
public sealed class FakeClientTests
{
    [Fact]
    public async Task The_consumer_service_asks_only_for_the_name_and_formats_it()
    {
        var fake = new FakeFregClient
        {
            Person = new Folkeregisterperson { Navn = [new Folkeregisterpersonnavn { Fornavn = "Kari", Etternavn = "Nordmann", ErGjeldende = true }] },
        };
        var service = new GreetingService(fake);

        var greeting = await service.GreetAsync("12888512371");

        Assert.Equal("Hei, Kari Nordmann!", greeting);
        var (number, parts) = Assert.Single(fake.Lookups);
        Assert.Equal("12888512371", number);
        Assert.Equal([FregPart.Navn], parts);
    }

    [Fact]
    public async Task The_consumer_service_handles_a_person_Freg_does_not_know()
    {
        var service = new GreetingService(new FakeFregClient { Failure = new FregApiException(System.Net.HttpStatusCode.NotFound, "hentSisteVersjonAvPerson", null) });

        Assert.Equal("Hei!", await service.GreetAsync("12888512371"));
    }

    /// <summary>What an application writes: it depends on IFregClient, not on HTTP.</summary>
    private sealed class GreetingService(IFregClient freg)
    {
        public async Task<string> GreetAsync(string foedselsnummer, CancellationToken cancellationToken = default)
        {
            try
            {
                var person = await freg.HentSisteVersjonAvPersonAsync(foedselsnummer, [FregPart.Navn], cancellationToken);
                var navn = person.Navn?.FirstOrDefault(n => n.ErGjeldende == true);
                return navn is null ? "Hei!" : $"Hei, {navn.Fornavn} {navn.Etternavn}!";
            }
            catch (FregApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return "Hei!";
            }
        }
    }

    /// <summary>A hand-written fake: the lookup the service uses, everything else unused here.</summary>
    private sealed class FakeFregClient : IFregClient
    {
        public Folkeregisterperson? Person { get; init; }

        public Exception? Failure { get; init; }

        public List<(string Number, FregPart[] Parts)> Lookups { get; } = [];

        public Task<Folkeregisterperson> HentSisteVersjonAvPersonAsync(string personidentifikator, IEnumerable<FregPart>? part = null, CancellationToken cancellationToken = default)
        {
            Lookups.Add((personidentifikator, part?.ToArray() ?? []));
            return Failure is null ? Task.FromResult(Person!) : Task.FromException<Folkeregisterperson>(Failure);
        }

        public Task<Folkeregisterperson> EntydigSoekAsync(string? identifikasjonsnummer = null, string? utenlandskpersonidentifikasjon = null, string? legitimasjonsdokument = null, string? utlendingsmyndighetenesidentifikasjonsnummer = null, string? foedselsdato = null, string? navn = null, string? postnummer = null, string? adressenavn = null, string? husnummer = null, IEnumerable<FregPart>? part = null, bool? soekFonetisk = null, string? opplysningsgrunnlag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string> HentFeedXsdAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string> HentPersonXsdAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<string> HentHendelseXsdAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Folkeregisterperson> HentArkivpersonAsync(string dokumentidentifikator, IEnumerable<FregPart>? part = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ArkivPersonDokumentBulkoppslagResponse> HentArkivpersonerAsync(ArkivDokumentBulkoppslagRequest body, IEnumerable<FregPart>? part = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Freg.Uttrekk.UttrekkDataResponse> HentBatchAsync(string jobbid, long batchnr, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<FregConditionalResponse<IReadOnlyList<Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer>>> HentFeedSideAsync(long seq, string? ifNoneMatch = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<FregConditionalResponse<IReadOnlyList<Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorerFiltrert>>> HentTilpassetFeedSideAsync(long seq, string? kommunenummer = null, string? ifNoneMatch = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Freg.Hendelse.DokumentForHendelse> HentHendelseDokumentAsync(string hendelsesidentifikator, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Freg.Hendelse.HendelseBulkoppslagResponse> HentHendelseDokumenterAsync(Freg.Hendelse.HendelseBulkoppslagRequest body, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<PersonBulkoppslagResponse> HentPersonerAsync(PersonBulkoppslagRequest body, IEnumerable<FregPart>? part = null, bool? somBestilt = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Freg.Uttrekk.UttrekkJobbResponse> LagKomplettUttrekkAsync(string? feedsekvensnr = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Freg.Uttrekk.UttrekkJobbResponse> LagTilpassetUttrekkAsync(Freg.Uttrekk.TilpassetUttrekkJobbRequest body, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<PersonsoekResponse> PersonsoekAsync(string? navn = null, string? kjoenn = null, string? foedselsdato = null, string? foedselsaarFraOgMed = null, string? foedselsaarTilOgMed = null, string? adressenavn = null, string? husnummer = null, string? postnummer = null, string? kommunenummer = null, string? fylkesnummer = null, bool? inkluderOppholdsadresse = null, bool? soekFonetisk = null, bool? inkluderDoede = null, string? opplysningsgrunnlag = null, int? maksTreff = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<long> SisteSekvensnummerIFeedAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
