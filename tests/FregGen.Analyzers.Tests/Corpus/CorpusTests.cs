using System.Linq;
using System.Threading.Tasks;

namespace FregGen.Analyzers.Tests.Corpus;

/// <summary>The corpus of user code (<see cref="CorpusCases"/>): each form is caught, and its allowed twin is not.</summary>
public sealed class CorpusTests
{
    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public Task True_positive(string name)
        => CorpusCases.Named(name).Verify(CorpusCases.Named(name).TruePositive);

    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public Task False_positive(string name)
        => CorpusCases.Named(name).Verify(CorpusCases.Named(name).FalsePositive);

    [Fact]
    public void Every_true_positive_marks_a_diagnostic_and_no_false_positive_does()
    {
        Assert.All(CorpusCases.All, c => Assert.Contains("{|" + c.Rule + ":", c.TruePositive, System.StringComparison.Ordinal));
        Assert.All(CorpusCases.All, c => Assert.DoesNotContain("{|", c.FalsePositive, System.StringComparison.Ordinal));
        Assert.Equal(CorpusCases.All.Count, CorpusCases.All.Select(c => c.Name).Distinct().Count());
    }
}
