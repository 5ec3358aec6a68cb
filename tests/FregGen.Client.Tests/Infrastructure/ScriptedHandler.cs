using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Client.Tests.Infrastructure;

/// <summary>An HttpMessageHandler that answers from a script and records every request (with its body).</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, string?, HttpResponseMessage> _respond;

    public ScriptedHandler(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) => _respond = respond;

    public ConcurrentQueue<(HttpRequestMessage Request, string? Body)> Requests { get; } = new();

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK)
        => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static HttpClient Client(ScriptedHandler handler)
        => new(handler) { BaseAddress = new Uri("https://freg.test/folkeregisteret/offentlig-med-hjemmel/api/") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request, body));
        return _respond(request, body);
    }
}
