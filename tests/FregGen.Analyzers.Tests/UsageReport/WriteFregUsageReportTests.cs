using System;
using System.IO;
using System.Text.Json;
using FregGen.Tasks;

namespace FregGen.Analyzers.Tests.UsageReport;

/// <summary>The build task on real files: both SARIF versions, stale reports, unreadable logs, unchanged content.</summary>
public sealed class WriteFregUsageReportTests : IDisposable
{
    private const string Usage = """{"formatVersion":1,"rightsPackage":{"id":"privat","name":"Privat virksomhet"},"fields":[{"name":"navn","uses":1,"firstUse":{"file":"$DIR$/src/Program.cs","line":3,"column":5}}],"parts":[],"operations":[],"packages":[{"id":"privat","name":"Privat virksomhet","grantsAll":true,"fieldsNotGranted":[],"partsNotAccepted":[],"operationsNotOffered":[]}]}""";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "freggen-task-" + Guid.NewGuid().ToString("N").Substring(0, 8));
    private readonly RecordingBuildEngine _engine = new();

    public WriteFregUsageReportTests() => Directory.CreateDirectory(_directory);

    private string TextReport => Path.Combine(_directory, "bin", "freg-usage.txt");

    private string JsonReport => Path.Combine(_directory, "bin", "freg-usage.json");

    [Theory]
    [InlineData("2.1")]
    [InlineData("1")]
    public void Both_SARIF_versions_give_both_reports_with_paths_relative_to_the_project(string version)
    {
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), Sarif(version, Usage.Replace("$DIR$", _directory.Replace('\\', '/'))));

        Assert.True(Task("app.sarif,version=" + version).Execute());

        Assert.Contains("navn  first used at src/Program.cs(3,5), 1 use", File.ReadAllText(TextReport), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(JsonReport));
        Assert.Equal("src/Program.cs(3,5)", json.RootElement.GetProperty("fields")[0].GetProperty("firstUse").GetString());
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void A_log_without_FREG107_removes_a_stale_report()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TextReport)!);
        File.WriteAllText(TextReport, "old");
        File.WriteAllText(JsonReport, "old");
        File.SetLastWriteTimeUtc(TextReport, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(JsonReport, DateTime.UtcNow.AddHours(-1));
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), """{"version":"2.1.0","runs":[{"results":[{"ruleId":"CS0168","message":{"text":"x"}}]}]}""");

        Assert.True(Task("app.sarif").Execute());

        Assert.False(File.Exists(TextReport));
        Assert.False(File.Exists(JsonReport));
    }

    [Fact]
    public void An_unreadable_log_is_a_FREG107_warning_not_a_failed_build()
    {
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), "{ \"runs\": [ { \"results\": [ ");

        Assert.True(Task(Path.Combine(_directory, "app.sarif") + ",version=2.1").Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("FREG107", warning.Code);
        Assert.Contains("cannot be read", warning.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(TextReport));
    }

    [Fact]
    public void A_missing_log_writes_nothing_and_says_so_quietly()
    {
        Assert.True(Task("obj/none.sarif,version=2.1").Execute());

        Assert.False(File.Exists(TextReport));
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void A_report_from_an_unknown_format_version_is_a_warning()
    {
        File.WriteAllText(Path.Combine(_directory, "app.sarif"), Sarif("2.1", """{"formatVersion":9}"""));

        Assert.True(Task("app.sarif").Execute());

        Assert.Contains("format version 9", Assert.Single(_engine.Warnings).Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private WriteFregUsageReport Task(string errorLog) => new()
    {
        BuildEngine = _engine,
        ErrorLog = errorLog,
        ProjectDirectory = _directory,
        ProjectName = "App",
        TextReportPath = TextReport,
        JsonReportPath = JsonReport,
    };

    /// <summary>A log shaped as the compiler writes it: both versions keep custom properties under properties.customProperties.</summary>
    private static string Sarif(string version, string usage)
    {
        var payload = JsonSerializer.Serialize(usage);
        return version.StartsWith("1", StringComparison.Ordinal)
            ? """{"$schema":"http://json.schemastore.org/sarif-1.0.0","version":"1.0.0","runs":[{"results":[{"ruleId":"FREG107","level":"note","message":"m","properties":{"warningLevel":1,"customProperties":{"FregUsage":""" + payload + "}}}]}]}"
            : """{"$schema":"http://json.schemastore.org/sarif-2.1.0","version":"2.1.0","runs":[{"results":[{"ruleId":"FREG107","ruleIndex":0,"level":"note","message":{"text":"m"},"properties":{"warningLevel":1,"customProperties":{"FregUsage":""" + payload + "}}}]}]}";
    }
}
