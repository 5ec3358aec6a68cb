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
[Collection(PackedFregGenCollection.Name)]
public sealed class ComplianceTests
{
    private const string Violations = """
            var relations = person.Familierelasjon;
            await client.HentPersonerAsync(new PersonBulkoppslagRequest { FoedselsEllerDNummer = ["x"] });
            text += relations?.Count;
        """;

    private const string ExpectedReport = """
        Freg usage report for App
        Rights package: privat (Privat virksomhet)
        privat grants all of what the code uses; so do these narrower packages: presse-uten-folkeregisteridentifikator, privat-uten-folkeregisteridentifikator, presse.

        Person fields (3)
          adressebeskyttelse  first used at Program.cs(10,64), 1 use
          bostedsadresse      first used at Program.cs(10,116), 1 use
          navn                first used at Program.cs(10,16), 1 use

        Parts (3)
          adressebeskyttelse  first used at Program.cs(9,144), 1 use
          bostedsadresse      first used at Program.cs(9,119), 1 use
          navn                first used at Program.cs(9,104), 1 use

        Operations (1)
          GET /v1/personer/entydigsoek  first used at Program.cs(9,24), 1 use

        Rights packages that grant all of it, narrowest first (9)
          presse-uten-folkeregisteridentifikator  Presse uten folkeregisteridentifikator
          privat-uten-folkeregisteridentifikator  Privat virksomhet uten folkeregisteridentifikator
          presse                                  Presse
          privat                                  Privat virksomhet
          privat-uten-hjemmel                     Privat virksomhet uten hjemmel
          offentlig-uten-hjemmel                  Offentlig virksomhet uten hjemmel
          finans                                  Finans
          utsteder-eid                            Utsteder av elektronisk identitetsbevis (Utsteder eID)
          offentlig-med-hjemmel                   Offentlig og privat virksomhet med hjemmel

        Rights packages that fall short, and why (0)
          none

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
    public void The_same_app_with_only_granted_usage_builds_clean_and_writes_the_usage_report_and_its_JSON_twin()
    {
        var solution = _package.CreateConsumer("Compliance", ("$VIOLATIONS$", string.Empty));

        var build = _package.Build(Path.Combine(solution, "App"));

        build.AssertSuccess("building the compliant app");
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
        var output = Path.Combine(solution, "App", "bin", "Debug", "net10.0");
        var report = File.ReadAllText(Path.Combine(output, "freg-usage.txt")).Replace("\r\n", "\n");
        Assert.Equal(ExpectedReport, report);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "freg-usage.json")));
        Assert.Equal("App", json.RootElement.GetProperty("project").GetString());
        Assert.True(json.RootElement.GetProperty("rightsPackage").GetProperty("grantsAll").GetBoolean());
        Assert.Equal(new[] { "adressebeskyttelse", "bostedsadresse", "navn" }, json.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public void An_address_passed_on_without_checking_adressebeskyttelse_is_FREG108()
    {
        var solution = _package.CreateConsumer("Compliance", ("$VIOLATIONS$", "        static string? Letter(Folkeregisterperson p) => p.Postadresse?.FirstOrDefault()?.Vegadresse?.Adressenavn;\n        text += Letter(person);"));

        var build = _package.Build(Path.Combine(solution, "App"), "-p:TreatWarningsAsErrors=false");

        build.AssertSuccess("building the app with the warning");
        Assert.Contains("Program.cs(11,59): warning FREG108: The address 'p.Postadresse' is returned in a method that never reads this person's adressebeskyttelse", build.Output, StringComparison.Ordinal);
    }

    private static int StartLine(JsonElement result)
        => result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("physicalLocation", out var physical)
            && physical.TryGetProperty("region", out var region)
            && region.TryGetProperty("startLine", out var line)
            ? line.GetInt32()
            : 0;
}
