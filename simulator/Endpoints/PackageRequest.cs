using FregGen.Catalogue;
using FregGen.Simulator.State;
using FregGen.Simulator.Maskinporten;
using Microsoft.AspNetCore.Http;

namespace FregGen.Simulator.Endpoints;

/// <summary>An authorised request to a package's operation: what the access filter established, for the handler.</summary>
internal sealed record PackageRequest(SimulatorState State, RightsPackage Package, FregOperation Operation, IssuedAccessToken Token, string MediaType)
{
    private const string ItemKey = "FregGen.Simulator.PackageRequest";

    public static PackageRequest From(HttpContext http) => (PackageRequest)http.Items[ItemKey]!;

    public void Attach(HttpContext http) => http.Items[ItemKey] = this;
}
