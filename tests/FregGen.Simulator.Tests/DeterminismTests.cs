using System.Linq;
using System.Threading.Tasks;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>The same seed gives the same population, documents and feed; another seed gives other data.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_register()
    {
        await using var first = await SmallSimulator.StartAsync();
        await using var second = await SmallSimulator.StartAsync();
        using var firstClient = new FregTestClient(first);
        using var secondClient = new FregTestClient(second);

        Assert.Equal(first.PersonIdentifiers, second.PersonIdentifiers);
        Assert.Equal(first.LastSequenceNumber, second.LastSequenceNumber);
        foreach (var id in first.PersonIdentifiers.Where((_, index) => index % 37 == 0))
        {
            var a = await firstClient.GetJsonAsync("offentlig-med-hjemmel", "v1/personer/" + id + "?part=historikk");
            var b = await secondClient.GetJsonAsync("offentlig-med-hjemmel", "v1/personer/" + id + "?part=historikk");
            Assert.Equal(a.GetRawText(), b.GetRawText());
        }

        var firstFeed = await firstClient.GetJsonAsync("finans", "v1/hendelser/feed?seq=1");
        var secondFeed = await secondClient.GetJsonAsync("finans", "v1/hendelser/feed?seq=1");
        Assert.Equal(firstFeed.GetRawText(), secondFeed.GetRawText());
    }

    [Fact]
    public async Task Another_seed_gives_another_register()
    {
        await using var first = await SmallSimulator.StartAsync();
        await using var other = await SmallSimulator.StartAsync(options => options.Seed = 7);

        Assert.Equal(first.PersonIdentifiers.Count, other.PersonIdentifiers.Count);
        Assert.NotEqual(first.PersonIdentifiers, other.PersonIdentifiers);
    }
}
