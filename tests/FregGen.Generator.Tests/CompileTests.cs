using System.Linq;
using FregGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FregGen.Generator.Tests;

/// <summary>The generated code compiles, nullable-enabled with warnings as errors, for every package.</summary>
public sealed class CompileTests
{
    private const string Usage = """
        #nullable enable
        namespace Consumer;

        public static class Usage
        {
            public static async System.Threading.Tasks.Task<string?> Run(System.Net.Http.HttpClient http)
            {
                var client = new Consumer.Freg.FregClient(http);
                var parts = new Consumer.Freg.FregPart[] { Consumer.Freg.FregPart.PersonBasis, "navn" };
                var person = System.Text.Json.JsonSerializer.Deserialize("{}", Consumer.Freg.FregJsonContext.GetTypeInfo<Consumer.Freg.Person.Folkeregisterperson>());
                var sequence = await client.SisteSekvensnummerIFeedAsync();
                return person?.Navn?.FirstOrDefault()?.Fornavn + parts.Length + sequence + Consumer.Freg.FregClient.MaskinportenScope;
            }
        }
        """;

    public static TheoryData<string> Packages => new(TestPaths.PackageIds);

    [Theory]
    [MemberData(nameof(Packages))]
    public void Generated_code_compiles_with_nullable_and_warnings_as_errors(string package)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = package,
            Sources = new[] { "global using System.Linq;", Usage },
        });

        var errors = GeneratorHarness.CompileErrors(outcome);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(30)));
    }

    [Fact]
    public void With_Microsoft_Extensions_Http_the_dependency_injection_extension_is_generated_and_compiles()
    {
        var extensions = System.IO.Directory.GetFiles(System.AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
        var outcome = GeneratorHarness.Run(new GeneratorScenario
        {
            RightsPackage = "privat",
            ExtraReferences = extensions,
            Sources = new[]
            {
                """
                namespace Consumer;
                public static class Startup
                {
                    public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                        => Consumer.Freg.FregServiceCollectionExtensions.AddFregClient(services, options => options.Environment = Consumer.Freg.FregEnvironment.Konsumenttest);
                }
                """,
            },
        });

        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "FregDependencyInjection.g.cs");
        var errors = GeneratorHarness.CompileErrors(outcome);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(30)));
    }

    [Fact]
    public void Without_Microsoft_Extensions_Http_no_dependency_injection_code_is_generated()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat" });

        Assert.DoesNotContain(outcome.Result.GeneratedSources, s => s.HintName == "FregDependencyInjection.g.cs");
    }

    [Fact]
    public void Generated_code_compiles_next_to_the_SDKs_implicit_usings()
    {
        var implicitUsings = "global using global::System; global using global::System.Collections.Generic; global using global::System.IO; global using global::System.Linq; global using global::System.Net.Http; global using global::System.Text; global using global::System.Threading; global using global::System.Threading.Tasks;";
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat", Sources = new[] { implicitUsings, Usage } });

        // A using the SDK already imports globally is only a hidden CS8933, which no build shows.
        var problems = outcome.Compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void Generated_code_compiles_with_the_oldest_supported_language_version()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "offentlig-med-hjemmel", LanguageVersion = LanguageVersion.CSharp11 });

        var errors = GeneratorHarness.CompileErrors(outcome);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(30)));
    }
}
