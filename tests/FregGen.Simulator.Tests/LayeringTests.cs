using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FregGen.Simulator.Tests.Infrastructure;

namespace FregGen.Simulator.Tests;

/// <summary>
/// The simulator's folders depend one way: Hosting (the public facade, the web application, the command line) builds on
/// Endpoints, Maskinporten, State and the rest, and nothing else refers back to a type declared in Hosting.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Regex Declaration = new(@"\b(?:class|record|struct|interface|enum)\s+([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);
    private static readonly Regex Identifier = new(@"[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant);
    private static readonly Regex CommentOrString = new(@"//[^\n]*|/\*.*?\*/|@?""(?:[^""\\\n]|\\.)*""", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    [Fact]
    public void No_folder_but_Hosting_uses_a_type_declared_in_Hosting()
    {
        var root = TestPathsAttribute.Current.SimulatorSource;
        var hosting = Path.Combine(root, "Hosting");
        var hostingTypes = Directory.GetFiles(hosting, "*.cs")
            .SelectMany(file => Declaration.Matches(Code(file)).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("SimulatorApplication", hostingTypes);

        var offending = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(file => !IsBuildOutput(root, file) && !file.StartsWith(hosting + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var code = Code(file);
            var used = Identifier.Matches(code).Select(match => match.Value).Where(hostingTypes.Contains).Distinct().ToList();
            if (code.Contains("FregGen.Simulator.Hosting", StringComparison.Ordinal))
            {
                used.Add("namespace FregGen.Simulator.Hosting");
            }

            if (used.Count > 0)
            {
                offending.Add(Path.GetRelativePath(root, file) + ": " + string.Join(", ", used));
            }
        }

        Assert.True(offending.Count == 0, "Refers back to Hosting:\n" + string.Join("\n", offending));
    }

    private static string Code(string file) => CommentOrString.Replace(File.ReadAllText(file), " ");

    private static bool IsBuildOutput(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}
