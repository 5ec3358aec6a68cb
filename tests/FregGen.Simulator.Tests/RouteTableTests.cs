using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FregGen.Simulator.Endpoints;
using FregGen.Simulator.Tests.Conformance;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>The simulator's routes come from the generated client's [FregOperation] attributes: exactly the OMH specs' operations, each with a handler, under every package.</summary>
[Collection(SimulatorCollection.Name)]
public sealed class RouteTableTests
{
    private readonly SimulatorFixture _fixture;

    public RouteTableTests(SimulatorFixture fixture) => _fixture = fixture;

    /// <summary>The embedded spec's operations, and OMH 1.6.2's too, so clients generated from either version can be tested.</summary>
    [Fact]
    public void The_operations_are_exactly_those_of_the_published_OMH_specs()
    {
        var spec = new[] { PublishedSpecDocument.Document, PublishedSpecDocument.Load(PublishedSpecDocument.Omh162) }
            .SelectMany(document => document.Paths)
            .SelectMany(path => path.Value.Operations.Select(operation => operation.Key.ToString().ToUpperInvariant() + " " + path.Key))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(operation => operation, StringComparer.Ordinal);

        var served = FregOperation.All.Select(operation => operation.ToString()).OrderBy(operation => operation, StringComparer.Ordinal);

        Assert.Equal(spec, served);
    }

    [Fact]
    public void Every_operation_has_a_handler_and_every_handler_an_operation()
    {
        Assert.Equal(
            FregOperation.All.Select(operation => operation.ClientMethod).OrderBy(name => name, StringComparer.Ordinal),
            PackageRoutes.Handlers.Keys.OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void Answer_formats_follow_the_generated_results()
    {
        Assert.Equal(3, FregOperation.All.Count(operation => operation.Format == ResponseFormat.Xsd));
        Assert.Equal("GET /v1/hendelser/siste/sekvensnummer", Assert.Single(FregOperation.All, operation => operation.Format == ResponseFormat.SequenceNumber).ToString());
        Assert.All(FregOperation.All.Where(operation => operation.Format == ResponseFormat.Xsd), operation => Assert.EndsWith("xsd", operation.PathTemplate, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_operation_is_routed_under_every_package()
    {
        foreach (var package in _fixture.Simulator.RightsPackages)
        {
            foreach (var operation in FregOperation.All)
            {
                var path = operation.PathTemplate.TrimStart('/').Replace("{", "x", StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), _fixture.Client.Url(package, path));
                using var response = await _fixture.Client.Http.SendAsync(request);

                // No token: the operation's access filter answers 401; an unrouted request would reach the 404 fallback.
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, package + " " + operation + " gave " + (int)response.StatusCode);
            }
        }
    }
}
