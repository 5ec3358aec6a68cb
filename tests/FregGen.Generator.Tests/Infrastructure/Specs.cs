namespace FregGen.Generator.Tests.Infrastructure;

/// <summary>Small specs for diagnostic tests, built around a minimal Freg-like document.</summary>
public static class Specs
{
    public const string SpecPath = "/project/freg.yaml";

    public static ScenarioFile File(string text, string path = SpecPath) => new(path, text, "FregSpec");

    /// <summary>A minimal valid OpenAPI 3 spec with one GET operation; <paramref name="extraPaths"/> and <paramref name="extraSchemas"/> are indented YAML.</summary>
    public static string Minimal(string extraPaths = "", string extraSchemas = "") => $$"""
        openapi: 3.0.1
        info:
          title: Test
          version: "1"
        paths:
          /v1/hendelser/siste/sekvensnummer:
            get:
              operationId: sisteSekvensnummerIFeed
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: integer
                        format: int64
        {{extraPaths}}
        components:
          schemas:
            test.person.v1.Folkeregisterperson:
              title: Folkeregisterperson
              type: object
              properties:
                navn:
                  type: string
        {{extraSchemas}}
        """;
}
