using System.Linq;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>Every identity number is a valid synthetic fødselsnummer or d-nummer (checked here independently of the simulator's code).</summary>
[Collection(SimulatorCollection.Name)]
public sealed class IdentityNumberTests
{
    private static readonly int[] FirstWeights = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    private static readonly int[] SecondWeights = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

    private readonly SimulatorFixture _fixture;

    public IdentityNumberTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public void All_identity_numbers_are_valid_synthetic_numbers_with_some_d_numbers()
    {
        var ids = _fixture.Simulator.PersonIdentifiers;

        Assert.Equal(5000, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(IsValidSynthetic(id), "Not a valid synthetic number: " + Mask(id)));
        var dNumbers = ids.Count(id => id[0] >= '4');
        Assert.InRange(dNumbers, 25, 500);
    }

    private static bool IsValidSynthetic(string id)
    {
        if (id.Length != 11 || !id.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = id.Select(c => c - '0').ToArray();
        var first = FirstWeights.Select((weight, i) => weight * digits[i]).Sum() + digits[9];
        var second = SecondWeights.Select((weight, i) => weight * digits[i]).Sum() + digits[10];
        var day = digits[0] * 10 + digits[1];
        var month = digits[2] * 10 + digits[3];
        return first % 11 == 0 && second % 11 == 0 && month is >= 81 and <= 92 && (day % 40) is >= 1 and <= 31;
    }

    private static string Mask(string id) => id.Substring(0, 6) + "*****";
}
