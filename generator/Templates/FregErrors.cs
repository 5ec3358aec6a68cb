namespace FregGenTemplateNamespace
{
    /// <summary>
    /// A Freg error body, read leniently from any of the shapes Freg uses (<c>FolkeregisterFeilmelding</c>,
    /// <c>ErrorMessageForExternalUsers</c>, <c>{kode, melding}</c>, or a WAF's HTML page). Texts are redacted:
    /// fødselsnumre and d-numre are replaced before they reach this object.
    /// </summary>
    public sealed class FregError
    {
        internal FregError(string? kode, string? melding, string? referanse, string? alvorlighetsgrad, int? httpStatus)
        {
            Kode = kode;
            Melding = melding;
            Referanse = referanse;
            Alvorlighetsgrad = alvorlighetsgrad;
            HttpStatus = httpStatus;
        }

        /// <summary>Freg's error code (<c>feilkode</c>, <c>code</c> or <c>kode</c>).</summary>
        public string? Kode { get; }

        /// <summary>Freg's message (<c>feilmelding</c>, <c>message</c> or <c>melding</c>), redacted.</summary>
        public string? Melding { get; }

        /// <summary>A reference for Skatteetaten's support (<c>feilreferanse</c>, or a WAF page's support id).</summary>
        public string? Referanse { get; }

        /// <summary>Freg's severity (<c>alvorlighetsgrad</c>).</summary>
        public string? Alvorlighetsgrad { get; }

        /// <summary>The status Freg put in the body.</summary>
        public int? HttpStatus { get; }

        /// <inheritdoc />
        public override string ToString()
        {
            var text = new global::System.Text.StringBuilder();
            if (Kode is not null)
            {
                text.Append(Kode).Append(": ");
            }

            text.Append(Melding ?? "(no message)");
            if (Referanse is not null)
            {
                text.Append(" (ref ").Append(Referanse).Append(')');
            }

            return text.ToString();
        }

        internal static FregError? Parse(string? mediaType, string body)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            if (mediaType is not null && mediaType.Contains("html", global::System.StringComparison.OrdinalIgnoreCase))
            {
                return new FregError(null, "The answer was an HTML page, not Freg (often a firewall block).", SupportId(body), null, null);
            }

            try
            {
                using var document = global::System.Text.Json.JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != global::System.Text.Json.JsonValueKind.Object)
                {
                    return new FregError(null, Redact(Truncate(body)), null, null, null);
                }

                var root = document.RootElement;
                return new FregError(
                    Text(root, "feilkode", "code", "kode"),
                    Redact(Text(root, "feilmelding", "message", "melding")),
                    Text(root, "feilreferanse", "referanse"),
                    Text(root, "alvorlighetsgrad"),
                    root.TryGetProperty("httpStatus", out var status) && status.ValueKind == global::System.Text.Json.JsonValueKind.Number && status.TryGetInt32(out var number) ? number : null);
            }
            catch (global::System.Text.Json.JsonException)
            {
                return new FregError(null, Redact(Truncate(body)), null, null, null);
            }
        }

        private static string? Text(global::System.Text.Json.JsonElement root, params string[] names)
        {
            foreach (var name in names)
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind is global::System.Text.Json.JsonValueKind.String or global::System.Text.Json.JsonValueKind.Number)
                {
                    return value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText();
                }
            }

            return null;
        }

        private static string? SupportId(string html)
        {
            var index = html.IndexOf("support id", global::System.StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return null;
            }

            var start = index + 10;
            while (start < html.Length && !char.IsDigit(html[start]))
            {
                if (start - index > 40)
                {
                    return null;
                }

                start++;
            }

            var end = start;
            while (end < html.Length && char.IsDigit(html[end]))
            {
                end++;
            }

            return end > start ? html.Substring(start, end - start) : null;
        }

        private static string? Redact(string? text) => text is null ? null : global::FregGen.Runtime.Logging.FregLogRedactor.Redact(text);

        private static string Truncate(string text) => text.Length <= 500 ? text.Trim() : text.Substring(0, 500).Trim() + "…";
    }

    /// <summary>Freg answered with a status other than 2xx. The message names the operation and status, never the request's identity numbers.</summary>
    public class FregApiException : global::System.Exception
    {
        /// <summary>Creates the exception for a non-success answer.</summary>
        public FregApiException(global::System.Net.HttpStatusCode statusCode, string operationId, FregError? error, string? message = null, global::System.Exception? innerException = null)
            : base(message ?? DefaultMessage(statusCode, operationId, error), innerException)
        {
            StatusCode = statusCode;
            OperationId = operationId;
            Error = error;
        }

        /// <summary>The HTTP status Freg answered with.</summary>
        public global::System.Net.HttpStatusCode StatusCode { get; }

        /// <summary>The operationId of the call that failed.</summary>
        public string OperationId { get; }

        /// <summary>The parsed (and redacted) error body, when there was one.</summary>
        public FregError? Error { get; }

        internal static async global::System.Threading.Tasks.Task<FregApiException> CreateAsync(global::System.Net.Http.HttpResponseMessage response, string operationId, global::System.Threading.CancellationToken cancellationToken)
        {
            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.Net.Http.HttpRequestException)
            {
                body = string.Empty;
            }

            var error = FregError.Parse(response.Content.Headers.ContentType?.MediaType, body);
            if ((int)response.StatusCode == 429)
            {
                return new FregTooManyRequestsException(operationId, error, global::FregGen.Runtime.Resilience.FregRetryAfter.Read(response, global::System.DateTimeOffset.UtcNow));
            }

            return new FregApiException(response.StatusCode, operationId, error);
        }

        private static string DefaultMessage(global::System.Net.HttpStatusCode statusCode, string operationId, FregError? error)
            => "Freg answered " + ((int)statusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " (" + statusCode + ") to " + operationId
                + (error is null ? "." : ": " + global::FregGen.Runtime.Logging.FregLogRedactor.Redact(error.ToString()));
    }

    /// <summary>Freg answered 429 Too Many Requests. Wait <see cref="RetryAfter"/> before the next call.</summary>
    public sealed class FregTooManyRequestsException : FregApiException
    {
        /// <summary>Creates the exception for a 429 answer.</summary>
        public FregTooManyRequestsException(string operationId, FregError? error, global::System.TimeSpan? retryAfter)
            : base((global::System.Net.HttpStatusCode)429, operationId, error, "Freg answered 429 (Too Many Requests) to " + operationId + (retryAfter is { } wait ? "; retry after " + wait.TotalMilliseconds.ToString("0", global::System.Globalization.CultureInfo.InvariantCulture) + " ms." : "."))
        {
            RetryAfter = retryAfter;
        }

        /// <summary>How long Freg asked to wait (its Retry-After header, which Freg gives in milliseconds).</summary>
        public global::System.TimeSpan? RetryAfter { get; }
    }

    /// <summary>Freg answered 2xx, but the body could not be read as the spec describes.</summary>
    public sealed class FregResponseFormatException : FregApiException
    {
        /// <summary>Creates the exception for an unreadable success body.</summary>
        public FregResponseFormatException(global::System.Net.HttpStatusCode statusCode, string operationId, string problem, global::System.Exception? innerException)
            : base(statusCode, operationId, null, "Freg's answer to " + operationId + " could not be read: " + problem + ".", innerException)
        {
        }

        /// <summary>
        /// The answer as far as it could be read when only some of its values had the wrong type or format: those are null
        /// in it, and the message names where they stand. Cast it to the operation's result type.
        /// </summary>
        public object? PartialValue { get; private init; }

        internal static FregResponseFormatException EmptyBody(global::System.Net.HttpStatusCode statusCode, string operationId)
            => new(statusCode, operationId, "the body is empty", null);

        internal static FregResponseFormatException UnreadableValues(global::System.Net.HttpStatusCode statusCode, string operationId, string problems, object? partialValue)
            => new(statusCode, operationId, problems + "; the rest was read (PartialValue)", null) { PartialValue = partialValue };
    }
}
