using System;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.Diagnostics;

/// <summary>A broken spec gives FREG002/FREG003/FREG004 with a location in the spec, never a crash (FREG000 or CS8785).</summary>
public sealed class SpecDiagnosticsTests
{
    [Fact]
    public void Empty_spec_gives_FREG002()
    {
        var outcome = Run("   \n");

        var diagnostic = Assert.Single(outcome.Errors("FREG002"));
        Assert.Contains("empty", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(Specs.SpecPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void Text_that_is_not_OpenAPI_gives_FREG002()
    {
        var outcome = Run("hello: world\nlist:\n  - 1\n");

        Assert.NotEmpty(outcome.Errors("FREG002"));
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void Swagger_2_gives_FREG002_that_names_the_version()
    {
        var outcome = Run("swagger: \"2.0\"\ninfo:\n  title: x\n  version: \"1\"\npaths:\n  /a:\n    get:\n      responses:\n        \"200\":\n          description: ok\n");

        var diagnostic = Assert.Single(outcome.Errors("FREG002"));
        Assert.Contains("2.0", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Invalid_yaml_gives_FREG002_at_the_offending_line()
    {
        var outcome = Run("openapi: 3.0.1\ninfo:\n  title: [unclosed\npaths: {}\n");

        var diagnostic = Assert.Single(outcome.Errors("FREG002"));
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line, 2, 3);
    }

    [Fact]
    public void Binary_junk_gives_FREG002()
    {
        var random = new Random(42);
        var bytes = new byte[2048];
        random.NextBytes(bytes);
        var outcome = Run(new string(bytes.Select(b => (char)b).ToArray()));

        Assert.Single(outcome.Errors("FREG002"));
        Assert.Empty(outcome.Result.GeneratedSources);
    }

    [Fact]
    public void A_file_that_cannot_be_read_gives_FREG002()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { Files = new[] { new ScenarioFile(Specs.SpecPath, null, "FregSpec") } });

        Assert.Single(outcome.Errors("FREG002"));
    }

    [Fact]
    public void Dangling_reference_gives_FREG002_at_the_reference()
    {
        var spec = Specs.Minimal(extraSchemas: """
                test.person.v1.Broken:
                  type: object
                  properties:
                    missing:
                      $ref: '#/components/schemas/test.person.v1.DoesNotExist'
            """);
        var outcome = Run(spec, "offentlig-med-hjemmel");

        var diagnostic = Assert.Single(outcome.Errors("FREG002"));
        Assert.Contains("DoesNotExist", diagnostic.GetMessage(), StringComparison.Ordinal);
        var line = spec.Split('\n')[diagnostic.Location.GetLineSpan().StartLinePosition.Line];
        Assert.Contains("missing", line + spec.Split('\n')[diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_operationIds_give_FREG004_and_distinct_method_names_that_compile()
    {
        var spec = Specs.Minimal(extraPaths: """
              /v1/skjema/a:
                get:
                  operationId: getXsd
                  responses:
                    default:
                      description: xsd
                      content:
                        application/xml: {}
              /v1/skjema/b:
                get:
                  operationId: getXsd
                  responses:
                    default:
                      description: xsd
                      content:
                        application/xml: {}
            """);
        var outcome = Run(spec, "offentlig-med-hjemmel");

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG004");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        var client = outcome.GeneratedText("FregClient.g.cs");
        Assert.Contains("GetXsdAsync(", client, StringComparison.Ordinal);
        Assert.Contains("GetXsd2Async(", client, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(outcome).Where(d => d.Id != "FREG004"));
    }

    [Fact]
    public void OneOf_gives_FREG003_and_the_rest_is_generated()
    {
        var spec = Specs.Minimal(extraSchemas: """
                test.person.v1.Odd:
                  type: object
                  properties:
                    either:
                      oneOf:
                        - type: string
                        - type: integer
            """);
        var outcome = Run(spec, "offentlig-med-hjemmel");

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG003");
        Assert.Contains("oneOf", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "FregClient.g.cs");
    }

    [Fact]
    public void Spec_without_operations_gives_FREG002()
    {
        var outcome = Run("openapi: 3.0.1\ninfo:\n  title: x\n  version: \"1\"\npaths: {}\n");

        Assert.Single(outcome.Errors("FREG002"));
    }

    [Fact]
    public void More_than_one_spec_gives_FREG009_and_uses_the_first()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "offentlig-med-hjemmel",
            Files = new[] { Specs.File(Specs.Minimal(), "/project/a.yaml"), Specs.File(Specs.Minimal(), "/project/b.yaml") },
        });

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FREG009");
        Assert.Contains("a.yaml", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Mangled_real_specs_never_crash_the_generator(int seed)
    {
        var random = new Random(seed);
        var lines = TestPaths.PublishedSpecText.Split('\n').ToList();
        var cut = random.Next(10, lines.Count);
        var mangled = lines.Take(cut).ToList();
        for (var i = 0; i < 20; i++)
        {
            mangled.RemoveAt(random.Next(mangled.Count));
        }

        var outcome = Run(string.Join("\n", mangled), "offentlig-med-hjemmel");

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "FREG000" or "CS8785");
        Assert.All(outcome.GeneratorDiagnostics, d => Assert.StartsWith("FREG", d.Id, StringComparison.Ordinal));
    }

    private static GeneratorOutcome Run(string spec, string package = "privat")
        => GeneratorHarness.Run(new GeneratorScenario { RightsPackage = package, Files = new[] { Specs.File(spec) } });
}
