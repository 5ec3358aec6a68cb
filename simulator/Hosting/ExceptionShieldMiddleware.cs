using System;
using System.Threading.Tasks;
using FregGen.Simulator.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FregGen.Simulator.Hosting;

/// <summary>Turns an unhandled exception into a 500 FolkeregisterFeilmelding, logging only the operation and exception type (never the path, which may hold an identity number).</summary>
internal static class ExceptionShieldMiddleware
{
    public static async Task InvokeAsync(HttpContext http, Func<Task> next, ILogger logger)
    {
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (Exception exception) when (!http.Response.HasStarted && exception is not OperationCanceledException)
        {
            logger.LogError("Unhandled {ExceptionType} in {Operation}.", exception.GetType().Name, http.GetEndpoint()?.DisplayName ?? "an unmapped request");
            http.Response.Clear();
            await FregResults.Error(http, StatusCodes.Status500InternalServerError, "Intern feil i simulatoren.").ExecuteAsync(http).ConfigureAwait(false);
        }
    }
}
