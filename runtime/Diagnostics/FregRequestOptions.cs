using System.Net.Http;

namespace FregGen.Runtime.Diagnostics
{
    /// <summary>
    /// What the generated client puts in <see cref="HttpRequestMessage.Options"/> of every request, for handlers, loggers
    /// and telemetry: which operation of which rights package, and the route template. The generated client defines the
    /// same keys (it does not depend on this package); the names are the contract.
    /// </summary>
    public static class FregRequestOptions
    {
        /// <summary>The spec's operationId, for example <c>hentSisteVersjonAvPerson</c>.</summary>
        public static readonly HttpRequestOptionsKey<string> OperationId = new("FregGen.OperationId");

        /// <summary>The rights package id, for example <c>offentlig-med-hjemmel</c>.</summary>
        public static readonly HttpRequestOptionsKey<string> RightsPackage = new("FregGen.RightsPackage");

        /// <summary>
        /// The request's path as a template, from the root of the host: the client's base path and the spec's path, for
        /// example <c>/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/{personidentifikator}</c>. It never holds a value.
        /// </summary>
        public static readonly HttpRequestOptionsKey<string> RouteTemplate = new("FregGen.RouteTemplate");

        /// <summary>How many times the request has been retried so far; set by <c>AddFregResilience</c>, read by the generated client.</summary>
        public static readonly HttpRequestOptionsKey<int> RetryCount = new("FregGen.RetryCount");
    }
}
