using System;
using System.Linq;
using FregGen.Generator.Tests.Infrastructure;

namespace FregGen.Generator.Tests.Planning;

/// <summary>Method names come from the catalogue's operation table, whatever a spec calls the operation; other operations fall back to PascalCase(operationId).</summary>
public sealed class OperationNamingTests
{
    private const string Paths = """
          /v1/personer/xsd:
            get:
              operationId: getXsd
              responses:
                default:
                  description: xsd
                  content:
                    application/xml: {}
          /v1/hendelser/xsd:
            get:
              operationId: getXsd
              responses:
                default:
                  description: xsd
                  content:
                    application/xml: {}
          /v1/uttrekk/komplett:
            get:
              operationId: lagJobb_1
              responses:
                "200":
                  description: jobb
                  content:
                    application/json:
                      schema:
                        type: string
          /v1/nytt/{id}:
            get:
              operationId: sisteSekvensnummerIFeed
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                "200":
                  description: nytt
                  content:
                    application/json:
                      schema:
                        type: string
          /v1/annet:
            get:
              operationId: readFeed
              responses:
                "204":
                  description: ingenting
          /v1/tredje:
            get:
              responses:
                "204":
                  description: ingenting
        """;

    [Fact]
    public void Known_operations_get_the_catalogue_name_and_others_their_operationId_without_taking_a_catalogue_name()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "offentlig-med-hjemmel", Files = new[] { Specs.File(Specs.Minimal(extraPaths: Paths)) } });

        var methods = PublicSurface.Of(outcome).Where(line => line.Contains(" Consumer.Freg.FregClient.", StringComparison.Ordinal) && line.Contains("[FregOperationAttribute(", StringComparison.Ordinal))
            .Select(line => line.Substring(line.IndexOf("FregClient.", StringComparison.Ordinal) + "FregClient.".Length).Split('(')[0])
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            new[] { "GetV1TredjeAsync", "HentHendelseXsdAsync", "HentPersonXsdAsync", "LagKomplettUttrekkAsync", "ReadFeedAsync2", "SisteSekvensnummerIFeed2Async", "SisteSekvensnummerIFeedAsync" },
            methods);
        var client = outcome.GeneratedText("FregClient.g.cs");
        Assert.Contains("[global::Consumer.Freg.FregOperation(\"GET\", \"/v1/hendelser/siste/sekvensnummer\")]\n        public async global::System.Threading.Tasks.Task<long> SisteSekvensnummerIFeedAsync(", client.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "FREG004");
        Assert.Empty(GeneratorHarness.CompileErrors(outcome));
    }
}
