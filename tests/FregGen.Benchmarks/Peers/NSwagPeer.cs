using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FregGen.Benchmarks.Peers;

/// <summary>
/// NSwag's generated client (System.Text.Json models): bodies are read and written with JsonSerializer and the options the
/// generated client builds for itself (its private static CreateSerializerSettings), as its methods do.
/// </summary>
public static class NSwagPeer
{
    public static PeerClient Create(Assembly assembly, IReadOnlyList<string> personIdentifiers)
    {
        var client = assembly.GetType(NSwagGeneration.Namespace + "." + NSwagGeneration.ClientClassName, throwOnError: true)!;
        var options = (JsonSerializerOptions)(client.GetMethod("CreateSerializerSettings", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("NSwag's client has no CreateSerializerSettings.")).Invoke(null, null)!;

        var bulkOperation = PeerReflection.OperationWithCancellation(client, "HentPersonerAsync");
        var responseType = PeerReflection.TaskResult(bulkOperation.ReturnType);
        var requestType = bulkOperation.GetParameters().Single(p => p.Name == "body").ParameterType;
        var feedType = PeerReflection.TaskResult(PeerReflection.OperationWithCancellation(client, "HentFeedSideAsync").ReturnType);

        var deserializeBulk = PeerReflection.GenericHelper<Func<byte[], JsonSerializerOptions, object?>>(typeof(NSwagPeer), nameof(Deserialize), responseType);
        var deserializeFeed = PeerReflection.GenericHelper<Func<byte[], JsonSerializerOptions, object?>>(typeof(NSwagPeer), nameof(Deserialize), feedType);
        var serializeRequest = PeerReflection.GenericHelper<Func<object, JsonSerializerOptions, byte[]>>(typeof(NSwagPeer), nameof(Serialize), requestType);
        var request = CreateRequest(requestType, personIdentifiers);

        return new PeerClient(
            "NSwag",
            "NSwag 14.8.0, System.Text.Json models, JsonSerializer with the generated client's own options",
            bytes => deserializeBulk(bytes, options),
            bytes => deserializeFeed(bytes, options),
            () => serializeRequest(request, options).LongLength,
            response => PeerReflection.CountOfProperty(response, "Oppslag"),
            PeerReflection.CountOf);
    }

    private static object? Deserialize<T>(byte[] json, JsonSerializerOptions options) => JsonSerializer.Deserialize<T>(json, options);

    private static byte[] Serialize<T>(object value, JsonSerializerOptions options) => JsonSerializer.SerializeToUtf8Bytes((T)value, options);

    private static object CreateRequest(Type requestType, IReadOnlyList<string> personIdentifiers)
    {
        var request = Activator.CreateInstance(requestType)!;
        var ids = requestType.GetProperties().Single(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == "foedselsEllerDNummer");
        ids.SetValue(request, personIdentifiers.ToList());
        return request;
    }
}
