using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots, one file per generated source: scenario <c>s</c>'s file <c>Person.Navn.g.cs</c> must equal
/// <c>Snapshots/s/Person.Navn.g.verified.cs</c>. A difference or a missing approved file writes the output to
/// <c>*.received.cs</c> beside it and fails; an approved file the generator no longer writes fails too. Outside CI,
/// FREGGEN_ACCEPT_SNAPSHOTS=1 writes the approved files instead (and deletes the orphans), to approve a deliberate change:
/// review the diff before committing it. Under CI (the CI variable set) the comparison is always strict.
/// </summary>
public static class Snapshot
{
    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";
    private const int ReportedDifferences = 5;

    public static bool Accepting
        => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && Environment.GetEnvironmentVariable("FREGGEN_ACCEPT_SNAPSHOTS") == "1";

    /// <summary>The approved file's name for a generated file's hint name: <c>FregClient.g.cs</c> → <c>FregClient.g.verified.cs</c>.</summary>
    public static string VerifiedName(string hintName)
        => (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName) + VerifiedSuffix;

    /// <summary>Compares every generated file of <paramref name="scenario"/> with its approved file.</summary>
    public static void VerifyFiles(string scenario, IEnumerable<(string HintName, string Text)> files)
    {
        var directory = Path.Combine(TestPaths.SnapshotDirectory, scenario);
        var generated = files.ToDictionary(file => VerifiedName(file.HintName), file => Normalise(file.Text), StringComparer.Ordinal);
        var approved = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*" + VerifiedSuffix).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string?>(StringComparer.Ordinal);
        var orphans = approved.Where(name => !generated.ContainsKey(name!)).OrderBy(name => name, StringComparer.Ordinal).ToList();

        if (Accepting)
        {
            Directory.CreateDirectory(directory);
            foreach (var (name, text) in generated)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
            }

            foreach (var orphan in orphans)
            {
                File.Delete(Path.Combine(directory, orphan!));
            }

            DeleteReceived(directory);
            return;
        }

        var problems = new List<string>();
        foreach (var (name, text) in generated.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            var verified = Path.Combine(directory, name);
            var received = Path.Combine(directory, name.Substring(0, name.Length - VerifiedSuffix.Length) + ReceivedSuffix);
            if (!File.Exists(verified))
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(received, text);
                problems.Add(name + ": no approved file; the output is in " + Path.GetFileName(received));
                continue;
            }

            var expected = Normalise(File.ReadAllText(verified));
            if (string.Equals(expected, text, StringComparison.Ordinal))
            {
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, text);
            problems.Add(name + ": differs " + FirstDifference(expected, text));
        }

        problems.AddRange(orphans.Select(orphan => orphan + ": approved, but no longer generated"));
        if (problems.Count > 0)
        {
            var message = new StringBuilder();
            message.Append(problems.Count).Append(" snapshot problem(s) in '").Append(directory).Append("' (diff each *.received.cs with its *.verified.cs; outside CI, FREGGEN_ACCEPT_SNAPSHOTS=1 approves the output):\n");
            foreach (var problem in problems.Take(ReportedDifferences))
            {
                message.Append("- ").Append(problem).Append('\n');
            }

            if (problems.Count > ReportedDifferences)
            {
                message.Append("- and ").Append(problems.Count - ReportedDifferences).Append(" more\n");
            }

            Assert.Fail(message.ToString());
        }
    }

    /// <summary>Compares one text (not a generated file, e.g. the doc lines of a model) with <c>Snapshots/{name}.verified.txt</c>.</summary>
    public static void VerifyText(string name, string text)
    {
        var verified = Path.Combine(TestPaths.SnapshotDirectory, name + ".verified.txt");
        var received = Path.Combine(TestPaths.SnapshotDirectory, name + ".received.txt");
        text = Normalise(text);
        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (Accepting)
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, text);
            Assert.Fail("No approved snapshot '" + verified + "'; the output is in '" + received + "' (outside CI, FREGGEN_ACCEPT_SNAPSHOTS=1 approves it).");
        }

        var expected = Normalise(File.ReadAllText(verified));
        if (!string.Equals(expected, text, StringComparison.Ordinal))
        {
            File.WriteAllText(received, text);
            Assert.Fail("The output differs from '" + verified + "' " + FirstDifference(expected, text) + "; it is in '" + received + "'.");
        }

        File.Delete(received);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n");

    private static void DeleteReceived(string directory)
    {
        foreach (var received in Directory.GetFiles(directory, "*" + ReceivedSuffix))
        {
            File.Delete(received);
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return "at line " + (i + 1) + ":\n    approved: " + e.Trim() + "\n    actual:   " + a.Trim();
            }
        }

        return string.Empty;
    }
}
