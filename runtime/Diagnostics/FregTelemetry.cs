using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FregGen.Runtime.Diagnostics
{
    /// <summary>
    /// FregGen's OpenTelemetry-ready telemetry, with System.Diagnostics only: one <see cref="ActivitySource"/> and one
    /// <see cref="Meter"/>, both named <see cref="SourceName"/>. Register them with <c>AddSource("FregGen")</c> and
    /// <c>AddMeter("FregGen")</c>. The generated client emits the operation spans and operation metrics under the same
    /// name; this class holds what the runtime adds (retries, 429 waits, Maskinporten tokens, the event feed).
    /// No identity number, name or address is ever a tag, a span name, a URL or an event.
    /// </summary>
    public static class FregTelemetry
    {
        /// <summary>The name of the activity source and the meter.</summary>
        public const string SourceName = "FregGen";

        /// <summary>Retries of a Freg request (counter, <c>{retry}</c>), by operation and reason.</summary>
        public const string RetriesInstrument = "freg.client.retries";

        /// <summary>Waits before retrying a 429, as Freg's <c>Retry-After</c> asked (histogram, seconds), by operation.</summary>
        public const string RateLimitWaitInstrument = "freg.client.rate_limit.wait";

        /// <summary>Maskinporten token requests (counter, <c>{request}</c>), by reason and outcome.</summary>
        public const string TokenRequestsInstrument = "freg.maskinporten.token.requests";

        /// <summary>Duration of Maskinporten token requests (histogram, seconds).</summary>
        public const string TokenDurationInstrument = "freg.maskinporten.token.duration";

        /// <summary>Event feed pages read (counter, <c>{page}</c>), by result.</summary>
        public const string FeedPagesInstrument = "freg.feed.pages";

        /// <summary>Feed events handled by the feed processor (counter, <c>{event}</c>).</summary>
        public const string FeedEventsInstrument = "freg.feed.events";

        /// <summary>How far the feed processor is behind Freg (gauge, seconds): 0 when caught up.</summary>
        public const string FeedLagInstrument = "freg.feed.lag";

        /// <summary>The next feed sequence number the processor has checkpointed (gauge, <c>{sequence}</c>).</summary>
        public const string FeedCheckpointInstrument = "freg.feed.checkpoint.sequence";

        /// <summary>The span of a Maskinporten token request.</summary>
        public const string TokenActivityName = "Maskinporten token";

        internal static readonly ActivitySource ActivitySource = new(SourceName, typeof(FregTelemetry).Assembly.GetName().Version?.ToString());

        internal static readonly Meter Meter = new(SourceName, typeof(FregTelemetry).Assembly.GetName().Version?.ToString());

        internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(RetriesInstrument, "{retry}", "Retries of Freg requests (429, 5xx, timeouts, network failures).");

        internal static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram<double>(
            RateLimitWaitInstrument,
            "s",
            "How long a 429 from Freg was waited for before the retry (its Retry-After).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });

        internal static readonly Counter<long> TokenRequests = Meter.CreateCounter<long>(TokenRequestsInstrument, "{request}", "Maskinporten token requests.");

        internal static readonly Histogram<double> TokenDuration = Meter.CreateHistogram<double>(
            TokenDurationInstrument,
            "s",
            "Duration of Maskinporten token requests.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });

        internal static readonly Counter<long> FeedPages = Meter.CreateCounter<long>(FeedPagesInstrument, "{page}", "Pages of Freg's event feed read.");

        internal static readonly Counter<long> FeedEvents = Meter.CreateCounter<long>(FeedEventsInstrument, "{event}", "Feed events handled by the feed processor.");

        internal static readonly Gauge<double> FeedLag = Meter.CreateGauge<double>(FeedLagInstrument, "s", "How old the last handled feed event was when it was handled; 0 when caught up.");

        internal static readonly Gauge<long> FeedCheckpoint = Meter.CreateGauge<long>(FeedCheckpointInstrument, "{sequence}", "The next feed sequence number the processor has checkpointed.");

        /// <summary>Tag (attribute) names. Where OpenTelemetry's semantic conventions have one, it is used; FregGen's own start with <c>freg.</c>.</summary>
        public static class Tags
        {
            /// <summary>The spec's operationId, for example <c>hentPersoner</c>.</summary>
            public const string OperationId = "freg.operation.id";

            /// <summary>The rights package id, for example <c>offentlig-med-hjemmel</c>.</summary>
            public const string RightsPackage = "freg.rights_package";

            /// <summary>Why a request is retried: <c>too_many_requests</c>, <c>server_error</c>, <c>timeout</c>, <c>network_failure</c>, <c>maskinporten_unavailable</c>.</summary>
            public const string RetryReason = "freg.retry.reason";

            /// <summary>Why a token was requested: <c>missing</c> (none cached), <c>expiring</c> (refresh), <c>rejected</c> (Freg answered 401).</summary>
            public const string TokenReason = "freg.maskinporten.token.reason";

            /// <summary>The Maskinporten scope(s) requested.</summary>
            public const string Scope = "freg.maskinporten.scope";

            /// <summary>The result of a feed page: <c>entries</c>, <c>empty</c> or <c>not_modified</c>.</summary>
            public const string FeedPageResult = "freg.feed.page.result";

            /// <summary>OpenTelemetry: the HTTP status code.</summary>
            public const string HttpResponseStatusCode = "http.response.status_code";

            /// <summary>OpenTelemetry: the class of error (status code, OAuth error code or exception type).</summary>
            public const string ErrorType = "error.type";

            /// <summary>OpenTelemetry: the host of the endpoint.</summary>
            public const string ServerAddress = "server.address";
        }
    }
}
