using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Simulator.Freg.Person;
using FregGen.Simulator.Freg.Uttrekk;
using FregGen.Simulator.Population;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FregGen.Simulator.Endpoints;

/// <summary>Extract jobs: komplett (document ids up to a feed sequence number), tilpasset (identity numbers by filter), and batch polling.</summary>
internal static class UttrekkEndpoints
{
    public static IResult LagKomplettUttrekk(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var text = QueryParameters.Text(http.Request, "feedsekvensnr");
        long? upTo = null;
        if (text is not null)
        {
            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
            {
                return FregResults.BadRequest(http, "feedsekvensnr må være et sekvensnummer.");
            }

            upTo = parsed;
        }

        lock (request.State.Sync)
        {
            // The document of each person as of the pinned sequence number: versions made by later events are left out,
            // decided by event order rather than time, since several events can share a moment.
            var feed = request.State.Log.Feed(request.Package.Id);
            var later = new HashSet<string>(StringComparer.Ordinal);
            if (upTo is { } pinned && pinned < feed.LastSequenceNumber)
            {
                var events = request.State.Log.Events;
                for (var index = (feed.AtOrBefore(pinned)?.Event.Index ?? -1) + 1; index < events.Count; index++)
                {
                    later.Add(events[index].Persondokument.DocumentId);
                }
            }

            var documents = new List<string>();
            foreach (var person in request.State.Registry.Persons)
            {
                PersonDocumentVersion? chosen = null;
                foreach (var version in person.Versions)
                {
                    if (!later.Contains(version.DocumentId))
                    {
                        chosen = version;
                    }
                }

                if (chosen is not null)
                {
                    documents.Add(chosen.DocumentId);
                }
            }

            return Created(http, request, byDocumentId: true, documents);
        }
    }

    public static async Task<IResult> LagTilpassetUttrekk(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var (body, bodyError) = await RequestBodyReader.ReadAsync<TilpassetUttrekkJobbRequest>(http).ConfigureAwait(false);
        if (body is null)
        {
            return bodyError!;
        }

        if (body.Personstatustyper is not { Count: > 0 } statuses)
        {
            return FregResults.BadRequest(http, "personstatustyper er påkrevd.");
        }

        if (statuses.FirstOrDefault(s => !s.IsKnown) is { Value: { } unknown } && !string.IsNullOrEmpty(unknown))
        {
            return FregResults.BadRequest(http, "Ukjent personstatustype '" + unknown + "'.");
        }

        if ((body.Kjoenn is { IsKnown: false }) || (body.Sivilstandstype is { IsKnown: false }))
        {
            return FregResults.BadRequest(http, "Ukjent verdi for kjoenn eller sivilstandstype.");
        }

        var years = new[] { body.FoedselsaarFraOgMed, body.FoedselsaarTilOgMed, body.DoedsaarFraOgMed, body.DoedsaarTilOgMed };
        if (years.Any(year => year is not null && !QueryParameters.IsDigits(year, 4)))
        {
            return FregResults.BadRequest(http, "Årstall må ha 4 siffer.");
        }

        // "aktiv" also covers midlertidig, ikkeBosatt, forsvunnet and foedselsregistrert (uttrekk.md).
        var wanted = statuses.Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
        if (wanted.Contains("aktiv"))
        {
            wanted.UnionWith(new[] { "midlertidig", "ikkeBosatt", "forsvunnet", "foedselsregistrert" });
        }

        lock (request.State.Sync)
        {
            var identifiers = request.State.Registry.Persons
                .Where(person => wanted.Contains(person.Status.Value) && Matches(person, body))
                .Select(person => person.Identifier)
                .ToList();
            return Created(http, request, byDocumentId: false, identifiers);
        }
    }

    public static IResult HentBatch(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var jobId = (string)http.GetRouteValue("jobbid")!;
        if (!long.TryParse((string?)http.GetRouteValue("batchnr"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var batch) || batch < 0)
        {
            return FregResults.BadRequest(http, "batchnr må være et heltall fra 0.");
        }

        lock (request.State.Sync)
        {
            var job = request.State.Jobs.Find(jobId);
            if (job is null || job.PackageId != request.Package.Id)
            {
                return FregResults.Model(new UttrekkDataResponse { Feilmelding = "Jobben finnes ikke." }, StatusCodes.Status410Gone);
            }

            if (!job.IsReady)
            {
                job.IsReady = true;
                return FregResults.Model(new UttrekkDataResponse { Feilmelding = "Jobben er ikke ferdig ennå. Prøv igjen om litt." }, StatusCodes.Status404NotFound);
            }

            if (batch >= job.Batches.Count)
            {
                return FregResults.Model(new UttrekkDataResponse());
            }

            var items = job.Batches[(int)batch];
            return FregResults.Model(job.ByDocumentId ? new UttrekkDataResponse { Dokumentidentifikator = items } : new UttrekkDataResponse { FoedselsEllerDNummer = items });
        }
    }

    private static IResult Created(HttpContext http, PackageRequest request, bool byDocumentId, IReadOnlyList<string> items)
    {
        var job = request.State.Jobs.Create(request.Package.Id, request.Token.ClientId, byDocumentId, items);
        return job is null
            ? FregResults.Error(http, StatusCodes.Status429TooManyRequests, "For mange uttrekksjobber kjører samtidig for virksomheten.", ("Retry-After", "10000"))
            : FregResults.Model(new UttrekkJobbResponse { JobbId = job.Id });
    }

    private static bool Matches(SimulatedPerson person, TilpassetUttrekkJobbRequest filter)
    {
        var document = person.Document;
        if (filter.Kjoenn is { } gender && RegisterEntries.Current(document.Kjoenn)?.Kjoenn?.Value != gender.Value)
        {
            return false;
        }

        if (!InYears(person.BirthDate.Year, filter.FoedselsaarFraOgMed, filter.FoedselsaarTilOgMed))
        {
            return false;
        }

        if ((filter.DoedsaarFraOgMed is not null || filter.DoedsaarTilOgMed is not null)
            && (document.Doedsfall?.Doedsdato is not { } death || !InYears(death.Year, filter.DoedsaarFraOgMed, filter.DoedsaarTilOgMed)))
        {
            return false;
        }

        if (filter.Kommunenummer?.Bostedskommunenummer is { } home && RegisterEntries.Current(document.Bostedsadresse)?.Vegadresse?.Kommunenummer != home)
        {
            return false;
        }

        if (filter.Kommunenummer?.Oppholdskommunenummer is { } stay && RegisterEntries.Current(document.Oppholdsadresse)?.Vegadresse?.Kommunenummer != stay)
        {
            return false;
        }

        if (filter.Sivilstandstype is { } maritalStatus && person.MaritalStatus.Value != maritalStatus.Value)
        {
            return false;
        }

        return filter.Statsborgerskap is not { } citizenship
            || (document.Statsborgerskap ?? Array.Empty<Statsborgerskap>()).Any(c => c.ErGjeldende == true && c.StatsborgerskapVerdi == citizenship);
    }

    private static bool InYears(int year, string? from, string? to)
        => (from is null || year >= int.Parse(from, CultureInfo.InvariantCulture)) && (to is null || year <= int.Parse(to, CultureInfo.InvariantCulture));
}
