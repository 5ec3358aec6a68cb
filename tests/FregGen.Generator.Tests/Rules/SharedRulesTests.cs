using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FregGen.Generator.Tests.Infrastructure;
using FregGen.Runtime.Logging;
using FregGen.Runtime.Resilience;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator.Tests.Rules;

/// <summary>
/// Retry-After and redaction have one implementation, FregGen.Runtime's: a project without the runtime gets the
/// runtime's own source emitted (internal), a project with it gets no copy and calls the runtime.
/// </summary>
public sealed class SharedRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Assembly> GeneratedWithoutRuntime = new(CompileGeneratedClient);

    public static TheoryData<string> RuleFiles => new() { "runtime/Resilience/FregRetryAfter.cs", "runtime/Logging/FregLogRedactor.cs" };

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Without_the_runtime_the_rule_is_emitted_from_the_runtimes_source_file(string ruleFile)
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat" });

        var source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, ruleFile)).Replace("\r\n", "\n").TrimEnd();
        var emitted = outcome.GeneratedText(Path.GetFileNameWithoutExtension(ruleFile) + ".g.cs");
        Assert.EndsWith(source + "\n", emitted, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_runtime_no_copy_is_emitted_and_the_client_calls_the_runtime()
    {
        var outcome = GeneratorHarness.Run(SnapshotScenarios.Create(SnapshotScenarios.WithRuntime));

        Assert.DoesNotContain(outcome.Result.GeneratedSources, source => source.HintName is "FregRetryAfter.g.cs" or "FregLogRedactor.g.cs");
        var errors = outcome.GeneratedText("FregErrors.g.cs");
        Assert.Contains("global::FregGen.Runtime.Resilience.FregRetryAfter.Read(", errors, StringComparison.Ordinal);
        Assert.Contains("global::FregGen.Runtime.Logging.FregLogRedactor.Redact(", errors, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompileErrors(outcome));
    }

    [Fact]
    public void The_emitted_Retry_After_reads_every_value_as_the_runtime_does()
    {
        var parse = GeneratedRule("FregGen.Runtime.Resilience.FregRetryAfter", "Parse");
        var corpus = new[]
        {
            null, string.Empty, " ", "0", "1", "9", "10", "1500", " 250 ", "2.5", "0.0004", "1.23456789", "-1", "+5", "1e3", "abc", "1,5",
            "9223372036854775807", "99999999999999999999.5", "Mon, 30 Nov 2026 12:00:03 GMT", "Mon, 30 Nov 2026 11:00:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT",
        }.Concat(Enumerable.Range(0, 200).Select(i => (i * 7919 % 100_000).ToString(CultureInfo.InvariantCulture)));

        foreach (var value in corpus)
        {
            Assert.Equal(FregRetryAfter.Parse(value, Now), (TimeSpan?)parse.Invoke(null, new object?[] { value, Now }));
        }
    }

    [Fact]
    public void The_emitted_redaction_replaces_exactly_what_the_runtime_replaces()
    {
        var redact = GeneratedRule("FregGen.Runtime.Logging.FregLogRedactor", "Redact");
        var random = new Random(1956_08_19);
        const string Alphabet = "01234567890123456789 -/x=?";
        for (var sample = 0; sample < 5_000; sample++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 30); i > 0; i--)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            Assert.Equal(FregLogRedactor.Redact(text.ToString()), (string)redact.Invoke(null, new object[] { text.ToString() })!);
        }
    }

    private static MethodInfo GeneratedRule(string typeName, string method)
    {
        var type = GeneratedWithoutRuntime.Value.GetType(typeName, throwOnError: true)!;
        Assert.False(type.IsPublic, typeName + " must be internal in the generated code, so it cannot clash with the runtime's public type");
        return type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
    }

    /// <summary>The generated client of a project without FregGen.Runtime, compiled and loaded into its own context.</summary>
    private static Assembly CompileGeneratedClient()
    {
        var outcome = GeneratorHarness.Run(new GeneratorScenario { RightsPackage = "privat" });
        using var image = new MemoryStream();
        var emit = outcome.Compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        image.Position = 0;
        return new AssemblyLoadContext("generated-without-runtime", isCollectible: true).LoadFromStream(image);
    }
}
