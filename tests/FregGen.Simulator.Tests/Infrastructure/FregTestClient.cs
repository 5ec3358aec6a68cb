using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace FregGen.Simulator.Tests.Infrastructure;

/// <summary>Calls a running simulator the way a consumer does: Maskinporten token first, then the package's operations.</summary>
public sealed class FregTestClient : IDisposable
{
    /// <summary>Tokens by scope, with when they were issued: reused for well under the simulator's 120 s token lifetime.</summary>
    private static readonly TimeSpan TokenReuse = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset IssuedAt)> _tokens = new(StringComparer.Ordinal);

    public FregTestClient(FregSimulator simulator)
    {
        Simulator = simulator;
        Grants = new GrantFactory();
    }

    public FregSimulator Simulator { get; }

    public GrantFactory Grants { get; }

    public HttpClient Http { get; } = new();

    public async Task<HttpResponseMessage> RequestTokenAsync(string grant)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = grant,
        });
        return await Http.PostAsync(Simulator.TokenEndpoint, form);
    }

    public async Task<string> TokenAsync(string scope)
    {
        if (_tokens.TryGetValue(scope, out var cached) && DateTimeOffset.UtcNow - cached.IssuedAt < TokenReuse)
        {
            return cached.Token;
        }

        var issuedAt = DateTimeOffset.UtcNow;

        using var response = await RequestTokenAsync(Grants.Create(Simulator.MaskinportenAudience, scope));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var document = JsonDocument.Parse(body);
        var token = document.RootElement.GetProperty("access_token").GetString()!;
        _tokens[scope] = (token, issuedAt);
        return token;
    }

    public Uri Url(string package, string relative) => new(Simulator.GetPackageAddress(package), relative.TrimStart('/'));

    public async Task<HttpResponseMessage> SendAsync(string package, HttpMethod method, string relative, object? jsonBody = null, string? accept = "application/json", string? scope = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, Url(package, relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(scope ?? Simulator.GetScope(package)));
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody as string ?? JsonSerializer.Serialize(jsonBody), Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string package, string relative, int expectedStatus = 200)
    {
        using var response = await SendAsync(package, HttpMethod.Get, relative);
        return await ReadJsonAsync(response, expectedStatus);
    }

    public async Task<JsonElement> PostJsonAsync(string package, string relative, object body, int expectedStatus = 200)
    {
        using var response = await SendAsync(package, HttpMethod.Post, relative, body);
        return await ReadJsonAsync(response, expectedStatus);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, "Expected " + expectedStatus + ", got " + (int)response.StatusCode + ": " + Truncate(body));
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        Http.Dispose();
        Grants.Dispose();
    }

    private static string Truncate(string text) => text.Length > 600 ? text.Substring(0, 600) + "…" : text;
}
