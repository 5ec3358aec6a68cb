using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Runtime.Tests.Infrastructure;

/// <summary>A primary handler that answers from a script, one step per request, and records what it was sent.</summary>
internal sealed class ScriptedHttpMessageHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> steps = new();
    private readonly List<RecordedRequest> requests = [];

    internal IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToArray();
            }
        }
    }

    internal int CallCount => Requests.Count;

    internal ScriptedHttpMessageHandler Respond(HttpStatusCode status, Action<HttpResponseMessage>? configure = null)
    {
        steps.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent($"{{\"status\":{(int)status}}}") };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    internal ScriptedHttpMessageHandler RespondTooManyRequests(string? retryAfter)
        => Respond(HttpStatusCode.TooManyRequests, response =>
        {
            if (retryAfter is not null)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            }
        });

    internal ScriptedHttpMessageHandler Throw(Exception exception)
    {
        steps.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>A step that never answers until the request is cancelled (for timeouts and cancellation).</summary>
    internal ScriptedHttpMessageHandler Hang()
    {
        steps.Enqueue(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        lock (requests)
        {
            requests.Add(new RecordedRequest(request.Method, request.RequestUri, request.Headers.Authorization?.ToString(), body));
        }

        if (!steps.TryDequeue(out var step))
        {
            throw new InvalidOperationException("The script has no more steps.");
        }

        var response = await step(request, cancellationToken).ConfigureAwait(false);
        response.RequestMessage = request;
        return response;
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    internal sealed record RecordedRequest(HttpMethod Method, Uri? Uri, string? Authorization, string? Body);
}
