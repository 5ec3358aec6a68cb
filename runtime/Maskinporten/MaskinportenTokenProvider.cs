using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Runtime.Diagnostics;
using FregGen.Runtime.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>
    /// Gets Maskinporten access tokens with a signed JWT grant and caches them per scope. A token is replaced
    /// <see cref="MaskinportenOptions.RefreshBeforeExpiry"/> before it expires; callers that need a token at the same time
    /// share one request to Maskinporten. Nothing it logs or throws contains a token, a grant or key material.
    /// </summary>
    /// <remarks>
    /// When a refresh fails while the cached token is still valid, the cached token is returned (and a warning logged), so
    /// a short Maskinporten outage does not stop calls to Freg. Thread-safe; meant to be a singleton per client.
    /// </remarks>
    public sealed class MaskinportenTokenProvider : IMaskinportenTokenProvider, IDisposable
    {
        /// <summary>The name of the <see cref="HttpClient"/> that the DI registration uses for the token endpoint.</summary>
        public const string TokenEndpointHttpClientName = "FregGen.Runtime.Maskinporten";

        private const int MaxDescriptionLength = 300;
        private const int MaxErrorTypeLength = 64;

        private readonly HttpClient httpClient;
        private readonly MaskinportenOptions options;
        private readonly Uri tokenEndpoint;
        private readonly TimeProvider timeProvider;
        private readonly ILogger logger;
        private readonly MaskinportenAssertionFactory assertionFactory;
        private readonly ConcurrentDictionary<string, ScopeState> scopes = new(StringComparer.Ordinal);

        /// <summary>Creates a provider.</summary>
        /// <param name="httpClient">The client that posts grants to the token endpoint. Not disposed by the provider.</param>
        /// <param name="options">Client id, endpoints and key. Copied and validated here.</param>
        /// <param name="timeProvider">The clock for grant times and token expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
        /// <param name="logger">Where to log; never receives tokens, grants or keys.</param>
        /// <exception cref="OptionsValidationException">The options are incomplete or the key cannot be used.</exception>
        public MaskinportenTokenProvider(
            HttpClient httpClient,
            MaskinportenOptions options,
            TimeProvider? timeProvider = null,
            ILogger<MaskinportenTokenProvider>? logger = null)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
            ArgumentNullException.ThrowIfNull(options);
            this.httpClient = httpClient;
            this.options = options.Copy();
            MaskinportenOptionsValidator.ThrowIfInvalid(this.options);
            tokenEndpoint = this.options.EffectiveTokenEndpoint!;
            this.timeProvider = timeProvider ?? TimeProvider.System;
            this.logger = logger ?? (ILogger)NullLogger.Instance;
            assertionFactory = new MaskinportenAssertionFactory(this.options);
        }

        /// <summary>Creates a provider from options in the options pattern.</summary>
        /// <param name="httpClient">The client that posts grants to the token endpoint. Not disposed by the provider.</param>
        /// <param name="options">Client id, endpoints and key. Copied and validated here.</param>
        /// <param name="timeProvider">The clock for grant times and token expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
        /// <param name="logger">Where to log; never receives tokens, grants or keys.</param>
        /// <exception cref="OptionsValidationException">The options are incomplete or the key cannot be used.</exception>
        public MaskinportenTokenProvider(
            HttpClient httpClient,
            IOptions<MaskinportenOptions> options,
            TimeProvider? timeProvider = null,
            ILogger<MaskinportenTokenProvider>? logger = null)
            : this(httpClient, (options ?? throw new ArgumentNullException(nameof(options))).Value, timeProvider, logger)
        {
        }

        /// <inheritdoc />
        public ValueTask<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken = default)
        {
            var normalizedScope = NormalizeScope(scope);
            var state = scopes.GetOrAdd(normalizedScope, static key => new ScopeState(key));
            var now = timeProvider.GetUtcNow();

            CachedAccessToken? current;
            Task<CachedAccessToken> refresh;
            TaskCompletionSource<CachedAccessToken>? startedHere = null;
            string reason;
            lock (state)
            {
                current = state.Current;
                if (current is not null && now < current.RefreshAt)
                {
                    return ValueTask.FromResult(current.AccessToken);
                }

                reason = current is not null ? "expiring" : state.Rejected ? "rejected" : "missing";
                if (state.Refresh is null)
                {
                    startedHere = new TaskCompletionSource<CachedAccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                    state.Refresh = startedHere.Task;
                }

                refresh = state.Refresh;
            }

            if (startedHere is not null)
            {
                _ = RefreshAsync(state, startedHere, reason);
            }

            return AwaitRefreshAsync(state.Scope, refresh, current, cancellationToken);
        }

        /// <inheritdoc />
        public void Invalidate(string scope, string accessToken)
        {
            ArgumentNullException.ThrowIfNull(accessToken);
            if (!scopes.TryGetValue(NormalizeScope(scope), out var state))
            {
                return;
            }

            lock (state)
            {
                if (state.Current is { } current && string.Equals(current.AccessToken, accessToken, StringComparison.Ordinal))
                {
                    state.Current = null;
                    state.Rejected = true;
                    MaskinportenLog.TokenRejected(logger, state.Scope);
                }
            }
        }

        /// <summary>Disposes the private key handle taken from the certificate.</summary>
        public void Dispose() => assertionFactory.Dispose();

        private static string NormalizeScope(string scope)
        {
            ArgumentNullException.ThrowIfNull(scope);
            var parts = scope.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                throw new ArgumentException("A Maskinporten scope is required.", nameof(scope));
            }

            return string.Join(' ', parts);
        }

        private async ValueTask<string> AwaitRefreshAsync(
            string scope,
            Task<CachedAccessToken> refresh,
            CachedAccessToken? previous,
            CancellationToken cancellationToken)
        {
            try
            {
                var token = await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
                return token.AccessToken;
            }
            catch (MaskinportenException) when (previous is not null && timeProvider.GetUtcNow() < previous.ExpiresAt)
            {
                MaskinportenLog.UsingCachedTokenAfterFailedRefresh(logger, scope, previous.ExpiresAt);
                return previous.AccessToken;
            }
        }

        /// <summary>
        /// The one in-flight request for a scope. It runs without the callers' cancellation tokens: a caller that gives
        /// up only stops waiting, and the others still get the token.
        /// </summary>
        private async Task RefreshAsync(ScopeState state, TaskCompletionSource<CachedAccessToken> completion, string reason)
        {
            try
            {
                var token = await RequestTokenWithTelemetryAsync(state.Scope, reason).ConfigureAwait(false);
                lock (state)
                {
                    state.Current = token;
                    state.Rejected = false;
                    state.Refresh = null;
                }

                completion.SetResult(token);
            }
            catch (Exception exception)
            {
                lock (state)
                {
                    state.Refresh = null;
                }

                var failure = exception as MaskinportenException ?? new MaskinportenException(
                    $"The Maskinporten token request for scope '{state.Scope}' failed ({exception.GetType().Name}).",
                    state.Scope,
                    statusCode: null,
                    error: null,
                    errorDescription: null,
                    isTransient: false,
                    exception);
                completion.SetException(failure);

                // Mark the failure observed even if every waiter gave up.
                _ = completion.Task.Exception;
            }
        }

        private async Task<CachedAccessToken> RequestTokenWithTelemetryAsync(string scope, string reason)
        {
            var started = Stopwatch.GetTimestamp();
            using var activity = FregTelemetry.ActivitySource.StartActivity(FregTelemetry.TokenActivityName, ActivityKind.Client);
            activity?.SetTag(FregTelemetry.Tags.ServerAddress, tokenEndpoint.Host);
            activity?.SetTag(FregTelemetry.Tags.Scope, scope);
            activity?.SetTag(FregTelemetry.Tags.TokenReason, reason);
            string? errorType = null;
            try
            {
                return await RequestTokenAsync(scope).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                errorType = ErrorTypeOf(exception);
                throw;
            }
            finally
            {
                var tags = new TagList
                {
                    { FregTelemetry.Tags.ServerAddress, tokenEndpoint.Host },
                    { FregTelemetry.Tags.TokenReason, reason },
                };
                if (errorType is not null)
                {
                    tags.Add(FregTelemetry.Tags.ErrorType, errorType);
                    activity?.SetTag(FregTelemetry.Tags.ErrorType, errorType);
                    activity?.SetStatus(ActivityStatusCode.Error);
                }

                FregTelemetry.TokenRequests.Add(1, tags);
                FregTelemetry.TokenDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            }
        }

        /// <summary>A low-cardinality error class: Maskinporten's OAuth error code, its HTTP status, or the exception type.</summary>
        private static string ErrorTypeOf(Exception exception)
        {
            if (exception is MaskinportenException { Error: { } code } && code.Length <= MaxErrorTypeLength && IsToken(code))
            {
                return code;
            }

            if (exception is MaskinportenException { StatusCode: { } status })
            {
                return ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var inner = exception is MaskinportenException { InnerException: { } cause } ? cause : exception;
            return inner.GetType().FullName ?? inner.GetType().Name;
        }

        private static bool IsToken(string code)
        {
            foreach (var c in code)
            {
                if (c is not ((>= 'a' and <= 'z') or '_'))
                {
                    return false;
                }
            }

            return code.Length > 0;
        }

        private async Task<CachedAccessToken> RequestTokenAsync(string scope)
        {
            var issuedAt = timeProvider.GetUtcNow();
            var assertion = assertionFactory.Create(scope, issuedAt);

            using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
            {
                Content = new FormUrlEncodedContent(
                [
                    new KeyValuePair<string, string>("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                    new KeyValuePair<string, string>("assertion", assertion),
                ]),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            MaskinportenLog.TokenRequested(logger, scope, tokenEndpoint);
            HttpResponseMessage response;
            try
            {
                response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or TimeoutException)
            {
                MaskinportenLog.TokenEndpointUnreachable(logger, scope, exception.GetType().Name);
                throw new MaskinportenException(
                    $"Maskinporten's token endpoint {tokenEndpoint} could not be reached for scope '{scope}' ({exception.GetType().Name}).",
                    scope,
                    statusCode: null,
                    error: null,
                    errorDescription: null,
                    isTransient: true,
                    exception);
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw Refused(scope, response.StatusCode, body, assertion);
                }

                MaskinportenTokenResponse? answer;
                try
                {
                    answer = JsonSerializer.Deserialize(body, MaskinportenJsonContext.Default.MaskinportenTokenResponse);
                }
                catch (JsonException)
                {
                    answer = null;
                }

                if (answer is null || string.IsNullOrEmpty(answer.AccessToken))
                {
                    throw new MaskinportenException(
                        $"Maskinporten answered HTTP {(int)response.StatusCode} for scope '{scope}' without an access token.",
                        scope,
                        response.StatusCode,
                        error: null,
                        errorDescription: null,
                        isTransient: false);
                }

                if (answer.TokenType is { } tokenType && !string.Equals(tokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
                {
                    throw new MaskinportenException(
                        $"Maskinporten answered with token type '{Sanitize(tokenType, assertion)}' for scope '{scope}'; a Bearer token was expected.",
                        scope,
                        response.StatusCode,
                        error: null,
                        errorDescription: null,
                        isTransient: false);
                }

                var lifetime = TimeSpan.FromSeconds(Math.Max(0, answer.ExpiresIn ?? 0));
                MaskinportenLog.TokenReceived(logger, scope, (long)lifetime.TotalSeconds);
                return new CachedAccessToken(answer.AccessToken, issuedAt + lifetime, issuedAt + RefreshAfter(lifetime));
            }
        }

        /// <summary>When to replace a token: <c>RefreshBeforeExpiry</c> before it expires, but not before half its lifetime.</summary>
        private TimeSpan RefreshAfter(TimeSpan lifetime)
        {
            var beforeExpiry = lifetime - options.RefreshBeforeExpiry;
            var halfLife = lifetime / 2;
            return beforeExpiry > halfLife ? beforeExpiry : halfLife;
        }

        private MaskinportenException Refused(string scope, HttpStatusCode statusCode, string body, string assertion)
        {
            MaskinportenErrorResponse? error = null;
            try
            {
                error = JsonSerializer.Deserialize(body, MaskinportenJsonContext.Default.MaskinportenErrorResponse);
            }
            catch (JsonException)
            {
                // Not OAuth JSON (a proxy's HTML page, for example): report the status only, never the raw body.
            }

            var code = error?.Error is { } rawCode ? Sanitize(rawCode, assertion) : null;
            var description = error?.ErrorDescription is { } rawDescription ? Sanitize(rawDescription, assertion) : null;
            MaskinportenLog.TokenRefused(logger, scope, (int)statusCode, code);

            var message = $"Maskinporten refused the token request for scope '{scope}' (HTTP {(int)statusCode})";
            message += code is null ? "." : $": {code}" + (description is null ? "." : $" - {description}");
            var transient = statusCode == HttpStatusCode.TooManyRequests || (int)statusCode >= 500;
            return new MaskinportenException(message, scope, statusCode, code, description, transient);
        }

        /// <summary>Keeps Maskinporten's text short and free of the grant and of identity numbers.</summary>
        private static string Sanitize(string text, string assertion)
        {
            var cleaned = text.Replace(assertion, "[assertion]", StringComparison.Ordinal);
            cleaned = FregLogRedactor.Redact(cleaned);
            return cleaned.Length <= MaxDescriptionLength ? cleaned : string.Concat(cleaned.AsSpan(0, MaxDescriptionLength), "…");
        }

        private sealed class ScopeState
        {
            internal ScopeState(string scope)
            {
                Scope = scope;
            }

            internal string Scope { get; }

            internal CachedAccessToken? Current { get; set; }

            internal Task<CachedAccessToken>? Refresh { get; set; }

            /// <summary>The last token was rejected by Freg (401) and dropped; the next request is counted as "rejected".</summary>
            internal bool Rejected { get; set; }
        }
    }
}
