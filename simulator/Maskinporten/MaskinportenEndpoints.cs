using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FregGen.Simulator.Endpoints;
using FregGen.Simulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FregGen.Simulator.Maskinporten;

/// <summary>The fake Maskinporten: the token endpoint (JWT grant), its metadata and its signing key.</summary>
internal static class MaskinportenEndpoints
{
    public const string JwtBearerGrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapPost("/maskinporten/token", (Func<HttpContext, Task<IResult>>)(http => IssueAsync(http, state)));
        app.MapGet("/maskinporten/.well-known/oauth-authorization-server", (Func<IResult>)(() => FregResults.Json(new JsonObject
        {
            ["issuer"] = state.MaskinportenIssuer,
            ["token_endpoint"] = state.MaskinportenIssuer + "token",
            ["jwks_uri"] = state.MaskinportenIssuer + "jwk",
            ["grant_types_supported"] = new JsonArray(JwtBearerGrantType),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            ["token_endpoint_auth_signing_alg_values_supported"] = new JsonArray("RS256"),
        })));
        app.MapGet("/maskinporten/jwk", (Func<IResult>)(() =>
        {
            var key = state.Issuer.PublicKey;
            return FregResults.Json(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject { ["kty"] = key.Kty, ["use"] = key.Use, ["alg"] = key.Alg, ["kid"] = key.Kid, ["n"] = key.N, ["e"] = key.E }),
            });
        }));
    }

    private static async Task<IResult> IssueAsync(HttpContext http, SimulatorState state)
    {
        if (!http.Request.HasFormContentType)
        {
            return OAuthError("invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        if (!string.Equals(form["grant_type"].ToString(), JwtBearerGrantType, StringComparison.Ordinal))
        {
            return OAuthError("unsupported_grant_type", "grant_type must be " + JwtBearerGrantType + ".");
        }

        var assertion = form["assertion"].ToString();
        if (string.IsNullOrWhiteSpace(assertion))
        {
            return OAuthError("invalid_request", "The assertion parameter is missing.");
        }

        var result = await state.GrantValidator.ValidateAsync(assertion).ConfigureAwait(false);
        if (!result.IsValid)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FregGen.Simulator.Maskinporten").LogInformation("Maskinporten grant rejected: {Error}", result.Error);
            return OAuthError(result.Error!, result.ErrorDescription!);
        }

        var token = state.Issuer.Issue(result.ClientId!, result.Scopes);
        return FregResults.Json(new JsonObject
        {
            ["access_token"] = token.Token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)Math.Round(state.Issuer.Lifetime.TotalSeconds),
            ["scope"] = string.Join(' ', result.Scopes),
        });
    }

    private static IResult OAuthError(string error, string description)
        => FregResults.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, StatusCodes.Status400BadRequest);
}
