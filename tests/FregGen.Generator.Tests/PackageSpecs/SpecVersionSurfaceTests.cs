using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FregGen.Generator.Tests.PackageSpecs;

/// <summary>
/// Upgrading from OMH 1.5 to 1.6.2 keeps every public member of every package's client except the two bulk answers
/// 1.6.2 declares as wrapper objects. A member may gain field paths in its [FregField] (a shared model reached from a
/// new 1.6.2 property, e.g. <c>vergemaalEllerFremtidsfullmakt.verge.navnFoedselsdato</c>) but never lose one. The
/// counts are written to the test output.
/// </summary>
public sealed class SpecVersionSurfaceTests
{
    private const string FieldAttribute = " [FregFieldAttribute([";

    private static readonly string[] WrapperAnswers = { "FregClient.HentArkivpersonerAsync(", "FregClient.HentHendelseDokumenterAsync(" };

    private readonly ITestOutputHelper _output;

    public SpecVersionSurfaceTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Packages => new(TestPaths.PackageIds);

    [Theory]
    [MemberData(nameof(Packages))]
    public void OMH_1_6_2_keeps_the_1_5_surface_except_the_bulk_answers_it_declares_as_wrappers(string package)
    {
        var older = PublicSurface.Of(PublishedSpecs.Run(package, PublishedSpecs.OmhYaml(PublishedSpecs.Older)));
        var newest = PublicSurface.Of(GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package }));
        var olderMembers = older.ToDictionary(Declaration, FieldPaths, StringComparer.Ordinal);
        var newestMembers = newest.ToDictionary(Declaration, FieldPaths, StringComparer.Ordinal);

        var removed = olderMembers.Keys.Except(newestMembers.Keys, StringComparer.Ordinal).ToList();
        var added = newestMembers.Keys.Except(olderMembers.Keys, StringComparer.Ordinal).ToList();
        var widened = olderMembers.Keys.Intersect(newestMembers.Keys, StringComparer.Ordinal).Count(k => !olderMembers[k].SetEquals(newestMembers[k]));
        _output.WriteLine(package + ": " + older.Count + " public members from 1.5, " + newest.Count + " from 1.6.2 (" + added.Count + " added, " + removed.Count
            + " changed or removed, " + widened + " with more field paths)");

        Assert.All(removed, line => Assert.True(WrapperAnswers.Any(answer => line.Contains(answer, StringComparison.Ordinal)), "1.6.2 drops " + line));
        Assert.All(olderMembers.Where(m => newestMembers.ContainsKey(m.Key)), member => Assert.True(
            member.Value.IsSubsetOf(newestMembers[member.Key]),
            "1.6.2 loses field paths of " + member.Key + ": " + string.Join(", ", member.Value.Except(newestMembers[member.Key]))));
        Assert.True(newest.Count >= older.Count);
    }

    /// <summary>The line without its [FregField] paths.</summary>
    private static string Declaration(string line)
    {
        var at = line.IndexOf(FieldAttribute, StringComparison.Ordinal);
        return at < 0 ? line : line.Substring(0, at);
    }

    private static HashSet<string> FieldPaths(string line)
    {
        var at = line.IndexOf(FieldAttribute, StringComparison.Ordinal);
        if (at < 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var start = at + FieldAttribute.Length;
        var end = line.IndexOf("])]", start, StringComparison.Ordinal);
        return new HashSet<string>(line.Substring(start, end - start).Split(", "), StringComparer.Ordinal);
    }
}
