using System.Collections.Generic;

namespace FregGen.Simulator.Endpoints;

/// <summary>An operation of the Freg spec: its operationId, method, path template and response format.</summary>
internal sealed record FregOperation(string OperationId, string Method, string PathTemplate, ResponseFormat Format)
{
    public static readonly FregOperation HentSisteVersjonAvPerson = new("hentSisteVersjonAvPerson", "GET", "/v1/personer/{personidentifikator}", ResponseFormat.Json);
    public static readonly FregOperation HentPersoner = new("hentPersoner", "POST", "/v1/personer/bulkoppslag", ResponseFormat.Json);
    public static readonly FregOperation Personsoek = new("personsoek", "GET", "/v1/personer/soek", ResponseFormat.Json);
    public static readonly FregOperation EntydigSoek = new("entydigSoek", "GET", "/v1/personer/entydigsoek", ResponseFormat.Json);
    public static readonly FregOperation GetPersonXsd = new("getXsd_1", "GET", "/v1/personer/xsd", ResponseFormat.Xsd);
    public static readonly FregOperation HentArkivperson = new("hentArkivperson", "GET", "/v1/personer/arkiv/{dokumentidentifikator}", ResponseFormat.Json);
    public static readonly FregOperation HentArkivpersoner = new("hentArkivpersoner", "POST", "/v1/personer/bulkoppslag/arkiv", ResponseFormat.Json);
    public static readonly FregOperation HentFeedSide = new("hentFeedSide", "GET", "/v1/hendelser/feed", ResponseFormat.Json);
    public static readonly FregOperation HentTilpassetFeedSide = new("hentTilpassetFeedSide", "GET", "/v1/hendelser/feed/tilpasset", ResponseFormat.Json);
    public static readonly FregOperation SisteSekvensnummerIFeed = new("sisteSekvensnummerIFeed", "GET", "/v1/hendelser/siste/sekvensnummer", ResponseFormat.SequenceNumber);
    public static readonly FregOperation GetHendelseXsd = new("getXsd", "GET", "/v1/hendelser/xsd", ResponseFormat.Xsd);
    public static readonly FregOperation GetFeedXsd = new("getFeedXsd", "GET", "/v1/hendelser/feedxsd", ResponseFormat.Xsd);
    public static readonly FregOperation HentHendelseDokument = new("hentHendelseDokument", "GET", "/v1/hendelser/{hendelsesidentifikator}", ResponseFormat.Json);
    public static readonly FregOperation HentHendelseDokumenter = new("hentHendelseDokumenter", "POST", "/v1/hendelser/bulkoppslag", ResponseFormat.Json);
    public static readonly FregOperation LagKomplettUttrekk = new("lagJobb_1", "GET", "/v1/uttrekk/komplett", ResponseFormat.Json);
    public static readonly FregOperation LagTilpassetUttrekk = new("lagJobb", "POST", "/v1/uttrekk/tilpasset", ResponseFormat.Json);
    public static readonly FregOperation HentBatch = new("hentBatch", "GET", "/v1/uttrekk/{jobbid}/batch/{batchnr}", ResponseFormat.Json);

    public static IReadOnlyList<FregOperation> All { get; } = new[]
    {
        HentSisteVersjonAvPerson, HentPersoner, Personsoek, EntydigSoek, GetPersonXsd, HentArkivperson, HentArkivpersoner, HentFeedSide,
        SisteSekvensnummerIFeed, GetHendelseXsd, GetFeedXsd, HentHendelseDokument, HentHendelseDokumenter, LagKomplettUttrekk, LagTilpassetUttrekk, HentBatch, HentTilpassetFeedSide,
    };
}
