using System;
using System.IO;

namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: the text must equal <c>{name}.verified.txt</c>. On a difference (or a missing file) the
/// actual text is written to <c>{name}.received.txt</c> and the test fails. Outside CI, FREGGEN_ACCEPT_SNAPSHOTS=1
/// writes the verified file instead, to approve a deliberate change (review the diff before committing it).
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var verified = Path.Combine(TestPaths.SnapshotDirectory, name + ".verified.txt");
        var received = Path.Combine(TestPaths.SnapshotDirectory, name + ".received.txt");
        var inCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var accept = !inCi && Environment.GetEnvironmentVariable("FREGGEN_ACCEPT_SNAPSHOTS") == "1";
        if (accept)
        {
            Directory.CreateDirectory(TestPaths.SnapshotDirectory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, actual);
            Assert.Fail("No approved snapshot '" + verified + "'. The output was written to '" + received + "'; review it and rename it to .verified.txt (or run with FREGGEN_ACCEPT_SNAPSHOTS=1 outside CI).");
        }

        var expected = File.ReadAllText(verified).Replace("\r\n", "\n");
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(received, actual);
            Assert.Fail("The output differs from the approved snapshot '" + verified + "' " + FirstDifference(expected, actual) + ". The output was written to '" + received + "'; diff the two files.");
        }

        File.Delete(received);
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
                return "at line " + (i + 1) + ":\n  approved: " + e + "\n  actual:   " + a + "\n";
            }
        }

        return string.Empty;
    }
}
