using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FregGen.Benchmarks.Freg;
using LagretHendelse = FregGen.Benchmarks.Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorer;
using LagretHendelseConverter = FregGen.Benchmarks.Freg.Hendelse.LagretHendelseMedDokumentIdentifikatorerJsonConverter;
using PersonBulkoppslagRequest = FregGen.Benchmarks.Freg.Person.PersonBulkoppslagRequest;
using PersonBulkoppslagRequestConverter = FregGen.Benchmarks.Freg.Person.PersonBulkoppslagRequestJsonConverter;
using PersonBulkoppslagResponse = FregGen.Benchmarks.Freg.Person.PersonBulkoppslagResponse;
using PersonBulkoppslagResponseConverter = FregGen.Benchmarks.Freg.Person.PersonBulkoppslagResponseJsonConverter;

namespace FregGen.Benchmarks.Runtime;

/// <summary>
/// FregGen's generated JSON code for offentlig-med-hjemmel (generated into this project by the generator, so it follows
/// the generator's current output), called two ways: the generated converters directly, as FregClient does, and
/// through JsonSerializer with FregJsonContext, as a consumer that deserialises a stored body would.
/// </summary>
public static class FregGenJson
{
    /// <summary>FregClient writes request bodies into a buffer of this initial size (FregHttp.JsonContent).</summary>
    private const int RequestBufferSize = 16 * 1024;

    private static readonly JsonTypeInfo<PersonBulkoppslagResponse> BulkResponseTypeInfo = FregJsonContext.GetTypeInfo<PersonBulkoppslagResponse>();

    private static readonly JsonTypeInfo<PersonBulkoppslagRequest> BulkRequestTypeInfo = FregJsonContext.GetTypeInfo<PersonBulkoppslagRequest>();

    /// <summary>FregJsonContext resolves the models; the feed's top-level List&lt;T&gt; comes from System.Text.Json's default resolver.</summary>
    private static readonly JsonTypeInfo<List<LagretHendelse>> FeedPageTypeInfo = CreateFeedPageTypeInfo();

    /// <summary>The bulk answer read as FregHttp reads every answer: problems collected, identity numbers shared within the answer.</summary>
    public static PersonBulkoppslagResponse? ReadBulkResponse(byte[] json)
    {
        using var problems = FregJsonProblems.Collect();
        using var answer = FregStringCache.BeginAnswer();
        var reader = new Utf8JsonReader(json, RawJsonReader.Options);
        reader.Read();
        return PersonBulkoppslagResponseConverter.ReadValue(ref reader);
    }

    public static PersonBulkoppslagResponse? DeserializeBulkResponse(byte[] json) => JsonSerializer.Deserialize(json, BulkResponseTypeInfo);

    /// <summary>The feed page (a JSON array) read element by element with the generated converter, in the scopes FregHttp reads every answer in, as FregClient's HentFeedSideAsync does.</summary>
    public static List<LagretHendelse> ReadFeedPage(byte[] json)
    {
        using var problems = FregJsonProblems.Collect();
        using var answer = FregStringCache.BeginAnswer();
        var reader = new Utf8JsonReader(json, RawJsonReader.Options);
        reader.Read();
        var events = new List<LagretHendelse>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            events.Add(LagretHendelseConverter.ReadValue(ref reader)!);
        }

        return events;
    }

    public static List<LagretHendelse>? DeserializeFeedPage(byte[] json) => JsonSerializer.Deserialize(json, FeedPageTypeInfo);

    /// <summary>The request body as FregClient builds it: the generated WriteValue into a pooled-size ArrayBufferWriter; returns its length.</summary>
    public static long WriteBulkRequest(PersonBulkoppslagRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(RequestBufferSize);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            PersonBulkoppslagRequestConverter.WriteValue(writer, request);
        }

        return buffer.WrittenCount;
    }

    public static long SerializeBulkRequest(PersonBulkoppslagRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, BulkRequestTypeInfo).LongLength;

    public static PersonBulkoppslagRequest CreateBulkRequest(IReadOnlyList<string> personIdentifiers)
        => new() { FoedselsEllerDNummer = new List<string>(personIdentifiers) };

    private static JsonTypeInfo<List<LagretHendelse>> CreateFeedPageTypeInfo()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(FregJsonContext.Default, new DefaultJsonTypeInfoResolver()) };
        options.MakeReadOnly();
        return (JsonTypeInfo<List<LagretHendelse>>)options.GetTypeInfo(typeof(List<LagretHendelse>));
    }
}
