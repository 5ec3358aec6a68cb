using System;
using System.Net.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace FregGen.Runtime.Logging;

/// <summary>
/// An <see cref="IHttpClientLogger"/> for Freg clients: it logs method, URL, status and duration like the default
/// HttpClientFactory logging, but with identity numbers removed from the path (Freg puts them there, as in
/// <c>/v1/personer/{fnr}</c>) and the query string hidden (search filters hold names and birth dates). Exceptions are
/// logged by type only, since their messages are not ours to vouch for.
/// </summary>
internal sealed partial class FregRedactingHttpClientLogger : IHttpClientLogger
{
    private readonly ILogger logger;

    internal FregRedactingHttpClientLogger(ILogger logger)
    {
        this.logger = logger;
    }

    public object? LogRequestStart(HttpRequestMessage request)
    {
        RequestStarted(logger, request.Method.Method, RedactedUri(request.RequestUri));
        return null;
    }

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
        => RequestEnded(logger, request.Method.Method, RedactedUri(request.RequestUri), (int)response.StatusCode, elapsed.TotalMilliseconds);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
        => RequestFailed(logger, request.Method.Method, RedactedUri(request.RequestUri), exception.GetType().Name, elapsed.TotalMilliseconds);

    /// <summary>The URL with identity numbers in the path replaced and any query shown as <c>?*</c>.</summary>
    internal static string RedactedUri(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        if (!uri.IsAbsoluteUri)
        {
            var text = uri.OriginalString;
            var queryStart = text.IndexOf('?', StringComparison.Ordinal);
            return queryStart < 0 ? FregLogRedactor.Redact(text) : FregLogRedactor.Redact(text[..queryStart]) + "?*";
        }

        var path = FregLogRedactor.Redact(uri.GetLeftPart(UriPartial.Path));
        return uri.Query.Length > 0 ? path + "?*" : path;
    }

    [LoggerMessage(EventId = 100, EventName = "FregRequestStart", Level = LogLevel.Information,
        Message = "Sending HTTP request {HttpMethod} {Uri}")]
    private static partial void RequestStarted(ILogger logger, string httpMethod, string uri);

    [LoggerMessage(EventId = 101, EventName = "FregRequestEnd", Level = LogLevel.Information,
        Message = "Received HTTP response {HttpMethod} {Uri} - {StatusCode} in {ElapsedMilliseconds}ms")]
    private static partial void RequestEnded(ILogger logger, string httpMethod, string uri, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 102, EventName = "FregRequestFailed", Level = LogLevel.Warning,
        Message = "HTTP request {HttpMethod} {Uri} failed with {ExceptionType} after {ElapsedMilliseconds}ms")]
    private static partial void RequestFailed(ILogger logger, string httpMethod, string uri, string exceptionType, double elapsedMilliseconds);
}
