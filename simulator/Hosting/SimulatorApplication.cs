using System;
using System.Net;
using FregGen.Simulator.Endpoints;
using FregGen.Simulator.Faults;
using FregGen.Simulator.Maskinporten;
using FregGen.Simulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FregGen.Simulator.Hosting;

/// <summary>Builds the ASP.NET Core application: Kestrel on 127.0.0.1, quiet logging without request paths, fault injection, and the endpoints.</summary>
internal static class SimulatorApplication
{
    public static WebApplication Build(SimulatorState state, Func<WebApplication, FregSimulator> attach)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorApplication).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(state.Options.MinimumLogLevel);
        if (state.Options.LogToConsole)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, state.Options.Port));
        var app = builder.Build();
        var simulator = attach(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FregGen.Simulator");
        app.Use((http, next) => ExceptionShieldMiddleware.InvokeAsync(http, () => next(http), logger));
        app.Use((http, next) => FaultInjectionMiddleware.InvokeAsync(http, () => next(http), state.Faults));
        AdminEndpoints.Map(app, simulator);
        MaskinportenEndpoints.Map(app, state);
        PackageRoutes.Map(app, state);
        app.MapFallback((Func<HttpContext, IResult>)(http => FregResults.NotFound(http, "Ukjent ressurs.")));
        return app;
    }
}
