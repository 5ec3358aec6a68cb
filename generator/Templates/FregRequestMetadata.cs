namespace FregGenTemplateNamespace
{
    internal static partial class FregHttp
    {
        /// <summary>
        /// The standard request metadata of Microsoft.Extensions.Http.Diagnostics: the route template lets its extended HTTP
        /// logging (and other telemetry that reads RequestMetadata) log the path with <c>{personidentifikator}</c> redacted
        /// instead of the identity number.
        /// </summary>
        static partial void AddRequestMetadata(global::System.Net.Http.HttpRequestMessage request, FregOperation operation, string routeTemplate)
            => request.Options.Set(
                new global::System.Net.Http.HttpRequestOptionsKey<global::Microsoft.Extensions.Http.Diagnostics.RequestMetadata>(global::Microsoft.Extensions.Http.Diagnostics.TelemetryConstants.RequestMetadataKey),
                new global::Microsoft.Extensions.Http.Diagnostics.RequestMetadata(operation.HttpMethod, routeTemplate, operation.OperationId) { DependencyName = "Folkeregisteret" });
    }
}
