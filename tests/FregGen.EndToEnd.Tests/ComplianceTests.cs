using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FregGen.EndToEnd.Tests.Infrastructure;

namespace FregGen.EndToEnd.Tests;

/// <summary>
/// The compliance analyzers from the packed package in a two-project solution: a model library generated for
/// offentlig-med-hjemmel and an app whose rights package is privat.
/// </summary>
public sealed class ComplianceTests : IClassFixture<PackedFregGen>
{
    private const string Violations = """
            var relations = person.Familierelasjon;
            await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ["x"] });
            text += relations?.Count;
        """;

    private readonly PackedFregGen _package;

    public ComplianceTests(PackedFregGen package) => _package = package;

    [Fact]
    public void Using_a_field_and_an_operation_outside_privat_fails_the_build_at_the_right_lines_and_lands_in_the_SARIF_log()
    {
        var solution = _package.CreateConsumer("Compliance", ("$VIOLATIONS$", Violations));
        var sarif = Path.Combine(solution, "app.sarif");

        var build = _package.Build(Path.Combine(solution, "App"), "-p:ErrorLog=\"" + sarif + "%2Cversion=2.1\"");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Program.cs(11,28): error FREG101", build.Output, StringComparison.Ordinal);
        Assert.Contains("Program.cs(12,18): error FREG103", build.Output, StringComparison.Ordinal);
        Assert.Contains("'familierelasjon' is not granted by this project's rights package 'privat'", build.Output, StringComparison.Ordinal);

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (Rule: r.GetProperty("ruleId").GetString(), Line: StartLine(r)))
            .ToList();
        Assert.Contains(("FREG101", 11), results);
        Assert.Contains(("FREG103", 12), results);
    }

    [Fact]
    public void The_same_app_with_only_granted_usage_builds_clean_and_writes_the_usage_report()
    {
        var solution = _package.CreateConsumer("Compliance", ("$VIOLATIONS$", string.Empty));

        var build = _package.Build(Path.Combine(solution, "App"));

        build.AssertSuccess("building the compliant app");
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(solution, "App", "bin", "Debug", "net10.0", "freg-usage.txt"));
        Assert.Contains("Freg usage report for App (rights package: privat)", report, StringComparison.Ordinal);
        Assert.Contains("fields: bostedsadresse, navn", report, StringComparison.Ordinal);
        Assert.Contains("parts: bostedsadresse, navn", report, StringComparison.Ordinal);
        Assert.Contains("operations: GET /v1/personer/entydigsoek", report, StringComparison.Ordinal);
        Assert.Contains("privat", report.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    private static int StartLine(JsonElement result)
        => result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("physicalLocation", out var physical)
            && physical.TryGetProperty("region", out var region)
            && region.TryGetProperty("startLine", out var line)
            ? line.GetInt32()
            : 0;
}
