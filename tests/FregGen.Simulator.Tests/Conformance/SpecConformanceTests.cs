using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using FregGen.Catalogue;
using FregGen.Simulator.Rights;
using FregGen.Simulator.Tests.Infrastructure;
using Microsoft.OpenApi.Models;
using Xunit.Abstractions;

namespace FregGen.Simulator.Tests.Conformance;

/// <summary>
/// Calls every operation for every rights package (with several part selections, error cases and the package's denials)
/// and validates every JSON body against the published spec's schema for the operation and status: for OMH 1.5 and for
/// OMH 1.6.2, each against a simulator that serves that file's shapes (the shared one for the spec FregGen embeds).
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class SpecConformanceTests
{
    private const string PersonPath = "/v1/personer/{personidentifikator}";
    private const string BulkPath = "/v1/personer/bulkoppslag";
    private const string SearchPath = "/v1/personer/soek";
    private const string UniqueSearchPath = "/v1/personer/entydigsoek";
    private const string ArchivePath = "/v1/personer/arkiv/{dokumentidentifikator}";
    private const string ArchiveBulkPath = "/v1/personer/bulkoppslag/arkiv";
    private const string FeedPath = "/v1/hendelser/feed";
    private const string FilteredFeedPath = "/v1/hendelser/feed/tilpasset";
    private const string LastSequencePath = "/v1/hendelser/siste/sekvensnummer";
    private const string EventPath = "/v1/hendelser/{hendelsesidentifikator}";
    private const string EventBulkPath = "/v1/hendelser/bulkoppslag";
    private const string CompleteExtractPath = "/v1/uttrekk/komplett";
    private const string CustomExtractPath = "/v1/uttrekk/tilpasset";
    private const string BatchPath = "/v1/uttrekk/{jobbid}/batch/{batchnr}";

    private static readonly string[] XsdPaths = { "/v1/personer/xsd", "/v1/hendelser/xsd", "/v1/hendelser/feedxsd" };

    private readonly SimulatorFixture _fixture;
    private readonly ITestOutputHelper _output;
    private FregSimulator _simulator = null!;
    private FregTestClient _client = null!;
    private OpenApiDocument _spec = null!;

    public SpecConformanceTests(SimulatorFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    public static TheoryData<string> Specs => new(PublishedSpecDocument.Omh15, PublishedSpecDocument.Omh162);

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Every_operation_of_every_package_answers_as_the_spec_declares(string specFile)
    {
        _spec = PublishedSpecDocument.Load(specFile);
        var path = PublishedSpecDocument.PathOf(specFile);
        await using var own = PublishedSpecDocument.IsEmbedded(path) ? null : await FregSimulator.StartAsync(new FregSimulatorOptions { PublishedSpecification = path });
        using var ownClient = own is null ? null : new FregTestClient(own);
        _simulator = own ?? _fixture.Simulator;
        _client = ownClient ?? _fixture.Client;
        var operationCount = _spec.Paths.Sum(p => p.Value.Operations.Count);

        var recorder = new ConformanceRecorder(_spec);
        var sample = await SampleAsync();
        var servedPerPackage = new List<string>();
        foreach (var packageId in _simulator.RightsPackages)
        {
            var served = await ExercisePackageAsync(recorder, SimulatorCatalogue.Instance.Find(packageId), sample);
            servedPerPackage.Add(packageId + ": " + served + " operations served (" + (operationCount - served) + " answered 403)");
        }

        _output.WriteLine(_spec.Info.Title + " " + _spec.Info.Version + (own is null ? " (the shared simulator)" : " (a simulator serving this file's shapes)"));
        _output.WriteLine("Operations validated: " + recorder.OperationsValidated.Count + " of " + operationCount + " in the spec");
        _output.WriteLine("Operation/status pairs validated: " + recorder.ResponsesValidated.Count + " (" + string.Join(", ", recorder.ResponsesValidated) + ")");
        _output.WriteLine("Component schemas validated: " + recorder.Validator.SchemasValidated.Count + " of " + _spec.Components.Schemas.Count);
        _output.WriteLine("Schemas no response reached: " + string.Join(", ", _spec.Components.Schemas.Keys.Where(key => !recorder.Validator.SchemasValidated.Contains(key)).OrderBy(key => key, StringComparer.Ordinal)));
        _output.WriteLine("JSON bodies validated: " + recorder.BodiesValidated + " (" + recorder.UndeclaredErrorBodies + " error bodies of statuses the spec declares without content), values checked: " + recorder.Validator.ValuesValidated);
        foreach (var line in servedPerPackage)
        {
            _output.WriteLine(line);
        }

        Assert.True(recorder.Validator.Errors.Count == 0, string.Join(Environment.NewLine, recorder.Validator.Errors));
        Assert.Equal(operationCount, recorder.OperationsValidated.Count);
        Assert.True(recorder.Validator.SchemasValidated.Count >= 60, "Only " + recorder.Validator.SchemasValidated.Count + " schemas were reached: " + string.Join(", ", recorder.Validator.SchemasValidated));
    }

    private async Task<int> ExercisePackageAsync(ConformanceRecorder recorder, RightsPackage package, ConformanceSample sample)
    {
        var client = _client;
        var id = package.Id;
        var served = 0;
        bool Offers(string method, string path)
        {
            var offered = package.GrantsOperation(method, path);
            served += offered ? 1 : 0;
            return offered;
        }

        var partQueries = PartQueries(package);

        if (Offers("GET", PersonPath))
        {
            foreach (var person in sample.Persons)
            {
                foreach (var parts in partQueries)
                {
                    await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/" + person + parts, PersonPath, 200);
                }
            }

            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/12345678901", PersonPath, 404);
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/12345", PersonPath, 400);
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/" + sample.Persons[0] + "?part=forholdTilSametingetsValgmanntall", PersonPath, InvalidPartStatus(PersonPath));
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/" + sample.Persons[0], PersonPath, 403);
        }

        if (Offers("POST", BulkPath))
        {
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/personer/bulkoppslag" + partQueries[^1], BulkPath, 200, new { foedselsEllerDNummer = sample.Bulk });
            var ordered = new[] { sample.Persons[0], "12345678901", sample.Persons[0], sample.Persons[1] };
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/personer/bulkoppslag?somBestilt=true", BulkPath, 200, new { foedselsEllerDNummer = ordered });
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/personer/bulkoppslag", BulkPath, 400, new { foedselsEllerDNummer = Enumerable.Repeat(sample.Persons[0], 1001).ToArray() });
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/personer/bulkoppslag", BulkPath, 403, new { foedselsEllerDNummer = sample.Persons.Take(2).ToArray() });
        }

        if (Offers("GET", SearchPath))
        {
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/soek?navn=" + sample.CommonSurname, SearchPath, 200);
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/soek?kjoenn=kvinne&foedselsaarFraOgMed=1980&foedselsaarTilOgMed=1990&kommunenummer=0301&inkluderDoede=true", SearchPath, 200);
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/soek?adressenavn=Storgata&opplysningsgrunnlag=historisk&soekFonetisk=true", SearchPath, 200);
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/soek?postnummer=0150&maksTreff=1", SearchPath, 400);
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/soek?navn=Hansen&maksTreff=10001", SearchPath, 400);
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/soek?navn=Hansen", SearchPath, 403);
        }

        Offers("GET", UniqueSearchPath);
        foreach (var keys in sample.UniqueKeys)
        {
            foreach (var parts in partQueries)
            {
                await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/entydigsoek" + keys + (parts.Length == 0 ? string.Empty : "&" + parts.Substring(1)), UniqueSearchPath, 200);
            }
        }

        await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/entydigsoek?navn=Ingen%20Finnes&foedselsdato=19000101", UniqueSearchPath, 404);
        await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/entydigsoek?navn=Kari", UniqueSearchPath, 400);

        foreach (var xsd in XsdPaths)
        {
            Offers("GET", xsd);
            await CheckXsdAsync(recorder, id, xsd);
        }

        if (Offers("GET", ArchivePath))
        {
            foreach (var document in sample.PersonDocuments)
            {
                foreach (var parts in partQueries.Take(2))
                {
                    await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/arkiv/" + document + parts, ArchivePath, 200);
                }
            }

            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/arkiv/00000000-0000-4000-8000-000000000000", ArchivePath, 404);
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/personer/arkiv/" + sample.PersonDocuments[0], ArchivePath, 403);
        }

        if (Offers("POST", ArchiveBulkPath))
        {
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/personer/bulkoppslag/arkiv" + partQueries[^1], ArchiveBulkPath, 200, new { dokumentidentifikator = sample.PersonDocuments.Append("00000000-0000-4000-8000-000000000000").ToArray() }, listOfDeclared: !DeclaresWrapper(ArchiveBulkPath));
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/personer/bulkoppslag/arkiv", ArchiveBulkPath, 403, new { dokumentidentifikator = sample.PersonDocuments });
        }

        Offers("GET", FeedPath);
        var last = _simulator.GetLastSequenceNumber(id);
        await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed?seq=1", FeedPath, 200);
        await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed?seq=" + (last / 2).ToString(CultureInfo.InvariantCulture), FeedPath, 200);
        await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed?seq=" + (last + 1).ToString(CultureInfo.InvariantCulture), FeedPath, 200);
        await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed", FeedPath, 400);
        await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed?seq=1", FeedPath, 406, accept: "application/atom+xml");
        using (var anonymous = await _client.Http.GetAsync(_client.Url(id, "v1/hendelser/feed?seq=1")))
        {
            await recorder.CheckAsync(anonymous, FeedPath, OperationType.Get, 401);
        }

        if (_spec.Paths.ContainsKey(FilteredFeedPath))
        {
            if (Offers("GET", FilteredFeedPath))
            {
                await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed/tilpasset?seq=1&kommunenummer=0301", FilteredFeedPath, 200);
                await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed/tilpasset?seq=" + (last / 2).ToString(CultureInfo.InvariantCulture), FilteredFeedPath, 200);
                await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed/tilpasset?kommunenummer=0301", FilteredFeedPath, 400);
            }
            else
            {
                await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/feed/tilpasset?seq=1", FilteredFeedPath, 403);
            }
        }

        Offers("GET", LastSequencePath);
        var lastJson = await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/siste/sekvensnummer", LastSequencePath, 200);
        Assert.Equal(last, lastJson.GetInt64());
        using (var text = await client.SendAsync(id, HttpMethod.Get, "v1/hendelser/siste/sekvensnummer", accept: "text/plain"))
        {
            Assert.Equal("text/plain", text.Content.Headers.ContentType?.MediaType);
            Assert.Equal(last.ToString(CultureInfo.InvariantCulture), await text.Content.ReadAsStringAsync());
        }

        if (Offers("GET", EventPath))
        {
            foreach (var document in sample.EventDocuments)
            {
                await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/" + document, EventPath, 200);
            }

            await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/0123456789abcdef0123456789abcdef", EventPath, 404);
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/hendelser/" + sample.EventDocuments[0], EventPath, 403);
        }

        if (Offers("POST", EventBulkPath))
        {
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/hendelser/bulkoppslag", EventBulkPath, 200, new { dokumentidentifikator = sample.EventDocuments.Append("0123456789abcdef0123456789abcdef").ToArray() }, listOfDeclared: !DeclaresWrapper(EventBulkPath));
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/hendelser/bulkoppslag", EventBulkPath, 403, new { dokumentidentifikator = sample.EventDocuments });
        }

        var jobs = new List<string>();
        if (Offers("GET", CompleteExtractPath))
        {
            var job = await CheckAsync(recorder, id, HttpMethod.Get, "v1/uttrekk/komplett?feedsekvensnr=" + (last / 2).ToString(CultureInfo.InvariantCulture), CompleteExtractPath, 200);
            jobs.Add(job.GetProperty("jobbId").GetString()!);
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/uttrekk/komplett", CompleteExtractPath, 403);
        }

        if (Offers("POST", CustomExtractPath))
        {
            var job = await CheckAsync(recorder, id, HttpMethod.Post, "v1/uttrekk/tilpasset", CustomExtractPath, 200, new { personstatustyper = new[] { "bosatt", "utflyttet" }, kjoenn = "kvinne", foedselsaarFraOgMed = "1970" });
            jobs.Add(job.GetProperty("jobbId").GetString()!);
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/uttrekk/tilpasset", CustomExtractPath, 400, new { kjoenn = "mann" });
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Post, "v1/uttrekk/tilpasset", CustomExtractPath, 403, new { personstatustyper = new[] { "bosatt" } });
        }

        if (Offers("GET", BatchPath))
        {
            foreach (var job in jobs)
            {
                await CheckAsync(recorder, id, HttpMethod.Get, "v1/uttrekk/" + job + "/batch/0", BatchPath, 404);
                var batch = 0;
                while (true)
                {
                    var data = await CheckAsync(recorder, id, HttpMethod.Get, "v1/uttrekk/" + job + "/batch/" + batch++, BatchPath, 200);
                    if (!data.EnumerateObject().Any())
                    {
                        break;
                    }
                }
            }

            await CheckAsync(recorder, id, HttpMethod.Get, "v1/uttrekk/00000000-0000-4000-8000-000000000000/batch/0", BatchPath, 410);
        }
        else
        {
            await CheckAsync(recorder, id, HttpMethod.Get, "v1/uttrekk/00000000-0000-4000-8000-000000000000/batch/0", BatchPath, 403);
        }

        return served;
    }

    /// <summary>Whether the spec declares the operation's 200 answer as the wrapper object (OMH 1.6.2) rather than one document.</summary>
    private bool DeclaresWrapper(string path)
        => _spec.Paths[path].Operations[OperationType.Post].Responses["200"].Content["application/json"].Schema.Properties.ContainsKey("oppslag");

    private int InvalidPartStatus(string path)
        => _spec.Paths[path].Operations[OperationType.Get].Responses.ContainsKey("406") ? 406 : 400;

    private async Task<JsonElement> CheckAsync(ConformanceRecorder recorder, string package, HttpMethod method, string relative, string pathTemplate, int status, object? body = null, bool listOfDeclared = false, string accept = "application/json")
    {
        using var response = await _client.SendAsync(package, method, relative, body, accept);
        return await recorder.CheckAsync(response, pathTemplate, method == HttpMethod.Get ? OperationType.Get : OperationType.Post, status, listOfDeclared);
    }

    private async Task CheckXsdAsync(ConformanceRecorder recorder, string package, string path)
    {
        using var response = await _client.SendAsync(package, HttpMethod.Get, path.TrimStart('/'), accept: "application/xml");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xsd = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("schema", xsd.Root!.Name.LocalName);
        Assert.Equal("http://www.w3.org/2001/XMLSchema", xsd.Root.Name.NamespaceName);
        Assert.NotEmpty(xsd.Root.Elements(xsd.Root.Name.Namespace + "complexType"));
        recorder.OperationsValidated.Add(_spec.Paths[path].Operations[OperationType.Get].OperationId);
        using var json = await _client.SendAsync(package, HttpMethod.Get, path.TrimStart('/'), accept: "application/json");
        Assert.Equal(406, (int)json.StatusCode);
    }

    private static List<string> PartQueries(RightsPackage package)
    {
        var catalogue = SimulatorCatalogue.Instance;
        var all = package.PartValues(catalogue.Catalogue, catalogue.SpecPersonProperties).Where(part => !catalogue.Catalogue.IsInvalidPart(part)).ToList();
        var queries = new List<string> { string.Empty, "?part=historikk" };
        queries.AddRange(package.PartAliases.Select(alias => "?part=" + alias.Value + "&part=historikk"));
        queries.Add("?" + string.Join("&", all.Select(part => "part=" + part)));
        return queries;
    }

    private async Task<ConformanceSample> SampleAsync()
    {
        var client = _client;
        var everyone = _simulator.PersonIdentifiers;
        const string Superset = "offentlig-med-hjemmel";
        var page = await client.GetJsonAsync(Superset, "v1/hendelser/feed?seq=" + Math.Max(1, _simulator.LastSequenceNumber - 2500).ToString(CultureInfo.InvariantCulture));
        var byType = page.EnumerateArray().Select(entry => entry.GetProperty("hendelse"))
            .GroupBy(hendelse => hendelse.GetProperty("hendelsetype").GetString())
            .Select(group => group.First())
            .ToList();
        var eventPersons = byType.Select(h => h.GetProperty("folkeregisteridentifikator").GetString()!).ToList();
        var persons = eventPersons.Concat(everyone.Where((_, index) => index % 250 == 7)).Distinct().Where(everyone.Contains).ToList();
        var eventDocuments = page.EnumerateArray().Select(entry => entry.GetProperty("hendelse"))
            .Where(h => h.TryGetProperty("hendelsesdokument", out _))
            .GroupBy(h => h.GetProperty("hendelsetype").GetString())
            .SelectMany(group => group.Take(8))
            .Select(h => h.GetProperty("hendelsesdokument").GetString()!)
            .ToList();
        var personDocuments = byType.Select(h => h.GetProperty("persondokument").GetString()!).ToList();

        var uniqueKeys = new List<string>();
        foreach (var person in persons)
        {
            var document = await client.GetJsonAsync(Superset, "v1/personer/" + person);
            var name = document.GetProperty("navn")[0];
            var birth = DateOnly.Parse(document.GetProperty("foedsel")[0].GetProperty("foedselsdato").GetString()!, CultureInfo.InvariantCulture);
            var keys = "?navn=" + Uri.EscapeDataString(name.GetProperty("fornavn").GetString() + " " + name.GetProperty("etternavn").GetString()) + "&foedselsdato=" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            using var probe = await client.SendAsync(Superset, HttpMethod.Get, "v1/personer/entydigsoek" + keys);
            if ((int)probe.StatusCode == 200)
            {
                uniqueKeys.Add(keys);
            }

            if (uniqueKeys.Count == 8)
            {
                break;
            }
        }

        var bulk = everyone.Where((_, index) => index % 5 == 0).Take(1000).ToArray();
        var commonSurname = "Hansen";
        return new ConformanceSample(persons, bulk, personDocuments, eventDocuments, uniqueKeys, commonSurname);
    }
}
