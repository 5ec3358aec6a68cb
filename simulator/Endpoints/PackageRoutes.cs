using System;
using System.Threading.Tasks;
using FregGen.Catalogue;
using FregGen.Simulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FregGen.Simulator.Endpoints;

/// <summary>Maps every operation of the spec under every package's path segment; the access filter decides what a package may use.</summary>
internal static class PackageRoutes
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        foreach (var package in state.Catalogue.Packages)
        {
            var group = app.MapGroup("/" + package.UrlPathSegment);
            Map(group, state, package, FregOperation.HentSisteVersjonAvPerson, PersonEndpoints.HentSisteVersjonAvPerson);
            Map(group, state, package, FregOperation.HentPersoner, PersonEndpoints.HentPersoner);
            Map(group, state, package, FregOperation.Personsoek, PersonEndpoints.Personsoek);
            Map(group, state, package, FregOperation.EntydigSoek, PersonEndpoints.EntydigSoek);
            Map(group, state, package, FregOperation.GetPersonXsd, SchemaEndpoints.Person);
            Map(group, state, package, FregOperation.HentArkivperson, ArchiveEndpoints.HentArkivperson);
            Map(group, state, package, FregOperation.HentArkivpersoner, ArchiveEndpoints.HentArkivpersoner);
            Map(group, state, package, FregOperation.HentFeedSide, EventEndpoints.HentFeedSide);
            Map(group, state, package, FregOperation.HentTilpassetFeedSide, FilteredFeedEndpoints.HentTilpassetFeedSide);
            Map(group, state, package, FregOperation.SisteSekvensnummerIFeed, EventEndpoints.SisteSekvensnummer);
            Map(group, state, package, FregOperation.GetHendelseXsd, SchemaEndpoints.Events);
            Map(group, state, package, FregOperation.GetFeedXsd, SchemaEndpoints.Feed);
            Map(group, state, package, FregOperation.HentHendelseDokument, EventEndpoints.HentHendelseDokument);
            Map(group, state, package, FregOperation.HentHendelseDokumenter, EventEndpoints.HentHendelseDokumenter);
            Map(group, state, package, FregOperation.LagKomplettUttrekk, UttrekkEndpoints.LagKomplettUttrekk);
            Map(group, state, package, FregOperation.LagTilpassetUttrekk, UttrekkEndpoints.LagTilpassetUttrekk);
            Map(group, state, package, FregOperation.HentBatch, UttrekkEndpoints.HentBatch);
        }
    }

    private static void Map(RouteGroupBuilder group, SimulatorState state, RightsPackage package, FregOperation operation, Func<HttpContext, IResult> handler)
        => Configure(group.MapMethods(operation.PathTemplate, new[] { operation.Method }, (Delegate)handler), state, package, operation);

    private static void Map(RouteGroupBuilder group, SimulatorState state, RightsPackage package, FregOperation operation, Func<HttpContext, Task<IResult>> handler)
        => Configure(group.MapMethods(operation.PathTemplate, new[] { operation.Method }, (Delegate)handler), state, package, operation);

    private static void Configure(RouteHandlerBuilder endpoint, SimulatorState state, RightsPackage package, FregOperation operation)
        => endpoint.AddEndpointFilter(new PackageAccessFilter(state, package, operation)).WithDisplayName(package.Id + " " + operation.OperationId);
}
