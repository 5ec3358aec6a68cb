namespace FregGenTemplateNamespace
{
    /// <summary>A conditional GET's answer: the value, or <see cref="NotModified"/> when the server answered 304.</summary>
    public sealed class FregConditionalResponse<T>
        where T : class
    {
        internal FregConditionalResponse(T? value, string? eTag, bool notModified)
        {
            Value = value;
            ETag = eTag;
            NotModified = notModified;
        }

        /// <summary>The body; <c>null</c> when <see cref="NotModified"/>.</summary>
        public T? Value { get; }

        /// <summary>The ETag to send as If-None-Match next time.</summary>
        public string? ETag { get; }

        /// <summary>The server answered 304 Not Modified: nothing new since the ETag that was sent.</summary>
        [global::System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Value))]
        public bool NotModified { get; }
    }

    /// <summary>Builds a request path relative to the client's base address, escaping every value.</summary>
    internal sealed class FregUrlBuilder
    {
        private readonly global::System.Text.StringBuilder _builder;
        private bool _hasQuery;

        public FregUrlBuilder(string path) => _builder = new global::System.Text.StringBuilder(path, 128);

        public void Path(string literal) => _builder.Append(literal);

        public void PathValue(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new global::System.ArgumentException("The path value '" + name + "' must not be empty.", name);
            }

            _builder.Append(global::System.Uri.EscapeDataString(value));
        }

        public void PathValue(string name, long value) => _builder.Append(value.ToString(global::System.Globalization.CultureInfo.InvariantCulture));

        public void Query(string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            _builder.Append(_hasQuery ? '&' : '?').Append(global::System.Uri.EscapeDataString(name)).Append('=').Append(global::System.Uri.EscapeDataString(value));
            _hasQuery = true;
        }

        public void Query(string name, bool? value) => Query(name, value is null ? null : value.Value ? "true" : "false");

        public void Query(string name, int? value) => Query(name, value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture));

        public void Query(string name, long? value) => Query(name, value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture));

        public void Query(string name, double? value) => Query(name, value?.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture));

        public void Query(string name, global::System.DateOnly? value) => Query(name, value?.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture));

        public void Query(string name, global::System.DateTimeOffset? value) => Query(name, value?.ToString("O", global::System.Globalization.CultureInfo.InvariantCulture));

        public void Query(string name, global::System.Collections.Generic.IEnumerable<string>? values)
        {
            if (values is null)
            {
                return;
            }

            foreach (var value in values)
            {
                Query(name, value);
            }
        }

        /// <summary>Adds each distinct part once (<c>part=navn&amp;part=bostedsadresse</c>).</summary>
        public void Parts(string name, global::System.Collections.Generic.IEnumerable<FregPart>? parts)
        {
            if (parts is null)
            {
                return;
            }

            var seen = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.OrdinalIgnoreCase);
            foreach (var part in parts)
            {
                if (part.Value.Length > 0 && seen.Add(part.Value))
                {
                    Query(name, part.Value);
                }
            }
        }

        public override string ToString() => _builder.ToString();
    }

    /// <summary>One call of an operation: the client, the operation and, for lookups, what the audit hook needs.</summary>
    internal sealed class FregCall
    {
        public FregCall(global::System.Net.Http.HttpClient httpClient, FregOperation operation, FregAudit? audit = null)
        {
            HttpClient = httpClient;
            Operation = operation;
            Audit = audit;
        }

        public global::System.Net.Http.HttpClient HttpClient { get; }

        public FregOperation Operation { get; }

        public FregAudit? Audit { get; }

        /// <summary>The identifiers the lookup asks for (a path value, or a bulk request's list).</summary>
        public global::System.Collections.Generic.IReadOnlyList<string>? Identifiers { get; init; }

        /// <summary>The part selection sent.</summary>
        public global::System.Collections.Generic.IEnumerable<FregPart>? Parts { get; init; }
    }

    /// <summary>Sends requests and turns answers into values or typed exceptions, with a span, metrics and the lookup audit.</summary>
    internal static partial class FregHttp
    {
        private const int InitialBufferSize = 16 * 1024;

        public static global::System.Net.Http.HttpRequestMessage Request(global::System.Net.Http.HttpMethod method, FregUrlBuilder url, string accept)
        {
            var request = new global::System.Net.Http.HttpRequestMessage(method, new global::System.Uri(url.ToString(), global::System.UriKind.Relative));
            request.Headers.Accept.Add(new global::System.Net.Http.Headers.MediaTypeWithQualityHeaderValue(accept));
            return request;
        }

        public static global::System.Net.Http.HttpContent JsonContent<T>(T body, FregJsonWriteAction<T> write)
        {
            var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(InitialBufferSize);
            // The generated writers always produce well-formed JSON; JsonSerializer skips the same checks.
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer, new global::System.Text.Json.JsonWriterOptions { SkipValidation = true }))
            {
                write(writer, body);
            }

            var content = new global::System.Net.Http.ReadOnlyMemoryContent(buffer.WrittenMemory);
            content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return content;
        }

        public static async global::System.Threading.Tasks.Task SendAsync(FregCall call, global::System.Net.Http.HttpRequestMessage request, global::System.Threading.CancellationToken cancellationToken)
        {
            var telemetry = Start(call, request);
            try
            {
                using var response = await SendAsync(call, request, telemetry, cancellationToken).ConfigureAwait(false);
                await EnsureSuccessAsync(call, telemetry, response, cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.Exception exception)
            {
                telemetry.Failed(exception);
                throw;
            }
            finally
            {
                telemetry.Stop();
            }
        }

        public static async global::System.Threading.Tasks.Task<string> SendForTextAsync(FregCall call, global::System.Net.Http.HttpRequestMessage request, global::System.Threading.CancellationToken cancellationToken)
        {
            var telemetry = Start(call, request);
            try
            {
                using var response = await SendAsync(call, request, telemetry, cancellationToken).ConfigureAwait(false);
                await EnsureSuccessAsync(call, telemetry, response, cancellationToken).ConfigureAwait(false);
                return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.Exception exception)
            {
                telemetry.Failed(exception);
                throw;
            }
            finally
            {
                telemetry.Stop();
            }
        }

        public static global::System.Threading.Tasks.Task<T> SendForJsonAsync<T>(FregCall call, global::System.Net.Http.HttpRequestMessage request, FregJsonReadFunc<T?> read, global::System.Threading.CancellationToken cancellationToken)
            where T : class
            => SendForJsonAsync(call, request, read, null, cancellationToken);

        /// <summary>Sends a request whose JSON answer is read with <paramref name="read"/>; for searches, <paramref name="personsFound"/> gives the identity numbers in the answer to the audit hook.</summary>
        /// <param name="call">The call: client, operation and audit details.</param>
        /// <param name="request">The request.</param>
        /// <param name="read">Reads the answer.</param>
        /// <param name="personsFound">For searches: the identity numbers in the answer, for the audit hook.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        public static async global::System.Threading.Tasks.Task<T> SendForJsonAsync<T>(FregCall call, global::System.Net.Http.HttpRequestMessage request, FregJsonReadFunc<T?> read, global::System.Func<T, global::System.Collections.Generic.IReadOnlyList<string>>? personsFound, global::System.Threading.CancellationToken cancellationToken)
            where T : class
        {
            var telemetry = Start(call, request);
            try
            {
                using var response = await SendAsync(call, request, telemetry, cancellationToken).ConfigureAwait(false);
                await EnsureSuccessAsync(call, telemetry, response, cancellationToken).ConfigureAwait(false);
                var value = await ReadJsonAsync(response, call.Operation.OperationId, read, cancellationToken).ConfigureAwait(false)
                    ?? throw FregResponseFormatException.EmptyBody(response.StatusCode, call.Operation.OperationId);
                await FregAudit.RecordAsync(call, telemetry, (int)response.StatusCode, personsFound?.Invoke(value), cancellationToken).ConfigureAwait(false);
                return value;
            }
            catch (global::System.Exception exception)
            {
                telemetry.Failed(exception);
                throw;
            }
            finally
            {
                telemetry.Stop();
            }
        }

        public static async global::System.Threading.Tasks.Task<T> SendForJsonValueAsync<T>(FregCall call, global::System.Net.Http.HttpRequestMessage request, FregJsonReadFunc<T?> read, global::System.Threading.CancellationToken cancellationToken)
            where T : struct
        {
            var telemetry = Start(call, request);
            try
            {
                using var response = await SendAsync(call, request, telemetry, cancellationToken).ConfigureAwait(false);
                await EnsureSuccessAsync(call, telemetry, response, cancellationToken).ConfigureAwait(false);
                return await ReadJsonAsync(response, call.Operation.OperationId, read, cancellationToken).ConfigureAwait(false)
                    ?? throw FregResponseFormatException.EmptyBody(response.StatusCode, call.Operation.OperationId);
            }
            catch (global::System.Exception exception)
            {
                telemetry.Failed(exception);
                throw;
            }
            finally
            {
                telemetry.Stop();
            }
        }

        public static async global::System.Threading.Tasks.Task<FregConditionalResponse<T>> SendConditionalForJsonAsync<T>(FregCall call, global::System.Net.Http.HttpRequestMessage request, string? ifNoneMatch, FregJsonReadFunc<T?> read, global::System.Threading.CancellationToken cancellationToken)
            where T : class
        {
            if (!string.IsNullOrEmpty(ifNoneMatch))
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            }

            var telemetry = Start(call, request);
            try
            {
                using var response = await SendAsync(call, request, telemetry, cancellationToken).ConfigureAwait(false);
                var eTag = response.Headers.ETag?.ToString();
                if (response.StatusCode == global::System.Net.HttpStatusCode.NotModified)
                {
                    return new FregConditionalResponse<T>(null, eTag ?? ifNoneMatch, notModified: true);
                }

                await EnsureSuccessAsync(call, telemetry, response, cancellationToken).ConfigureAwait(false);
                var value = await ReadJsonAsync(response, call.Operation.OperationId, read, cancellationToken).ConfigureAwait(false)
                    ?? throw FregResponseFormatException.EmptyBody(response.StatusCode, call.Operation.OperationId);
                return new FregConditionalResponse<T>(value, eTag, notModified: false);
            }
            catch (global::System.Exception exception)
            {
                telemetry.Failed(exception);
                throw;
            }
            finally
            {
                telemetry.Stop();
            }
        }

        /// <summary>Items <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="count"/> of a list, for splitting bulk requests.</summary>
        public static global::System.Collections.Generic.List<T> Slice<T>(global::System.Collections.Generic.IReadOnlyList<T> items, int offset, int count)
        {
            var end = global::System.Math.Min(items.Count, offset + count);
            var slice = new global::System.Collections.Generic.List<T>(end - offset);
            for (var i = offset; i < end; i++)
            {
                slice.Add(items[i]);
            }

            return slice;
        }

        /// <summary>The request's path as a template from the host's root: the client's base path, then the spec's path template.</summary>
        public static string RouteTemplate(global::System.Uri? baseAddress, string pathTemplate)
        {
            var basePath = baseAddress is { IsAbsoluteUri: true } ? baseAddress.AbsolutePath.TrimEnd('/') : string.Empty;
            return basePath + "/" + pathTemplate.TrimStart('/');
        }

        /// <summary><c>NameResolutionError</c> → <c>name_resolution_error</c>, for OpenTelemetry's error.type.</summary>
        public static string SnakeCase(string name)
        {
            var builder = new global::System.Text.StringBuilder(name.Length + 8);
            for (var i = 0; i < name.Length; i++)
            {
                if (char.IsUpper(name[i]) && i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(name[i]));
            }

            return builder.ToString();
        }

        /// <summary>Adds the standard RequestMetadata when the project references Microsoft.Extensions.Telemetry.Abstractions.</summary>
        static partial void AddRequestMetadata(global::System.Net.Http.HttpRequestMessage request, FregOperation operation, string routeTemplate);

        private static FregOperationTelemetry Start(FregCall call, global::System.Net.Http.HttpRequestMessage request)
        {
            var telemetry = FregOperationTelemetry.Start(call, request);
            if (request.Options.TryGetValue(FregRequestOptions.RouteTemplate, out var route))
            {
                AddRequestMetadata(request, call.Operation, route);
            }

            return telemetry;
        }

        private static async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(FregCall call, global::System.Net.Http.HttpRequestMessage request, FregOperationTelemetry telemetry, global::System.Threading.CancellationToken cancellationToken)
        {
            FregAudit.CheckPurpose(call);
            var response = await call.HttpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            telemetry.Responded(request, response);
            return response;
        }

        private static async global::System.Threading.Tasks.Task EnsureSuccessAsync(FregCall call, FregOperationTelemetry telemetry, global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken)
        {
            if (!response.IsSuccessStatusCode)
            {
                var exception = await FregApiException.CreateAsync(response, call.Operation.OperationId, cancellationToken).ConfigureAwait(false);
                // Refused lookups are recorded too; Freg's error is what the caller sees, whatever the auditor does.
                await FregAudit.RecordAsync(call, telemetry, (int)response.StatusCode, null, cancellationToken).ConfigureAwait(false);
                throw exception;
            }
        }

        private static async global::System.Threading.Tasks.Task<T?> ReadJsonAsync<T>(global::System.Net.Http.HttpResponseMessage response, string operationId, FregJsonReadFunc<T?> read, global::System.Threading.CancellationToken cancellationToken)
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !mediaType.EndsWith("json", global::System.StringComparison.OrdinalIgnoreCase))
            {
                throw new FregResponseFormatException(response.StatusCode, operationId, "expected a JSON body but got '" + global::FregGen.Runtime.Logging.FregLogRedactor.Redact(mediaType) + "'", null);
            }

            var length = response.Content.Headers.ContentLength;
            var buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(length is > 0 and < int.MaxValue ? (int)length.Value : InitialBufferSize);
            var count = 0;
            try
            {
                using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
                {
                    int bytesRead;
                    while ((bytesRead = await stream.ReadAsync(new global::System.Memory<byte>(buffer, count, buffer.Length - count), cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        count += bytesRead;
                        if (count == buffer.Length)
                        {
                            var larger = global::System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                            global::System.Buffer.BlockCopy(buffer, 0, larger, 0, count);
                            global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }
                    }
                }

                return Parse(buffer, count, response.StatusCode, operationId, read);
            }
            finally
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private static T? Parse<T>(byte[] buffer, int count, global::System.Net.HttpStatusCode status, string operationId, FregJsonReadFunc<T?> read)
        {
            if (count == 0)
            {
                return default;
            }

            // A value of the wrong type or format is left out and named by its position, so the rest of the answer stays usable.
            using var problems = FregJsonProblems.Collect();
            using var answer = FregStringCache.BeginAnswer();
            T? value;
            var reader = new global::System.Text.Json.Utf8JsonReader(new global::System.ReadOnlySpan<byte>(buffer, 0, count), new global::System.Text.Json.JsonReaderOptions { CommentHandling = global::System.Text.Json.JsonCommentHandling.Skip });
            try
            {
                if (!reader.Read())
                {
                    return default;
                }

                value = read(ref reader);
                reader.Read();
            }
            catch (global::System.Exception exception) when (exception is not global::System.OperationCanceledException)
            {
                // The reader's and the converters' messages can quote the body (an invalid literal quotes what follows it,
                // identity numbers included): keep where and what kind of error, never the text.
                throw FregResponseFormatException.Unreadable(status, operationId, exception, reader.BytesConsumed);
            }

            if (problems.Count > 0)
            {
                throw FregResponseFormatException.UnreadableValues(status, operationId, problems.Describe(new global::System.ReadOnlySpan<byte>(buffer, 0, count)), value);
            }

            return value;
        }
    }
}
