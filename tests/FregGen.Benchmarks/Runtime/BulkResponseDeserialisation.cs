using System;
using BenchmarkDotNet.Attributes;
using FregGen.Benchmarks.Peers;

namespace FregGen.Benchmarks.Runtime;

/// <summary>1a. The 1000-person bulkoppslag response (~3 MB) to each generator's models, against one raw reader pass.</summary>
public class BulkResponseDeserialisation
{
    private byte[] _json = Array.Empty<byte>();
    private PeerClient _nswag = null!;
    private PeerClient _kiota = null!;

    [GlobalSetup]
    public void Setup()
    {
        var payloads = RuntimeInputs.Payloads;
        _json = payloads.BulkResponse.Bytes;
        _nswag = RuntimeInputs.Peers.NSwag;
        _kiota = RuntimeInputs.Peers.Kiota;
        var expected = payloads.PersonsInBulkResponse;
        RuntimeInputs.Expect("FregGen converter", expected, FregGenConverter()?.Oppslag?.Count ?? -1);
        RuntimeInputs.Expect("FregGen JsonSerializer", expected, FregGenJsonSerializer()?.Oppslag?.Count ?? -1);
        RuntimeInputs.Expect("NSwag", expected, _nswag.CountBulkItems(NSwag()));
        RuntimeInputs.Expect("Kiota", expected, _kiota.CountBulkItems(Kiota()));
    }

    [Benchmark(Description = "Raw Utf8JsonReader pass (lower bound)")]
    public long RawReader() => RawJsonReader.TouchEveryToken(_json);

    [Benchmark(Baseline = true, Description = "FregGen: generated converter (as FregClient)")]
    public Freg.Person.PersonBulkoppslagResponse? FregGenConverter() => FregGenJson.ReadBulkResponse(_json);

    [Benchmark(Description = "FregGen: JsonSerializer + FregJsonContext")]
    public Freg.Person.PersonBulkoppslagResponse? FregGenJsonSerializer() => FregGenJson.DeserializeBulkResponse(_json);

    [Benchmark(Description = "NSwag: JsonSerializer, STJ models")]
    public object? NSwag() => _nswag.DeserializeBulkResponse(_json);

    [Benchmark(Description = "Kiota: JsonParseNode")]
    public object? Kiota() => _kiota.DeserializeBulkResponse(_json);
}
