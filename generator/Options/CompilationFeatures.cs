using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Options;

/// <summary>What the consuming compilation offers; decides whether the client can compile and which extras to emit.</summary>
internal sealed record CompilationFeatures(bool HasSystemTextJson, bool HasDateOnly, bool HasHttpClientFactory, bool HasFregRuntime, LanguageVersion LanguageVersion, bool HasFregReplica = false)
{
    public static CompilationFeatures Read(Compilation compilation)
        => new(
            compilation.GetTypeByMetadataName("System.Text.Json.Utf8JsonReader") is not null,
            compilation.GetTypeByMetadataName("System.DateOnly") is not null,
            compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null,
            compilation.GetTypeByMetadataName("FregGen.Runtime.Feed.FregFeedProcessor`1") is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.FregRuntimeHttpClientBuilderExtensions") is not null,
            compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Default,
            compilation.GetTypeByMetadataName("FregGen.Replica.FregReplica") is not null
                && compilation.GetTypeByMetadataName("FregGen.Runtime.Replica.FregReplicaSourceBase") is not null);
}
