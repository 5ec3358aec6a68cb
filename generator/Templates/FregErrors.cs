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
                // Every text is redacted, codes and references too: nothing stops a server from putting a number there.
                return new FregError(
                    Redact(Text(root, "feilkode", "code", "kode")),
                    Redact(Text(root, "feilmelding", "message", "melding")),
                    Redact(Text(root, "feilreferanse", "referanse")),
                    Redact(Text(root, "alvorlighetsgrad")),
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

    /// <summary>
    /// Freg answered 2xx, but the body could not be read as the spec describes. The message and the inner exception say
    /// where reading stopped and what kind of error it was, never the body's text: parser messages can quote the body,
    /// identity numbers included.
    /// </summary>
    public sealed class FregResponseFormatException : FregApiException
    {
        /// <summary>Creates the exception for an unreadable success body.</summary>
        public FregResponseFormatException(global::System.Net.HttpStatusCode statusCode, string operationId, string problem, global::System.Exception? innerException)
            : base(statusCode, operationId, null, "Freg's answer to " + operationId + " could not be read: " + problem + ".", innerException)
        {
        }

        private FregResponseFormatException(global::System.Net.HttpStatusCode statusCode, string operationId, string message, long bytePosition, long? lineNumber, long? bytePositionInLine, global::System.Exception? innerException)
            : base(statusCode, operationId, null, message, innerException)
        {
            BytePosition = bytePosition;
            LineNumber = lineNumber;
            BytePositionInLine = bytePositionInLine;
        }

        /// <summary>Where in the body reading stopped (a byte offset), when known.</summary>
        public long? BytePosition { get; }

        /// <summary>The line (from 0) of the error, when the JSON reader knew it.</summary>
        public long? LineNumber { get; }

        /// <summary>The byte within that line of the error, when the JSON reader knew it.</summary>
        public long? BytePositionInLine { get; }

        /// <summary>
        /// The answer as far as it could be read when only some of its values had the wrong type or format: those are null
        /// in it, and the message names where they stand. Cast it to the operation's result type.
        /// </summary>
        public object? PartialValue { get; private init; }

        internal static FregResponseFormatException EmptyBody(global::System.Net.HttpStatusCode statusCode, string operationId)
            => new(statusCode, operationId, "the body is empty", null);

        internal static FregResponseFormatException UnreadableValues(global::System.Net.HttpStatusCode statusCode, string operationId, string problems, object? partialValue)
            => new(statusCode, operationId, problems + "; the rest was read (PartialValue)", null) { PartialValue = partialValue };

        /// <summary>The body failed to parse: keep the kind of error and its position, drop every text taken from the body.</summary>
        internal static FregResponseFormatException Unreadable(global::System.Net.HttpStatusCode statusCode, string operationId, global::System.Exception error, long bytePosition)
        {
            var json = error as global::System.Text.Json.JsonException;
            var kind = FregJsonErrorKind.Of(error);
            var position = "at byte " + bytePosition.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                + (json?.LineNumber is { } line && json.BytePositionInLine is { } inLine
                    ? " (line " + line.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ", byte " + inLine.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " of the line)"
                    : string.Empty);
            var detail = global::FregGen.Runtime.Logging.FregLogRedactor.Redact(kind + " " + position);
            global::System.Exception inner = error switch
            {
                global::System.Text.Json.JsonException => new global::System.Text.Json.JsonException(detail, null, json!.LineNumber, json.BytePositionInLine),
                global::System.FormatException => new global::System.FormatException(detail),
                global::System.OverflowException => new global::System.OverflowException(detail),
                global::System.InvalidOperationException => new global::System.InvalidOperationException(detail),
                _ => new global::System.Text.Json.JsonException(detail + " (" + error.GetType().Name + ")"),
            };
            // Keep where in the code it failed; frames hold method names only.
            global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.SetRemoteStackTrace(inner, error.StackTrace ?? string.Empty);
            var problem = error is global::System.Text.Json.JsonException ? "the JSON body is malformed" : "a value in the JSON body has the wrong format or type";
            return new FregResponseFormatException(statusCode, operationId, "Freg's answer to " + operationId + " could not be read: " + problem + ": " + detail + ".", bytePosition, json?.LineNumber, json?.BytePositionInLine, inner);
        }
    }

    /// <summary>Names the kind of a JSON reading error from a fixed list, so that nothing of the message's quoted text is kept.</summary>
    internal static class FregJsonErrorKind
    {
        private static readonly (string Phrase, string Kind)[] Kinds =
        {
            ("invalid JSON literal", "an invalid literal (true, false or null expected)"),
            ("invalid start of a value", "an invalid start of a value"),
            ("invalid start of a property name", "an invalid start of a property name"),
            ("is invalid after a property name", "a missing ':' after a property name"),
            ("is invalid after a single JSON value", "data after the end of the JSON value"),
            ("is invalid after a value", "a missing ',' or closing bracket after a value"),
            ("without a matching open", "a closing bracket without a matching opening one"),
            ("end of a number", "an invalid number"),
            ("within a number", "an invalid number"),
            ("leading zero", "an invalid number"),
            ("Expected a digit", "an invalid number"),
            ("within a JSON string", "an invalid character in a string"),
            ("escapable character", "an invalid escape in a string"),
            ("hex character", "an invalid escape in a string"),
            ("Expected end of string", "an unterminated string"),
            ("Expected depth to be zero", "an unexpected end of the body"),
            ("reached end of data", "an unexpected end of the body"),
            ("input ended", "an unexpected end of the body"),
            ("incomplete", "an unexpected end of the body"),
            ("does not contain any JSON tokens", "no JSON value"),
            ("maximum configured depth", "nesting deeper than allowed"),
            ("UTF-8", "invalid UTF-8"),
            ("comment", "an invalid comment"),
            ("Cannot get the value of a token type", "a value of the wrong JSON type"),
            ("out of bounds", "a number out of range"),
        };

        public static string Of(global::System.Exception error)
        {
            var message = error.Message ?? string.Empty;
            if (TryOwnConverterMessage(message) is { } own)
            {
                return own;
            }

            foreach (var (phrase, kind) in Kinds)
            {
                if (message.IndexOf(phrase, global::System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return kind;
                }
            }

            return error switch
            {
                global::System.FormatException => "a value in the wrong format",
                global::System.OverflowException => "a number out of range",
                global::System.InvalidOperationException => "a value of the wrong JSON type",
                global::System.Text.Json.JsonException => "malformed JSON",
                _ => "an unexpected error",
            };
        }

        /// <summary>The generated converters' own "Expected a string but found Number at byte 12." carries no body text; anything else is not trusted.</summary>
        private static string? TryOwnConverterMessage(string message)
        {
            const string Expected = "Expected ";
            const string Found = " but found ";
            var found = message.IndexOf(Found, global::System.StringComparison.Ordinal);
            var at = message.IndexOf(" at byte ", global::System.StringComparison.Ordinal);
            if (!message.StartsWith(Expected, global::System.StringComparison.Ordinal) || found < 0 || at < found || message.Length > 200)
            {
                return null;
            }

            var expected = message.Substring(Expected.Length, found - Expected.Length);
            var token = message.Substring(found + Found.Length, at - found - Found.Length);
            foreach (var c in expected + token)
            {
                if (!(char.IsLetterOrDigit(c) || c is ' ' or '(' or ')' or '-' or ',' or ':'))
                {
                    return null;
                }
            }

            return expected + " expected, found " + token;
        }
    }
}
