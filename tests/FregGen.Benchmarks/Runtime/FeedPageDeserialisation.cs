using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using FregGen.Benchmarks.Peers;
using LagretHendelse = FregGen.Benchmarks.Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer;

namespace FregGen.Benchmarks.Runtime;

/// <summary>1b. A 1000-event feed page to each generator's models, against one raw reader pass.</summary>
public class FeedPageDeserialisation
{
    private byte[] _json = Array.Empty<byte>();
    private PeerClient _nswag = null!;
    private PeerClient _kiota = null!;

    [GlobalSetup]
    public void Setup()
    {
        var payloads = RuntimeInputs.Payloads;
        _json = payloads.FeedPage.Bytes;
        _nswag = RuntimeInputs.Peers.NSwag;
        _kiota = RuntimeInputs.Peers.Kiota;
        var expected = payloads.EventsInFeedPage;
        RuntimeInputs.Expect("FregGen converter", expected, FregGenConverter().Count);
        RuntimeInputs.Expect("FregGen JsonSerializer", expected, FregGenJsonSerializer()?.Count ?? -1);
        RuntimeInputs.Expect("NSwag", expected, _nswag.CountFeedItems(NSwag()));
        RuntimeInputs.Expect("Kiota", expected, _kiota.CountFeedItems(Kiota()));
    }

    [Benchmark(Description = "Raw Utf8JsonReader pass (lower bound)")]
    public long RawReader() => RawJsonReader.TouchEveryToken(_json);

    [Benchmark(Baseline = true, Description = "FregGen: generated converter (as FregClient)")]
    public List<LagretHendelse> FregGenConverter() => FregGenJson.ReadFeedPage(_json);

    [Benchmark(Description = "FregGen: JsonSerializer + FregJsonContext")]
    public List<LagretHendelse>? FregGenJsonSerializer() => FregGenJson.DeserializeFeedPage(_json);

    [Benchmark(Description = "NSwag: JsonSerializer, STJ models")]
    public object? NSwag() => _nswag.DeserializeFeedPage(_json);

    [Benchmark(Description = "Kiota: JsonParseNode")]
    public object? Kiota() => _kiota.DeserializeFeedPage(_json);
}
