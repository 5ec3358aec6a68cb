using System;
using BenchmarkDotNet.Attributes;
using FregGen.Benchmarks.Peers;

namespace FregGen.Benchmarks.Runtime;

/// <summary>
/// 1e. What a field Skatteetaten adds costs: both bulk answers with and without one unknown property on every person
/// entry, read by FregGen's generated converter (which keeps unknown properties in AdditionalProperties) in the same run,
/// and by NSwag (whose models keep them in a [JsonExtensionData] dictionary) for comparison.
/// </summary>
public class UnknownPropertyDeserialisation
{
    private byte[] _bulk = Array.Empty<byte>();
    private byte[] _bulkWithUnknown = Array.Empty<byte>();
    private byte[] _second = Array.Empty<byte>();
    private byte[] _secondWithUnknown = Array.Empty<byte>();
    private PeerClient _nswag = null!;

    [GlobalSetup]
    public void Setup()
    {
        var payloads = RuntimeInputs.Payloads;
        (_bulk, _bulkWithUnknown) = (payloads.BulkResponse.Bytes, payloads.BulkResponseWithUnknown.Bytes);
        (_second, _secondWithUnknown) = (payloads.SecondBulkResponse.Bytes, payloads.SecondBulkResponseWithUnknown.Bytes);
        _nswag = RuntimeInputs.Peers.NSwag;
        RuntimeInputs.Expect("FregGen converter, unknown property", payloads.PersonsInBulkResponse, FregGenBulkWithUnknown()?.Oppslag?.Count ?? -1);
        RuntimeInputs.Expect("FregGen converter, second answer with unknown property", payloads.PersonsInSecondBulkResponse, FregGenSecondWithUnknown()?.Oppslag?.Count ?? -1);
        RuntimeInputs.Expect("NSwag, unknown property", payloads.PersonsInBulkResponse, _nswag.CountBulkItems(NSwagBulkWithUnknown()));
        RuntimeInputs.Expect("NSwag, second answer with unknown property", payloads.PersonsInSecondBulkResponse, _nswag.CountBulkItems(NSwagSecondWithUnknown()));
        UnknownPropertyCheck.AssertKept(FregGenBulkWithUnknown()!, payloads.EntriesInBulkResponse);
        UnknownPropertyCheck.AssertKept(FregGenSecondWithUnknown()!, payloads.EntriesInSecondBulkResponse);
    }

    [Benchmark(Baseline = true, Description = "FregGen: 1a answer")]
    public Freg.Person.PersonBulkoppslagResponse? FregGenBulk() => FregGenJson.ReadBulkResponse(_bulk);

    [Benchmark(Description = "FregGen: 1a answer, unknown property on every entry")]
    public Freg.Person.PersonBulkoppslagResponse? FregGenBulkWithUnknown() => FregGenJson.ReadBulkResponse(_bulkWithUnknown);

    [Benchmark(Description = "FregGen: 1d answer")]
    public Freg.Person.PersonBulkoppslagResponse? FregGenSecond() => FregGenJson.ReadBulkResponse(_second);

    [Benchmark(Description = "FregGen: 1d answer, unknown property on every entry")]
    public Freg.Person.PersonBulkoppslagResponse? FregGenSecondWithUnknown() => FregGenJson.ReadBulkResponse(_secondWithUnknown);

    [Benchmark(Description = "NSwag: 1a answer, unknown property on every entry")]
    public object? NSwagBulkWithUnknown() => _nswag.DeserializeBulkResponse(_bulkWithUnknown);

    [Benchmark(Description = "NSwag: 1d answer, unknown property on every entry")]
    public object? NSwagSecondWithUnknown() => _nswag.DeserializeBulkResponse(_secondWithUnknown);

    [Benchmark(Description = "Raw Utf8JsonReader pass, 1a answer with unknown properties")]
    public long RawReaderBulkWithUnknown() => RawJsonReader.TouchEveryToken(_bulkWithUnknown);
}
