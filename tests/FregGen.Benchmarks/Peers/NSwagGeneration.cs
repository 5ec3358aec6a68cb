using System.Threading.Tasks;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace FregGen.Benchmarks.Peers;

/// <summary>
/// NSwag's in-process C# client generation from the spec, as its users run it: System.Text.Json models and one client
/// class named after the operationIds, everything else at NSwag's defaults. Parse and generate are separate so the
/// build-time benchmark can time each.
/// </summary>
public static class NSwagGeneration
{
    public const string Namespace = "FregGen.Benchmarks.Peers.NSwagClient";

    public const string ClientClassName = "FregNSwagClient";

    public static Task<OpenApiDocument> ParseAsync(string specYaml) => OpenApiYamlDocument.FromYamlAsync(specYaml);

    public static string Generate(OpenApiDocument document) => new CSharpClientGenerator(document, CreateSettings()).GenerateFile();

    public static async Task<string> ParseAndGenerateAsync(string specYaml) => Generate(await ParseAsync(specYaml));

    private static CSharpClientGeneratorSettings CreateSettings()
    {
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = ClientClassName,
            GenerateClientClasses = true,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        };
        settings.CSharpGeneratorSettings.Namespace = Namespace;
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        return settings;
    }
}
