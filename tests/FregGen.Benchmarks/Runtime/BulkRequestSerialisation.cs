using BenchmarkDotNet.Attributes;
using FregGen.Benchmarks.Peers;

namespace FregGen.Benchmarks.Runtime;

/// <summary>1c. A PersonBulkoppslagRequest with 1000 ids written as each client writes its request body.</summary>
public class BulkRequestSerialisation
{
    private Freg.Person.PersonBulkoppslagRequest _request = null!;
    private PeerClient _nswag = null!;
    private PeerClient _kiota = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = FregGenJson.CreateBulkRequest(RuntimeInputs.Payloads.PersonIdentifiers);
        _nswag = RuntimeInputs.Peers.NSwag;
        _kiota = RuntimeInputs.Peers.Kiota;
        var expected = (int)FregGenConverter();
        RuntimeInputs.Expect("FregGen JsonSerializer body length", expected, (int)FregGenJsonSerializer());
        RuntimeInputs.Expect("NSwag body length", expected, (int)NSwag());
        RuntimeInputs.Expect("Kiota body length", expected, (int)Kiota());
    }

    [Benchmark(Baseline = true, Description = "FregGen: generated WriteValue (as FregClient)")]
    public long FregGenConverter() => FregGenJson.WriteBulkRequest(_request);

    [Benchmark(Description = "FregGen: JsonSerializer + FregJsonContext")]
    public long FregGenJsonSerializer() => FregGenJson.SerializeBulkRequest(_request);

    [Benchmark(Description = "NSwag: JsonSerializer.SerializeToUtf8Bytes")]
    public long NSwag() => _nswag.SerializeBulkRequest();

    [Benchmark(Description = "Kiota: JsonSerializationWriter")]
    public long Kiota() => _kiota.SerializeBulkRequest();
}
