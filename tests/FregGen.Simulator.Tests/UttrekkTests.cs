using System.Linq;
using System.Threading.Tasks;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>Extract jobs: not ready on the first poll, batches of matching ids, {} when done, 410 for unknown jobs, and the limit on running jobs.</summary>
public sealed class UttrekkTests
{
    private const string Package = "finans";

    [Fact]
    public async Task A_custom_extract_returns_the_matching_persons_in_batches()
    {
        await using var simulator = await SmallSimulator.StartAsync(options => options.UttrekkBatchSize = 40);
        using var client = new FregTestClient(simulator);
        var job = (await client.PostJsonAsync(Package, "v1/uttrekk/tilpasset", new { personstatustyper = new[] { "bosatt" }, kjoenn = "mann", foedselsaarFraOgMed = "1950", foedselsaarTilOgMed = "1999" })).GetProperty("jobbId").GetString();

        await client.GetJsonAsync(Package, "v1/uttrekk/" + job + "/batch/0", 404);
        var ids = new System.Collections.Generic.List<string>();
        for (var batch = 0; ; batch++)
        {
            var data = await client.GetJsonAsync(Package, "v1/uttrekk/" + job + "/batch/" + batch);
            if (!data.TryGetProperty("foedselsEllerDNummer", out var numbers))
            {
                Assert.Empty(data.EnumerateObject());
                break;
            }

            Assert.InRange(numbers.GetArrayLength(), 1, 40);
            ids.AddRange(numbers.EnumerateArray().Select(n => n.GetString()!));
        }

        Assert.True(ids.Count > 40);
        var persons = await client.PostJsonAsync("offentlig-med-hjemmel", "v1/personer/bulkoppslag", new { foedselsEllerDNummer = ids });
        Assert.All(persons.GetProperty("oppslag").EnumerateArray(), lookup =>
        {
            var person = lookup.GetProperty("folkeregisterperson");
            Assert.Equal("mann", PopulationScan.Entries(person, "kjoenn").First().GetProperty("kjoenn").GetString());
            Assert.Equal("bosatt", PopulationScan.Entries(person, "status").First(PopulationScan.IsCurrent).GetProperty("status").GetString());
            Assert.InRange(int.Parse(PopulationScan.Entries(person, "foedsel").First().GetProperty("foedselsaar").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 1950, 1999);
        });
        await client.GetJsonAsync(Package, "v1/uttrekk/unknown-job/batch/0", 410);
    }

    [Fact]
    public async Task Too_many_unfinished_jobs_give_429()
    {
        await using var simulator = await SmallSimulator.StartAsync(options => options.MaxConcurrentUttrekkJobs = 2);
        using var client = new FregTestClient(simulator);
        var request = new { personstatustyper = new[] { "bosatt" } };
        var first = (await client.PostJsonAsync(Package, "v1/uttrekk/tilpasset", request)).GetProperty("jobbId").GetString();
        await client.PostJsonAsync(Package, "v1/uttrekk/tilpasset", request);

        await client.PostJsonAsync(Package, "v1/uttrekk/tilpasset", request, 429);
        await client.GetJsonAsync(Package, "v1/uttrekk/" + first + "/batch/0", 404);
        await client.PostJsonAsync(Package, "v1/uttrekk/tilpasset", request);
    }
}
