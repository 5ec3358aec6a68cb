using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.Kiota.Abstractions.Extensions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace FregGen.Benchmarks.Peers;

/// <summary>
/// Kiota's generated client: bodies are read as its request adapter does (JsonParseNodeFactory's root node, then
/// GetObjectValue / GetCollectionOfObjectValues with the model's CreateFromDiscriminatorValue) and written as its request
/// builders do (a JsonSerializationWriter's WriteObjectValue, then its serialised content stream).
/// </summary>
public static class KiotaPeer
{
    private static readonly JsonParseNodeFactory ParseNodeFactory = new();

    public static PeerClient Create(Assembly assembly, IReadOnlyList<string> personIdentifiers)
    {
        var bulkBuilder = assembly.GetType(KiotaGeneration.Namespace + ".V1.Personer.Bulkoppslag.BulkoppslagRequestBuilder", throwOnError: true)!;
        var feedBuilder = assembly.GetType(KiotaGeneration.Namespace + ".V1.Hendelser.Feed.FeedRequestBuilder", throwOnError: true)!;
        var bulkOperation = PeerReflection.OperationWithCancellation(bulkBuilder, "PostAsync");
        var responseType = PeerReflection.TaskResult(bulkOperation.ReturnType);
        var requestType = bulkOperation.GetParameters().Single(p => p.Name == "body").ParameterType;
        var feedListType = PeerReflection.TaskResult(PeerReflection.OperationWithCancellation(feedBuilder, "GetAsync").ReturnType);
        var eventType = feedListType.GetGenericArguments().Single();

        var readBulk = PeerReflection.GenericHelper<Func<Func<byte[], object?>>>(typeof(KiotaPeer), nameof(ObjectReader), responseType)();
        var readFeed = PeerReflection.GenericHelper<Func<Func<byte[], object?>>>(typeof(KiotaPeer), nameof(CollectionReader), eventType)();
        var request = CreateRequest(requestType, personIdentifiers);

        return new PeerClient(
            "Kiota",
            "Kiota 1.38.0 client, Microsoft.Kiota.Serialization.Json 2.1.6 (JsonParseNodeFactory / JsonSerializationWriter)",
            readBulk,
            readFeed,
            () => Write(request),
            response => PeerReflection.CountOfProperty(response, "Oppslag"),
            PeerReflection.CountOf);
    }

    private static Func<byte[], object?> ObjectReader<T>()
        where T : IParsable
    {
        var factory = Factory<T>();
        return json =>
        {
            using var stream = new MemoryStream(json, writable: false);
            var node = ParseNodeFactory.GetRootParseNodeAsync("application/json", stream).GetAwaiter().GetResult();
            return node.GetObjectValue(factory);
        };
    }

    private static Func<byte[], object?> CollectionReader<T>()
        where T : IParsable
    {
        var factory = Factory<T>();
        return json =>
        {
            using var stream = new MemoryStream(json, writable: false);
            var node = ParseNodeFactory.GetRootParseNodeAsync("application/json", stream).GetAwaiter().GetResult();
            return node.GetCollectionOfObjectValues(factory).AsList();
        };
    }

    private static ParsableFactory<T> Factory<T>()
        where T : IParsable
        => (typeof(T).GetMethod("CreateFromDiscriminatorValue", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException(typeof(T) + " has no CreateFromDiscriminatorValue.")).CreateDelegate<ParsableFactory<T>>();

    /// <summary>As RequestInformation.SetContentFromParsable; the content stream (pooled) is disposed, as the HTTP pipeline would.</summary>
    private static long Write(IParsable body)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, body);
        using var content = writer.GetSerializedContent();
        return content.Length;
    }

    private static IParsable CreateRequest(Type requestType, IReadOnlyList<string> personIdentifiers)
    {
        var request = (IParsable)Activator.CreateInstance(requestType)!;
        var ids = requestType.GetProperty("FoedselsEllerDNummer") ?? throw new InvalidOperationException(requestType + " has no FoedselsEllerDNummer.");
        ids.SetValue(request, personIdentifiers.ToList());
        return request;
    }
}
