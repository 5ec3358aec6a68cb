using System;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Integration.Tests.Infrastructure;
using FregGen.Simulator;
using Omh = Integration.Omh.Freg;
using Privat = Integration.Privat.Freg;

namespace FregGen.Integration.Tests;

/// <summary>Every operation of two rights packages, through the generated clients, FregGen.Runtime and the simulator.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class OperationsTests
{
    private readonly FregSimulator _simulator;

    public OperationsTests(SimulatorFixture fixture) => _simulator = fixture.Simulator;

    [Fact]
    public async Task Every_offentlig_med_hjemmel_operation_works_end_to_end()
    {
        using var clients = ClientFactory.Omh(_simulator);
        var client = clients.Get<Omh.FregClient>();
        var id = _simulator.PersonIdentifiers[7];
        var truth = _simulator.GetPersonDocument(id)!;
        var truthName = truth.Navn!.First(n => n.ErGjeldende == true);

        var person = await client.HentSisteVersjonAvPersonAsync(id, part: [Omh.FregPart.Navn, Omh.FregPart.Familierelasjon]);
        Assert.Equal(truthName.Fornavn, person.Navn!.Single(n => n.ErGjeldende == true).Fornavn);
        Assert.Null(person.Bostedsadresse);

        var bulk = await client.HentPersonerAsync(new Omh.Person.PersonBulkoppslagRequest { FoedselsEllerDNummer = _simulator.PersonIdentifiers.Take(50).ToList() }, somBestilt: true);
        Assert.Equal(_simulator.PersonIdentifiers.Take(50), bulk.Oppslag!.Select(o => o.FoedselsEllerDNummer));

        var born = truth.Foedsel![0].Foedselsdato!.Value;
        var hits = await client.PersonsoekAsync(foedselsdato: born.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), inkluderDoede: true);
        Assert.Contains(id, hits.FoedselsEllerDNummer!);

        var unique = await client.EntydigSoekAsync(identifikasjonsnummer: id, navn: truthName.Fornavn + " " + truthName.Etternavn);
        Assert.Equal(truthName.Etternavn, unique.Navn!.Single(n => n.ErGjeldende == true).Etternavn);

        var last = await client.SisteSekvensnummerIFeedAsync();
        var page = await client.HentFeedSideAsync(1);
        Assert.InRange(page.Value!.Count, 1, 1000);
        Assert.True(last >= page.Value[^1].Sekvensnummer);
        var withDocuments = page.Value.First(e => e.Hendelse?.Hendelsesdokument is not null && e.Hendelse.Persondokument is not null).Hendelse!;

        var eventDocument = await client.HentHendelseDokumentAsync(withDocuments.Hendelsesdokument!);
        Assert.NotNull(eventDocument.Hendelse);
        var eventDocuments = await client.HentHendelseDokumenterAsync(new Omh.Hendelse.HendelseBulkoppslagRequest { Dokumentidentifikator = [withDocuments.Hendelsesdokument!, "ukjent"] });
        Assert.Equal([withDocuments.Hendelsesdokument!, "ukjent"], eventDocuments.Oppslag!.Select(o => o.Dokumentidentifikator));
        Assert.NotNull(eventDocuments.Oppslag![0].Hendelsedokument?.Hendelse);
        Assert.NotNull(eventDocuments.Oppslag![1].Feilmelding?.FeilmeldingVerdi);
        var archived = await client.HentArkivpersonAsync(withDocuments.Persondokument!, part: [Omh.FregPart.Navn]);
        Assert.NotNull(archived.Navn);
        var archivedMany = await client.HentArkivpersonerAsync(new Omh.Person.ArkivDokumentBulkoppslagRequest { Dokumentidentifikator = [withDocuments.Persondokument!] });
        Assert.Equal(withDocuments.Persondokument, Assert.Single(archivedMany.Oppslag!).Dokumentidentifikator);
        Assert.NotNull(archivedMany.Oppslag![0].Folkeregisterperson);

        Assert.Contains("schema", await client.HentHendelseXsdAsync(), StringComparison.Ordinal);
        Assert.Contains("schema", await client.HentPersonXsdAsync(), StringComparison.Ordinal);
        Assert.Contains("schema", await client.HentFeedXsdAsync(), StringComparison.Ordinal);

        var custom = await client.LagTilpassetUttrekkAsync(new Omh.Uttrekk.TilpassetUttrekkJobbRequest { Personstatustyper = [Omh.Uttrekk.Personstatustyper.Bosatt], Kommunenummer = new Omh.Uttrekk.Kommunenummer { Bostedskommunenummer = "0301" } });
        var extracted = await CollectAsync(client, custom.JobbId!);
        Assert.NotEmpty(extracted);
        var complete = await client.LagKomplettUttrekkAsync(feedsekvensnr: last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(await CollectAsync(client, complete.JobbId!));

        LogCapture.AssertNoIdentityNumbers(clients.Logs.Lines, "The client's log lines");
    }

    [Fact]
    public async Task Every_privat_operation_works_end_to_end_with_only_privat_fields()
    {
        using var clients = ClientFactory.Privat(_simulator);
        var client = clients.Get<Privat.FregClient>();
        var id = _simulator.PersonIdentifiers.First(i => _simulator.GetPersonDocument(i)!.Status!.Any(s => s.ErGjeldende == true && s.Status!.Value.Value == "bosatt"));
        var truth = _simulator.GetPersonDocument(id)!;
        var name = truth.Navn!.First(n => n.ErGjeldende == true);

        var person = await client.EntydigSoekAsync(navn: name.Fornavn + " " + name.Etternavn, foedselsdato: truth.Foedsel![0].Foedselsdato!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
        var last = await client.SisteSekvensnummerIFeedAsync();
        var page = await client.HentFeedSideAsync(1);
        var again = await client.HentFeedSideAsync(1, page.ETag);

        Assert.Equal(name.Etternavn, person.Navn!.Single(n => n.ErGjeldende == true).Etternavn);
        Assert.Null(person.Identifikasjonsnummer);
        Assert.True(again.NotModified);
        Assert.All(page.Value!, entry => Assert.Contains(entry.Hendelse!.Hendelsetype, new[] { "endringIPerson", "personErOpprettet", "personErDoed" }));
        Assert.True(last >= page.Value![^1].Sekvensnummer);
        Assert.Contains("schema", await client.HentHendelseXsdAsync(), StringComparison.Ordinal);
        Assert.Contains("schema", await client.HentPersonXsdAsync(), StringComparison.Ordinal);
        Assert.Contains("schema", await client.HentFeedXsdAsync(), StringComparison.Ordinal);
        LogCapture.AssertNoIdentityNumbers(clients.Logs.Lines, "The client's log lines");
    }

    [Fact]
    public async Task A_bulk_lookup_of_2500_is_sent_as_three_requests_and_joined_in_order()
    {
        using var clients = ClientFactory.Omh(_simulator);
        var client = clients.Get<Omh.FregClient>();
        await client.SisteSekvensnummerIFeedAsync();
        var ids = _simulator.PersonIdentifiers.Take(2500).ToList();
        var before = _simulator.Faults.RequestsServed;

        var response = await client.HentPersonerAsync(new Omh.Person.PersonBulkoppslagRequest { FoedselsEllerDNummer = ids }, somBestilt: true, part: [Omh.FregPart.Navn]);

        Assert.Equal(3, _simulator.Faults.RequestsServed - before);
        Assert.Equal(ids, response.Oppslag!.Select(o => o.FoedselsEllerDNummer));
        Assert.All(response.Oppslag!, o => Assert.NotNull(o.Folkeregisterperson?.Navn));
    }

    private static async Task<System.Collections.Generic.List<string>> CollectAsync(Omh.FregClient client, string jobbId)
    {
        var identifiers = new System.Collections.Generic.List<string>();
        for (long batch = 0, attempts = 0; attempts < 200; attempts++)
        {
            Omh.Uttrekk.UttrekkDataResponse data;
            try
            {
                data = await client.HentBatchAsync(jobbId, batch);
            }
            catch (Omh.FregApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                await Task.Delay(20);
                continue;
            }

            var page = (data.FoedselsEllerDNummer ?? Array.Empty<string>()).Concat(data.Dokumentidentifikator ?? Array.Empty<string>()).ToList();
            if (page.Count == 0)
            {
                return identifiers;
            }

            identifiers.AddRange(page);
            batch++;
        }

        throw new TimeoutException("The extract did not finish.");
    }
}
