using System;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;

namespace FregGen.Generator.Tests;

/// <summary>
/// The spec as a project file (YAML or JSON) gives the same client as the embedded spec, and the same diagnostics but for
/// the file name the spec upgrade report (FREG012) names.
/// </summary>
public sealed class SpecFormatTests
{
    [Theory]
    [InlineData("offentlig-med-hjemmel")]
    [InlineData("privat")]
    public void Yaml_and_json_specs_give_identical_output(string package)
    {
        var yaml = TestPaths.PublishedSpecText;
        var json = YamlToJson.Convert(yaml);

        var fromYaml = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package, Files = new[] { Specs.File(yaml, "/project/freg.yaml") } });
        var fromJson = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package, Files = new[] { Specs.File(json, "/project/freg.json") } });
        var embedded = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package });

        Assert.StartsWith("{", json.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(fromYaml.Concatenated(), fromJson.Concatenated());
        Assert.Equal(embedded.Concatenated(), fromYaml.Concatenated());
        Assert.Equal(
            fromYaml.GeneratorDiagnostics.Select(d => d.Id + ":" + d.GetMessage()).OrderBy(m => m, StringComparer.Ordinal),
            fromJson.GeneratorDiagnostics.Select(d => d.Id + ":" + d.GetMessage().Replace("(freg.json)", "(freg.yaml)", StringComparison.Ordinal)).OrderBy(m => m, StringComparer.Ordinal));
        Assert.Contains(fromJson.GeneratorDiagnostics, d => d.Id == "FREG012" && d.GetMessage().Contains("(freg.json)", StringComparison.Ordinal));
    }
}
