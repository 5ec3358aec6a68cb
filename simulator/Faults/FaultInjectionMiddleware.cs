using System;
using System.Globalization;
using System.Threading.Tasks;
using FregGen.Simulator.Endpoints;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Faults;

/// <summary>Counts requests and applies the next matching injected fault before the request reaches Maskinporten or Freg.</summary>
internal static class FaultInjectionMiddleware
{
    public const string AdminPathPrefix = "/admin";
    public const string FregPathPrefix = "/folkeregisteret/";

    public static async Task InvokeAsync(HttpContext http, Func<Task> next, FregSimulatorFaults faults)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (path.StartsWith(AdminPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next().ConfigureAwait(false);
            return;
        }

        faults.CountRequest();
        var rule = faults.Take(path, path.StartsWith(FregPathPrefix, StringComparison.OrdinalIgnoreCase));
        switch (rule?.Kind)
        {
            case FaultKind.TooManyRequests:
                await FregResults.Error(
                        http,
                        StatusCodes.Status429TooManyRequests,
                        "For mange kall er gjort på kort tid. Vent i minimum antall ms oppgitt i Retry-After header før neste request utføres.",
                        ("Retry-After", ((long)Math.Ceiling(rule.Duration.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture)))
                    .ExecuteAsync(http)
                    .ConfigureAwait(false);
                return;
            case FaultKind.Status:
                await FregResults.Error(http, rule.Status, "Simulert feil (" + rule.Status.ToString(CultureInfo.InvariantCulture) + ").").ExecuteAsync(http).ConfigureAwait(false);
                return;
            case FaultKind.Delay:
                await Task.Delay(rule.Duration, http.RequestAborted).ConfigureAwait(false);
                break;
        }

        await next().ConfigureAwait(false);
    }
}
