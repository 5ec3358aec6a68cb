namespace FregGenTemplateNamespace
{
    /// <summary>
    /// What the client puts in <see cref="global::System.Net.Http.HttpRequestMessage.Options"/> of every request, for
    /// handlers, loggers and telemetry (FregGen.Runtime reads the same keys): the operation, the rights package, the route
    /// template; the retry handler adds the retry count.
    /// </summary>
    internal static class FregRequestOptions
    {
        /// <summary>The spec's operationId, for example <c>hentSisteVersjonAvPerson</c>.</summary>
        public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> OperationId = new("FregGen.OperationId");

        /// <summary>The rights package id.</summary>
        public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> RightsPackage = new("FregGen.RightsPackage");

        /// <summary>The path as a template from the host's root, for example <c>/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/{personidentifikator}</c>.</summary>
        public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> RouteTemplate = new("FregGen.RouteTemplate");

        /// <summary>How many times the request was retried (set by FregGen.Runtime's AddFregResilience).</summary>
        public static readonly global::System.Net.Http.HttpRequestOptionsKey<int> RetryCount = new("FregGen.RetryCount");
    }

    /// <summary>One operation of the spec: what telemetry, request options and the lookup audit need to know about it.</summary>
    internal sealed class FregOperation
    {
        public FregOperation(string operationId, string httpMethod, string pathTemplate, FregLookupKind? lookupKind = null, FregAuditIdentifierKind identifierKind = FregAuditIdentifierKind.IdentityNumber, bool answerIsOnePerson = false)
        {
            OperationId = operationId;
            HttpMethod = httpMethod;
            PathTemplate = pathTemplate;
            LookupKind = lookupKind;
            IdentifierKind = identifierKind;
            AnswerIsOnePerson = answerIsOnePerson;
        }

        /// <summary>The spec's operationId.</summary>
        public string OperationId { get; }

        /// <summary>GET, POST, ...</summary>
        public string HttpMethod { get; }

        /// <summary>The path template as written in the spec, for example <c>/v1/personer/{personidentifikator}</c>.</summary>
        public string PathTemplate { get; }

        /// <summary>What kind of lookup this is, for the audit hook; <c>null</c> when the operation is not audited.</summary>
        public FregLookupKind? LookupKind { get; }

        /// <summary>What the requested identifiers are.</summary>
        public FregAuditIdentifierKind IdentifierKind { get; }

        /// <summary>The answer is one person document (entydigsoek).</summary>
        public bool AnswerIsOnePerson { get; }
    }

    /// <summary>
    /// The client's telemetry, with System.Diagnostics only: an ActivitySource and a Meter named "FregGen" (register them
    /// with OpenTelemetry's AddSource("FregGen") and AddMeter("FregGen")). Tags follow OpenTelemetry's HTTP client semantic
    /// conventions where they fit; FregGen's own start with "freg.". No identity number, name or address is ever a tag,
    /// a span name or an event: the route is a template, never the path.
    /// </summary>
    internal static class FregTelemetry
    {
        public const string SourceName = "FregGen";

        public static readonly global::System.Diagnostics.ActivitySource ActivitySource = new(SourceName);

        public static readonly global::System.Diagnostics.Metrics.Meter Meter = new(SourceName);

#if NET9_0_OR_GREATER
        public static readonly global::System.Diagnostics.Metrics.Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
            "freg.client.operation.duration",
            "s",
            "Duration of Freg operations as the caller sees them: retries, waits and reading the answer included.",
            advice: new global::System.Diagnostics.Metrics.InstrumentAdvice<double> { HistogramBucketBoundaries = new double[] { 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60 } });
#else
        public static readonly global::System.Diagnostics.Metrics.Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
            "freg.client.operation.duration",
            "s",
            "Duration of Freg operations as the caller sees them: retries, waits and reading the answer included.");
