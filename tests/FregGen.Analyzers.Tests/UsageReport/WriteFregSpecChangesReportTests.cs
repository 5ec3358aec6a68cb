using System;
using System.IO;
using System.Text.Json;
using FregGen.Tasks;

namespace FregGen.Analyzers.Tests.UsageReport;

/// <summary>The build task that writes freg-spec-changes.txt from FREG012 in the SARIF log, on real files: both SARIF versions, stale reports, unreadable logs.</summary>
public sealed class WriteFregSpecChangesReportTests : IDisposable
{
    private const string Message = "Freg spec changes | Freg spec changes for the rights package 'privat': from 'A' 1.5 (old.yaml) to 'B' 1.6.2 (the embedded Freg specification) | Operations: 1 added, 0 removed, 0 changed | + GET /v1/hendelser/feed/tilpasset (HentTilpassetFeedSideAsync) | The rights package 'privat' loses nothing";

    private const string Expected = "Freg spec changes for the rights package 'privat': from 'A' 1.5 (old.yaml) to 'B' 1.6.2 (the embedded Freg specification)\nOperations: 1 added, 0 removed, 0 changed\n+ GET /v1/hendelser/feed/tilpasset (HentTilpassetFeedSideAsync)\nThe rights package 'privat' loses nothing\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "freggen-spec-task-" + Guid.NewGuid().ToString("N").Substring(0, 8));
    private readonly RecordingBuildEngine _engine = new();

    public WriteFregSpecChangesReportTests() => Directory.CreateDirectory(_directory);

    private string Report => Path.Combine(_directory, "bin", "freg-spec-changes.txt");

    [Theory]
    [InlineData("2.1")]
    [InlineData("1")]
    public void Both_SARIF_versions_give_the_report_one_line_per_item(string version)
    {
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), Sarif(version, Message));

        Assert.True(Task("app.sarif,version=" + version).Execute());

        Assert.Equal(Expected, File.ReadAllText(Report));
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void A_log_without_FREG012_removes_a_stale_report()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Report)!);
        File.WriteAllText(Report, "old");
        File.SetLastWriteTimeUtc(Report, DateTime.UtcNow.AddHours(-1));
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), Sarif("2.1", "x", "CS0168"));

        Assert.True(Task("app.sarif").Execute());

        Assert.False(File.Exists(Report));
    }

    [Fact]
    public void A_changed_report_replaces_the_old_one()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Report)!);
        File.WriteAllText(Report, "old");
        File.SetLastWriteTimeUtc(Report, DateTime.UtcNow.AddHours(-1));
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), Sarif("2.1", Message));

        Assert.True(Task("app.sarif").Execute());

        Assert.Equal(Expected, File.ReadAllText(Report));
    }

    [Fact]
    public void An_unreadable_log_is_a_FREG012_warning_not_a_failed_build()
    {
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), "{ \"runs\": [ { \"results\": [ ");

        Assert.True(Task(Path.Combine(_directory, "app.sarif") + ",version=2.1").Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("FREG012", warning.Code);
        Assert.Contains("not written", warning.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Report));
    }

    [Fact]
    public void A_missing_log_writes_nothing_and_says_so_quietly()
    {
        Assert.True(Task("obj/none.sarif,version=2.1").Execute());

        Assert.False(File.Exists(Report));
        Assert.Empty(_engine.Warnings);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private WriteFregSpecChangesReport Task(string errorLog) => new()
    {
        BuildEngine = _engine,
        ErrorLog = errorLog,
        ProjectDirectory = _directory,
        ReportPath = Report,
    };

    /// <summary>A log shaped as the compiler writes it: SARIF 1.0 has the message as a string, 2.1 as message.text.</summary>
    private static string Sarif(string version, string message, string ruleId = "FREG012")
    {
        var text = JsonSerializer.Serialize(message);
        return version.StartsWith("1", StringComparison.Ordinal)
            ? """{"$schema":"http://json.schemastore.org/sarif-1.0.0","version":"1.0.0","runs":[{"results":[{"ruleId":""" + "\"" + ruleId + "\",\"level\":\"note\",\"message\":" + text + "}]}]}"
            : """{"$schema":"http://json.schemastore.org/sarif-2.1.0","version":"2.1.0","runs":[{"results":[{"ruleId":""" + "\"" + ruleId + "\",\"ruleIndex\":0,\"level\":\"note\",\"message\":{\"text\":" + text + "}}]}]}";
    }
}
