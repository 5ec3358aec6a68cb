using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FregGen.Simulator.Freg.Person;
using FregGen.Simulator.Population;
using FregGen.Simulator.Rights;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FregGen.Simulator.Endpoints;

/// <summary>Person lookups: hentSisteVersjonAvPerson, bulkoppslag, personsoek and entydigsoek.</summary>
internal static class PersonEndpoints
{
    public const int MaxBulkIdentifiers = 1000;
    public const int MaxSearchHits = 10000;

    public static IResult HentSisteVersjonAvPerson(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var identifier = (string?)http.GetRouteValue("personidentifikator");
        if (!QueryParameters.IsDigits(identifier, 11))
        {
            return FregResults.BadRequest(http, "Personidentifikator må være et fødselsnummer eller d-nummer på 11 siffer.");
        }

        if (PartsReader.Read(http, request, out var partError) is not { } parts)
        {
            return partError!;
        }

        JsonObject? document;
        lock (request.State.Sync)
        {
            document = request.State.Registry.FindByIdentifier(identifier!) is { } person ? PersonDocumentRenderer.Current(person, request.Package, parts) : null;
        }

        return document is null ? FregResults.NotFound(http, "Ukjent person.") : FregResults.Json(document);
    }

    public static async Task<IResult> HentPersoner(HttpContext http)
    {
        var request = PackageRequest.From(http);
        if (PartsReader.Read(http, request, out var partError) is not { } parts)
        {
            return partError!;
        }

        if (!QueryParameters.TryBoolean(http.Request, "somBestilt", out var asOrdered))
        {
            return FregResults.BadRequest(http, "somBestilt må være true eller false.");
        }

        var (body, bodyError) = await RequestBodyReader.ReadAsync<PersonBulkoppslagRequest>(http).ConfigureAwait(false);
        if (body is null)
        {
            return bodyError!;
        }

        var identifiers = body.FoedselsEllerDNummer ?? Array.Empty<string>();
        if (identifiers.Count > MaxBulkIdentifiers)
        {
            return FregResults.BadRequest(http, "Bulkoppslag tar maks " + MaxBulkIdentifiers + " identifikatorer; forespørselen hadde " + identifiers.Count + ".");
        }

        var lookups = new JsonArray();
        lock (request.State.Sync)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var identifier in identifiers)
            {
                var person = request.State.Registry.FindByIdentifier(identifier);
                var current = person is not null && person.Identifier == identifier;
                if (asOrdered == true)
                {
                    lookups.Add(current
                        ? Lookup(identifier, PersonDocumentRenderer.Current(person!, request.Package, parts))
                        : Failure(identifier, person is null ? "Fant ingen person med identifikatoren." : "Identifikatoren er utgått."));
                }
                else if (current && seen.Add(identifier))
                {
                    lookups.Add(Lookup(identifier, PersonDocumentRenderer.Current(person!, request.Package, parts)));
                }
            }
        }

        return FregResults.Json(new JsonObject { ["oppslag"] = lookups });
    }

    public static IResult Personsoek(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var query = http.Request;
        var error = ReadCommonCriteria(query, out var criteria);
        if (error is not null)
        {
            return FregResults.BadRequest(http, error);
        }

        var fromYear = QueryParameters.Text(query, "foedselsaarFraOgMed");
        var toYear = QueryParameters.Text(query, "foedselsaarTilOgMed");
        var kjoenn = QueryParameters.Text(query, "kjoenn");
        var kommune = QueryParameters.Text(query, "kommunenummer");
        var fylke = QueryParameters.Text(query, "fylkesnummer");
        if ((fromYear is not null && !QueryParameters.IsDigits(fromYear, 4)) || (toYear is not null && !QueryParameters.IsDigits(toYear, 4)))
        {
            return FregResults.BadRequest(http, "Fødselsår må ha 4 siffer.");
        }

        if (kjoenn is not null && kjoenn != "mann" && kjoenn != "kvinne")
        {
            return FregResults.BadRequest(http, "kjoenn må være 'mann' eller 'kvinne'.");
        }

        if ((kommune is not null && !QueryParameters.IsDigits(kommune, 4)) || (fylke is not null && !QueryParameters.IsDigits(fylke, 2)))
        {
            return FregResults.BadRequest(http, "kommunenummer har 4 siffer og fylkesnummer 2.");
        }

        if (!QueryParameters.TryBoolean(query, "inkluderOppholdsadresse", out var includeStay) || !QueryParameters.TryBoolean(query, "inkluderDoede", out var includeDead))
        {
            return FregResults.BadRequest(http, "inkluderOppholdsadresse og inkluderDoede må være true eller false.");
        }

        if (!QueryParameters.TryInteger(query, "maksTreff", out var maxHits) || maxHits is < 1 or > MaxSearchHits)
        {
            return FregResults.BadRequest(http, "maksTreff må være et tall fra 1 til " + MaxSearchHits + ".");
        }

        criteria = criteria with
        {
            BirthYearFrom = fromYear is null ? null : int.Parse(fromYear, System.Globalization.CultureInfo.InvariantCulture),
            BirthYearTo = toYear is null ? null : int.Parse(toYear, System.Globalization.CultureInfo.InvariantCulture),
            Kjoenn = kjoenn,
            Kommunenummer = kommune,
            Fylkesnummer = fylke,
            IncludeOppholdsadresse = includeStay ?? false,
            IncludeDead = includeDead ?? false,
        };
        if (criteria.NameWords is null && criteria.Foedselsdato is null && criteria.BirthYearFrom is null && criteria.BirthYearTo is null && criteria.Kjoenn is null && !criteria.HasAddress)
        {
            return FregResults.BadRequest(http, "Personsøk krever minst ett søkekriterium.");
        }

        List<string> hits;
        lock (request.State.Sync)
        {
            hits = PersonSearch.Find(request.State.Registry.Persons, criteria).Select(p => p.Identifier).ToList();
        }

        var limit = maxHits ?? MaxSearchHits;
        if (hits.Count > limit)
        {
            return FregResults.BadRequest(http, "Søket ga " + hits.Count + " treff, mer enn maksTreff " + limit + ". Snevre inn søket eller bruk uttrekk.");
        }

        return FregResults.Model(new PersonsoekResponse { FoedselsEllerDNummer = hits });
    }

    public static IResult EntydigSoek(HttpContext http)
    {
        var request = PackageRequest.From(http);
        var query = http.Request;
        var excluded = request.Package.FindOperation(request.Operation.Method, request.Operation.PathTemplate)?.ExcludedParameters;
        foreach (var parameter in excluded ?? default)
        {
            if (QueryParameters.Text(query, parameter) is not null)
            {
                return FregResults.BadRequest(http, "Rettighetspakken " + request.Package.Id + " kan ikke søke med " + parameter + ".");
            }
        }

        if (PartsReader.Read(http, request, out var partError) is not { } parts)
        {
            return partError!;
        }

        var error = ReadCommonCriteria(query, out var criteria);
        if (error is not null)
        {
            return FregResults.BadRequest(http, error);
        }

        var identifier = QueryParameters.Text(query, "identifikasjonsnummer");
        if (identifier is not null && !QueryParameters.IsDigits(identifier, 11))
        {
            return FregResults.BadRequest(http, "identifikasjonsnummer må ha 11 siffer.");
        }

        var foreignId = CountryAndNumber(QueryParameters.Text(query, "utenlandskpersonidentifikasjon"), out var foreignError);
        var travelDocument = CountryAndNumber(QueryParameters.Text(query, "legitimasjonsdokument"), out var documentError);
        if (foreignError || documentError)
        {
            return FregResults.BadRequest(http, "Utenlandsk id og legitimasjonsdokument oppgis som landkode (ISO alpha-3), bindestrek og nummer.");
        }

        criteria = criteria with
        {
            NameWordsInOrder = true,
            IncludeDead = true,
            Identifikasjonsnummer = identifier,
            UtenlandskId = foreignId,
            Legitimasjonsdokument = travelDocument,
            DufNummer = QueryParameters.Text(query, "utlendingsmyndighetenesidentifikasjonsnummer"),
        };
        var hasName = criteria.NameWords is { Length: >= 2 };
        var identifying = criteria.Identifikasjonsnummer is not null || criteria.Foedselsdato is not null || criteria.Postnummer is not null
            || (criteria.Adressenavn is not null && criteria.Husnummer is not null) || criteria.UtenlandskId is not null
            || criteria.Legitimasjonsdokument is not null || criteria.DufNummer is not null;
        var byBirthDate = criteria.Foedselsdato is not null && (criteria.UtenlandskId is not null || criteria.Legitimasjonsdokument is not null);
        if (!((hasName && identifying) || byBirthDate))
        {
            return FregResults.BadRequest(http, "Entydig søk krever navn (minst to ord) og fødselsnummer, fødselsdato, adresse eller annen identifikator.");
        }

        JsonObject? document = null;
        lock (request.State.Sync)
        {
            var hits = PersonSearch.Find(request.State.Registry.Persons, criteria);
            if (hits.Count == 1)
            {
                document = PersonDocumentRenderer.Current(hits[0], request.Package, parts);
            }
        }

        return document is null ? FregResults.NotFound(http, "Ukjent person, eller ikke entydig treff.") : FregResults.Json(document);
    }

    private static string? ReadCommonCriteria(HttpRequest query, out PersonSearchCriteria criteria)
    {
        criteria = new PersonSearchCriteria();
        var name = QueryParameters.Text(query, "navn");
        var birthDate = QueryParameters.Text(query, "foedselsdato");
        var street = QueryParameters.Text(query, "adressenavn");
        var house = QueryParameters.Text(query, "husnummer");
        var postnummer = QueryParameters.Text(query, "postnummer");
        var basis = QueryParameters.Text(query, "opplysningsgrunnlag");
        if (birthDate is not null && QueryParameters.CompactDate(birthDate) is null)
        {
            return "foedselsdato må oppgis som YYYYMMDD.";
        }

        if (street is not null && street.Length < 3)
        {
            return "adressenavn må ha minst 3 tegn.";
        }

        if (house is not null && (house.Length == 0 || !char.IsDigit(house[0])))
        {
            return "husnummer må være et tall, eventuelt med bokstav.";
        }

        if (postnummer is not null && !QueryParameters.IsDigits(postnummer, 4))
        {
            return "postnummer må ha 4 siffer.";
        }

        if (basis is not null && basis != "gjeldende" && basis != "historisk")
        {
            return "opplysningsgrunnlag må være 'gjeldende' eller 'historisk'.";
        }

        if (!QueryParameters.TryBoolean(query, "soekFonetisk", out var phonetic))
        {
            return "soekFonetisk må være true eller false.";
        }

        criteria = new PersonSearchCriteria
        {
            NameWords = name?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Phonetic = phonetic ?? false,
            IncludeHistory = basis == "historisk",
            Foedselsdato = QueryParameters.CompactDate(birthDate),
            Adressenavn = street,
            Husnummer = house,
            Postnummer = postnummer,
        };
        return null;
    }

    private static (string Land, string Nummer)? CountryAndNumber(string? text, out bool malformed)
    {
        malformed = false;
        if (text is null)
        {
            return null;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash != 3 || text.Length < 5)
        {
            malformed = true;
            return null;
        }

        return (text.Substring(0, 3), text.Substring(4));
    }

    private static JsonObject Lookup(string identifier, JsonObject person) => new()
    {
        ["foedselsEllerDNummer"] = identifier,
        ["folkeregisterperson"] = person,
    };

    private static JsonObject Failure(string identifier, string message) => new()
    {
        ["foedselsEllerDNummer"] = identifier,
        ["feilmelding"] = new JsonObject { ["feilmelding"] = message },
    };
}
