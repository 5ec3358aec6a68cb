using System;
using BenchmarkDotNet.Attributes;
using FregGen.Benchmarks.Payloads;
using FregGen.Benchmarks.Peers;

namespace FregGen.Benchmarks.Runtime;

/// <summary>A 1000-person bulkoppslag answer to each generator's models, against one raw reader pass; the payload is the subclass's.</summary>
public abstract class BulkDeserialisation
{
    private byte[] _json = Array.Empty<byte>();
    private PeerClient _nswag = null!;
    private PeerClient _kiota = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (payload, expected) = Input(RuntimeInputs.Payloads);
        _json = payload.Bytes;
        _nswag = RuntimeInputs.Peers.NSwag;
        _kiota = RuntimeInputs.Peers.Kiota;
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

    /// <summary>The payload to read and how many oppslag it holds.</summary>
    protected abstract (Payload Payload, int Oppslag) Input(PayloadSet payloads);
}

/// <summary>1a. The 1000-person bulkoppslag response (~3 MB, person-basis and relation parts).</summary>
public class BulkResponseDeserialisation : BulkDeserialisation
{
    protected override (Payload Payload, int Oppslag) Input(PayloadSet payloads) => (payloads.BulkResponse, payloads.PersonsInBulkResponse);
}

/// <summary>1d. A second, differently shaped 1000-person answer: other persons, with history and other parts.</summary>
public class SecondBulkResponseDeserialisation : BulkDeserialisation
{
    protected override (Payload Payload, int Oppslag) Input(PayloadSet payloads) => (payloads.SecondBulkResponse, payloads.PersonsInSecondBulkResponse);
}
