using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>Writes a JSON document with a status code and optional response headers.</summary>
internal sealed class JsonNodeResult : IResult
{
    private readonly JsonNode? _body;
    private readonly int _status;
    private readonly (string Name, string Value)[] _headers;

    public JsonNodeResult(JsonNode? body, int status, params (string Name, string Value)[] headers)
    {
        _body = body;
        _status = status;
        _headers = headers;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = _status;
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (_body is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            _body.WriteTo(writer);
        }

        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
