using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FregGen.Catalogue;
using FregGen.Simulator.Freg;
using FregGen.Simulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FregGen.Simulator.Endpoints;

/// <summary>
/// Maps every operation of the spec (<see cref="FregOperation.All"/>, read from the generated client) under every
/// package's path segment, to the handler named here by the generated method it serves; the access filter decides what a
/// package may use. An operation without a handler, or a handler without an operation, stops the simulator from starting.
/// </summary>
internal static class PackageRoutes
{
    /// <summary>The handler of each operation, by the generated client method that calls it.</summary>
    public static IReadOnlyDictionary<string, Func<HttpContext, Task<IResult>>> Handlers { get; } = new Dictionary<string, Func<HttpContext, Task<IResult>>>(StringComparer.Ordinal)
    {
        [nameof(FregClient.HentSisteVersjonAvPersonAsync)] = Sync(PersonEndpoints.HentSisteVersjonAvPerson),
        [nameof(FregClient.HentPersonerAsync)] = PersonEndpoints.HentPersoner,
        [nameof(FregClient.PersonsoekAsync)] = Sync(PersonEndpoints.Personsoek),
        [nameof(FregClient.EntydigSoekAsync)] = Sync(PersonEndpoints.EntydigSoek),
        [nameof(FregClient.HentPersonXsdAsync)] = Sync(SchemaEndpoints.Person),
        [nameof(FregClient.HentArkivpersonAsync)] = Sync(ArchiveEndpoints.HentArkivperson),
        [nameof(FregClient.HentArkivpersonerAsync)] = ArchiveEndpoints.HentArkivpersoner,
        [nameof(FregClient.HentFeedSideAsync)] = Sync(EventEndpoints.HentFeedSide),
        [nameof(FregClient.HentTilpassetFeedSideAsync)] = Sync(FilteredFeedEndpoints.HentTilpassetFeedSide),
        [nameof(FregClient.SisteSekvensnummerIFeedAsync)] = Sync(EventEndpoints.SisteSekvensnummer),
        [nameof(FregClient.HentHendelseXsdAsync)] = Sync(SchemaEndpoints.Events),
        [nameof(FregClient.HentFeedXsdAsync)] = Sync(SchemaEndpoints.Feed),
        [nameof(FregClient.HentHendelseDokumentAsync)] = Sync(EventEndpoints.HentHendelseDokument),
        [nameof(FregClient.HentHendelseDokumenterAsync)] = EventEndpoints.HentHendelseDokumenter,
        [nameof(FregClient.LagKomplettUttrekkAsync)] = Sync(UttrekkEndpoints.LagKomplettUttrekk),
        [nameof(FregClient.LagTilpassetUttrekkAsync)] = UttrekkEndpoints.LagTilpassetUttrekk,
        [nameof(FregClient.HentBatchAsync)] = Sync(UttrekkEndpoints.HentBatch),
    };

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        var unserved = FregOperation.All.Where(operation => !Handlers.ContainsKey(operation.ClientMethod)).Select(operation => operation.ToString()).ToList();
        var unknown = Handlers.Keys.Where(method => FregOperation.All.All(operation => operation.ClientMethod != method)).ToList();
        if (unserved.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException("The simulator's handlers do not match the spec's operations. Without a handler: " + string.Join(", ", unserved) + ". Not an operation: " + string.Join(", ", unknown) + ".");
        }

        foreach (var package in state.Catalogue.Packages)
        {
            var group = app.MapGroup("/" + package.UrlPathSegment);
            foreach (var operation in FregOperation.All)
            {
                group.MapMethods(operation.PathTemplate, new[] { operation.Method }, Handlers[operation.ClientMethod])
                    .AddEndpointFilter(new PackageAccessFilter(state, package, operation))
                    .WithDisplayName(package.Id + " " + operation);
            }
        }
    }

    private static Func<HttpContext, Task<IResult>> Sync(Func<HttpContext, IResult> handler) => http => Task.FromResult(handler(http));
}
