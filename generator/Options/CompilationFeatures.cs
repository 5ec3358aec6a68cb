using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Options;

/// <summary>What the consuming compilation offers; decides whether the client can compile and which extras to emit.</summary>
/// <param name="HasDataClassification">Microsoft.Extensions.Compliance.Abstractions: generated properties get classification attributes.</param>
/// <param name="HasRequestMetadata">Microsoft.Extensions.Telemetry.Abstractions: requests carry the standard RequestMetadata (route template).</param>
internal sealed record CompilationFeatures(bool HasSystemTextJson, bool HasDateOnly, bool HasHttpClientFactory, bool HasFregRuntime, LanguageVersion LanguageVersion, bool HasDataClassification = false, bool HasRequestMetadata = false, bool HasFregReplica = false)
{
    public static CompilationFeatures Read(Compilation compilation)
        => new(
            compilation.GetTypeByMetadataName("System.Text.Json.Utf8JsonReader") is not null,
            compilation.GetTypeByMetadataName("System.DateOnly") is not null,
            compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null,
            compilation.GetTypeByMetadataName("FregGen.Runtime.Feed.FregFeedProcessor`1") is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.FregRuntimeHttpClientBuilderExtensions") is not null
                && compilation.GetTypeByMetadataName("FregGen.Runtime.Resilience.FregRetryAfter") is not null
                && compilation.GetTypeByMetadataName("FregGen.Runtime.Logging.FregLogRedactor") is not null,
            compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Default,
            compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute") is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassification") is not null,
            compilation.GetTypeByMetadataName("Microsoft.Extensions.Http.Diagnostics.RequestMetadata") is not null
                && compilation.GetTypeByMetadataName("Microsoft.Extensions.Http.Diagnostics.TelemetryConstants") is not null,
            compilation.GetTypeByMetadataName("FregGen.Replica.FregReplica") is not null
                && compilation.GetTypeByMetadataName("FregGen.Runtime.Replica.FregReplicaSourceBase") is not null);
}
