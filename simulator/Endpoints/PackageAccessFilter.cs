using System;
using System.Threading.Tasks;
using FregGen.Catalogue;
using FregGen.Simulator.State;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>
/// Freg's checks before an operation runs: a valid bearer token (401), the package's scope (403), the operation offered to
/// the package (403), and an Accept the operation can serve (406).
/// </summary>
internal sealed class PackageAccessFilter : IEndpointFilter
{
    private readonly SimulatorState _state;
    private readonly RightsPackage _package;
    private readonly FregOperation _operation;

    public PackageAccessFilter(SimulatorState state, RightsPackage package, FregOperation operation)
    {
        _state = state;
        _package = package;
        _operation = operation;
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var authorization = http.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return FregResults.Error(http, StatusCodes.Status401Unauthorized, "Mangler access token (Authorization: Bearer).", ("WWW-Authenticate", "Bearer"));
        }

        var token = _state.Tokens.FindValid(authorization.Substring(Bearer.Length).Trim(), _state.Time.GetUtcNow());
        if (token is null)
        {
            return FregResults.Error(http, StatusCodes.Status401Unauthorized, "Ugyldig eller utløpt access token.", ("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }

        var hasScope = false;
        foreach (var scope in _package.Scopes)
        {
            hasScope |= token.Scopes.Contains(scope);
        }

        if (!hasScope)
        {
            return FregResults.Error(http, StatusCodes.Status403Forbidden, "Access tokenet mangler scope for rettighetspakken " + _package.Id + " (" + _package.PrimaryScope + ").");
        }

        if (!_package.GrantsOperation(_operation.Method, _operation.PathTemplate))
        {
            return FregResults.Error(http, StatusCodes.Status403Forbidden, "Rettighetspakken " + _package.Id + " gir ikke tilgang til " + _operation + ".");
        }

        var mediaType = _operation.Format switch
        {
            ResponseFormat.Xsd => MediaTypeNegotiation.Choose(http.Request, MediaTypeNegotiation.Xml),
            ResponseFormat.SequenceNumber => MediaTypeNegotiation.Choose(http.Request, MediaTypeNegotiation.Json, MediaTypeNegotiation.PlainText),
            _ => MediaTypeNegotiation.Choose(http.Request, MediaTypeNegotiation.Json),
        };
        if (mediaType is null)
        {
            return FregResults.Error(http, StatusCodes.Status406NotAcceptable, "Simulatoren kan ikke svare med medietypen i Accept for " + _operation + ".");
        }

        new PackageRequest(_state, _package, _operation, token, mediaType).Attach(http);
        return await next(context).ConfigureAwait(false);
    }
}
