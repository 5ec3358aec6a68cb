using System;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Sample;
using FregGen.Sample.Freg;
using FregGen.Sample.Hosting;
using FregGen.Sample.Steps;
using FregGen.Simulator;
using Microsoft.Extensions.DependencyInjection;

SampleOptions options;
try
{
    options = SampleOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(SampleOptions.Usage);
    return 0;
}

using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(10));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

await using var simulator = options.UseSimulator
    ? await FregSimulator.StartAsync(new FregSimulatorOptions { PersonCount = options.Persons ?? new FregSimulatorOptions().PersonCount }, cancellation.Token)
    : null;
await using var services = SampleServices.Build(options, simulator);
var client = services.GetRequiredService<FregClient>();
Console.WriteLine("FregGen sample: rights package '" + FregClient.RettighetspakkeId + "' (" + FregClient.RettighetspakkeNavn + "), scope " + FregClient.MaskinportenScope);
Console.WriteLine(simulator is null ? "Freg: " + options.Environment + " at " + FregClient.GetBaseAddress(options.Environment!.Value) : "Freg: the local simulator at " + simulator.BaseAddress + " (synthetic population, fake Maskinporten)");

try
{
#if FREG_LOOKUP_BY_ID
    var identifiers = await LookupSteps.SearchAsync(client, options, cancellation.Token);
    if (identifiers.Count > 0)
    {
        await LookupSteps.LookUpOneAsync(client, identifiers[0], cancellation.Token);
        await LookupSteps.LookUpManyAsync(client, identifiers, cancellation.Token);
    }
#else
    await EntydigSoekStep.RunAsync(client, options, simulator, cancellation.Token);
#endif
    await FeedStep.RunAsync(client, options, cancellation.Token);
    await ReplicaStep.RunAsync(client, options, simulator, cancellation.Token);
}
catch (FregApiException exception)
{
    Console.Error.WriteLine("Freg refused a call: " + exception.Message);
    return 1;
}

Console.WriteLine();
Console.WriteLine("Done." + (simulator is null ? string.Empty : " The simulator served " + simulator.Faults.RequestsServed + " requests and issued " + simulator.TokensIssued + " Maskinporten token(s)."));
return 0;
