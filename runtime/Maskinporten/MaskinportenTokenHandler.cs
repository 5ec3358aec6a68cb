using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Puts <c>Authorization: Bearer &lt;token&gt;</c> for one Maskinporten scope on every request it sends, replacing any
    /// Authorization header already there, and takes it off the request again when the send returns, so the token does
    /// not linger on the request object for later handlers, loggers or retries to see. When Freg answers 401, the cached
    /// token is dropped and the request is sent once more with a new one (a token revoked or expired early would otherwise
    /// fail every call until its cached lifetime ran out). Place it inside the retry handler so that each attempt gets a
    /// valid token (<c>AddFregMaskinporten</c> places it around the primary handler).
    /// </summary>
    public sealed class MaskinportenTokenHandler : DelegatingHandler
    {
        private readonly IMaskinportenTokenProvider tokenProvider;
        private readonly string scope;

        /// <summary>Creates a handler.</summary>
        /// <param name="tokenProvider">Where tokens come from.</param>
        /// <param name="scope">The scope (or space-separated scopes) to request, for example <c>folkeregister:deling/offentligmedhjemmel</c>.</param>
        public MaskinportenTokenHandler(IMaskinportenTokenProvider tokenProvider, string scope)
        {
            ArgumentNullException.ThrowIfNull(tokenProvider);
            ArgumentException.ThrowIfNullOrWhiteSpace(scope);
            this.tokenProvider = tokenProvider;
            this.scope = scope;
        }

        /// <summary>The scope this handler requests tokens for.</summary>
        public string Scope => scope;

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            var token = await tokenProvider.GetAccessTokenAsync(scope, cancellationToken).ConfigureAwait(false);
            var response = await SendWithTokenAsync(request, token, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            tokenProvider.Invalidate(scope, token);
            var fresh = await tokenProvider.GetAccessTokenAsync(scope, cancellationToken).ConfigureAwait(false);
            if (string.Equals(fresh, token, StringComparison.Ordinal))
            {
                return response;
            }

            response.Dispose();
            return await SendWithTokenAsync(request, fresh, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);

            // Synchronous HttpClient.Send: block on the token (usually served from the cache without waiting).
            var token = tokenProvider.GetAccessTokenAsync(scope, cancellationToken).AsTask().GetAwaiter().GetResult();
            var response = SendWithToken(request, token, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            tokenProvider.Invalidate(scope, token);
            var fresh = tokenProvider.GetAccessTokenAsync(scope, cancellationToken).AsTask().GetAwaiter().GetResult();
            if (string.Equals(fresh, token, StringComparison.Ordinal))
            {
                return response;
            }

            response.Dispose();
            return SendWithToken(request, fresh, cancellationToken);
        }

        private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, string token, CancellationToken cancellationToken)
        {
            var previous = request.Headers.Authorization;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                request.Headers.Authorization = previous;
            }
        }

        private HttpResponseMessage SendWithToken(HttpRequestMessage request, string token, CancellationToken cancellationToken)
        {
            var previous = request.Headers.Authorization;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            try
            {
                return base.Send(request, cancellationToken);
            }
            finally
            {
                request.Headers.Authorization = previous;
            }
        }
    }
}