#endif

        public static readonly global::System.Diagnostics.Metrics.Counter<long> LookupPersons = Meter.CreateCounter<long>(
            "freg.client.lookup.persons",
            "{person}",
            "Persons concerned by answered lookups, bulk lookups, searches and archive reads.");

        public static readonly global::System.Diagnostics.Metrics.Counter<long> AuditFailures = Meter.CreateCounter<long>(
            "freg.audit.failures",
            "{failure}",
            "Lookup audit records the application's auditor failed to write.");

        /// <summary>Tag (attribute) names.</summary>
        public static class Tags
        {
            public const string OperationId = "freg.operation.id";
            public const string RightsPackage = "freg.rights_package";
            public const string LookupKind = "freg.lookup.kind";
            public const string LookupPersons = "freg.lookup.persons";
            public const string HttpRequestMethod = "http.request.method";
            public const string UrlTemplate = "url.template";
            public const string ServerAddress = "server.address";
            public const string ServerPort = "server.port";
            public const string HttpResponseStatusCode = "http.response.status_code";
            public const string ResendCount = "http.request.resend_count";
            public const string ErrorType = "error.type";
        }
    }

    /// <summary>The span and the duration measurement of one call.</summary>
    internal sealed class FregOperationTelemetry
    {
        private readonly FregCall _call;
        private readonly string _route;
        private readonly long _started;
        private readonly global::System.Diagnostics.Activity? _activity;
        private int? _statusCode;
        private string? _errorType;

        private FregOperationTelemetry(FregCall call, string route)
        {
            _call = call;
            _route = route;
            _started = global::System.Diagnostics.Stopwatch.GetTimestamp();
            _activity = FregTelemetry.ActivitySource.StartActivity(call.Operation.OperationId, global::System.Diagnostics.ActivityKind.Client);
            if (_activity is { IsAllDataRequested: true } activity)
            {
                activity.SetTag(FregTelemetry.Tags.OperationId, call.Operation.OperationId);
                activity.SetTag(FregTelemetry.Tags.RightsPackage, FregClient.RettighetspakkeId);
                activity.SetTag(FregTelemetry.Tags.HttpRequestMethod, call.Operation.HttpMethod);
                activity.SetTag(FregTelemetry.Tags.UrlTemplate, route);
                if (call.HttpClient.BaseAddress is { IsAbsoluteUri: true } baseAddress)
                {
                    activity.SetTag(FregTelemetry.Tags.ServerAddress, baseAddress.Host);
                    activity.SetTag(FregTelemetry.Tags.ServerPort, baseAddress.Port);
                }

                if (call.Operation.LookupKind is { } kind)
                {
                    activity.SetTag(FregTelemetry.Tags.LookupKind, kind.ToString());
                }
            }
        }

        /// <summary>Starts the span and puts the operation, rights package and route template on the request.</summary>
        public static FregOperationTelemetry Start(FregCall call, global::System.Net.Http.HttpRequestMessage request)
        {
            var route = FregHttp.RouteTemplate(call.HttpClient.BaseAddress, call.Operation.PathTemplate);
            request.Options.Set(FregRequestOptions.OperationId, call.Operation.OperationId);
            request.Options.Set(FregRequestOptions.RightsPackage, FregClient.RettighetspakkeId);
            request.Options.Set(FregRequestOptions.RouteTemplate, route);
            // .NET's own http.client.request.duration (System.Net.Http meter) gets the template and operation too.
            global::System.Net.Http.Metrics.HttpMetricsEnrichmentContext.AddCallback(request, static context =>
            {
                if (context.Request.Options.TryGetValue(FregRequestOptions.RouteTemplate, out var template))
                {
                    context.AddCustomTag(FregTelemetry.Tags.UrlTemplate, template);
                }

                if (context.Request.Options.TryGetValue(FregRequestOptions.OperationId, out var operationId))
                {
                    context.AddCustomTag(FregTelemetry.Tags.OperationId, operationId);
                }
            });
            return new FregOperationTelemetry(call, route);
        }

        /// <summary>Freg answered (after any retries).</summary>
        public void Responded(global::System.Net.Http.HttpRequestMessage request, global::System.Net.Http.HttpResponseMessage response)
        {
            _statusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode && response.StatusCode != global::System.Net.HttpStatusCode.NotModified)
            {
                _errorType = _statusCode.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
            }

            if (_activity is { IsAllDataRequested: true } activity)
            {
                activity.SetTag(FregTelemetry.Tags.HttpResponseStatusCode, _statusCode.Value);
                if (request.Options.TryGetValue(FregRequestOptions.RetryCount, out var retries) && retries > 0)
                {
                    activity.SetTag(FregTelemetry.Tags.ResendCount, retries);
                }
            }
        }

        /// <summary>The number of persons a lookup concerned.</summary>
        public void LookedUp(int persons)
        {
            _activity?.SetTag(FregTelemetry.Tags.LookupPersons, persons);
            FregTelemetry.LookupPersons.Add(
                persons,
                new global::System.Collections.Generic.KeyValuePair<string, object?>(FregTelemetry.Tags.OperationId, _call.Operation.OperationId),
                new global::System.Collections.Generic.KeyValuePair<string, object?>(FregTelemetry.Tags.RightsPackage, FregClient.RettighetspakkeId),
                new global::System.Collections.Generic.KeyValuePair<string, object?>(FregTelemetry.Tags.LookupKind, _call.Operation.LookupKind?.ToString()),
                new global::System.Collections.Generic.KeyValuePair<string, object?>(FregTelemetry.Tags.ServerAddress, _call.HttpClient.BaseAddress is { IsAbsoluteUri: true } baseAddress ? baseAddress.Host : null));
        }

        /// <summary>The call failed; the error class is the status code when Freg answered with an error, else the exception's type.</summary>
        public void Failed(global::System.Exception exception)
            => _errorType ??= exception is global::System.Net.Http.HttpRequestException { HttpRequestError: not global::System.Net.Http.HttpRequestError.Unknown } http
                ? FregHttp.SnakeCase(http.HttpRequestError.ToString())
                : exception.GetType().FullName ?? exception.GetType().Name;

        /// <summary>Ends the span and records the duration.</summary>
        public void Stop()
        {
            var tags = new global::System.Diagnostics.TagList
            {
                { FregTelemetry.Tags.OperationId, _call.Operation.OperationId },
                { FregTelemetry.Tags.RightsPackage, FregClient.RettighetspakkeId },
                { FregTelemetry.Tags.HttpRequestMethod, _call.Operation.HttpMethod },
                { FregTelemetry.Tags.UrlTemplate, _route },
            };
            if (_call.HttpClient.BaseAddress is { IsAbsoluteUri: true } baseAddress)
            {
                tags.Add(FregTelemetry.Tags.ServerAddress, baseAddress.Host);
            }

            if (_statusCode is { } status)
            {
                tags.Add(FregTelemetry.Tags.HttpResponseStatusCode, status);
            }

            if (_errorType is { } errorType)
            {
                tags.Add(FregTelemetry.Tags.ErrorType, errorType);
                _activity?.SetTag(FregTelemetry.Tags.ErrorType, errorType);
                _activity?.SetStatus(global::System.Diagnostics.ActivityStatusCode.Error);
            }

            FregTelemetry.OperationDuration.Record(global::System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
            _activity?.Dispose();
        }
    }
}
