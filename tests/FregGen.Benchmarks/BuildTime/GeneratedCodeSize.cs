using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FregGen.Benchmarks.Peers;

namespace FregGen.Benchmarks.BuildTime;

/// <summary>2c. Lines of generated code: FregGen per rights package, against NSwag's and Kiota's whole-spec output and Kiota filtered to privat's operations.</summary>
public sealed record GeneratedCodeSize(
    IReadOnlyList<CodeSize> FregGenPerPackage,
    CodeSize NSwagWholeSpec,
    CodeSize KiotaWholeSpec,
    CodeSize KiotaPrivatOperations,
    IReadOnlyList<string> PrivatOperations)
{
    /// <summary>The nine rights packages of the catalogue, in the README's order.</summary>
    public static readonly IReadOnlyList<string> Packages = new[]
    {
        "offentlig-med-hjemmel", "offentlig-uten-hjemmel", "privat-uten-hjemmel", "privat", "privat-uten-folkeregisteridentifikator",
        "finans", "presse", "presse-uten-folkeregisteridentifikator", "utsteder-eid",
    };

    private static readonly Regex OperationAttribute = new(@"\.FregOperation\(""(?<method>[A-Z]+)"", ""(?<path>[^""]+)""\)", RegexOptions.CultureInvariant);

    public CodeSize Privat => FregGenPerPackage.Single(size => size.Scope == "privat");

    public static GeneratedCodeSize Measure(string specText, string nswagSourceFile, string kiotaWholeSpecFolder)
    {
        var perPackage = new List<CodeSize>();
        IReadOnlyList<string> privatOperations = Array.Empty<string>();
        foreach (var package in Packages)
        {
            var run = GeneratorRun.Create(package, specText, trackSteps: false);
            run.Run();
            if (!run.GeneratorErrors().IsEmpty)
            {
                throw new InvalidOperationException("FregGen reported errors for " + package + ": " + run.GeneratorErrors()[0]);
            }

            var sources = run.LastResult.GeneratedSources.Select(source => source.SourceText.ToString()).ToList();
            perPackage.Add(CodeSize.Measure("FregGen", package, sources));
            if (package == "privat")
            {
                privatOperations = Operations(sources);
            }
        }

        var kiotaPrivat = KiotaGeneration.Generate("privat-operations", privatOperations.Select(KiotaIncludePath).ToList());
        return new GeneratedCodeSize(
            perPackage,
            CodeSize.Measure("NSwag", "whole spec", new[] { File.ReadAllText(nswagSourceFile) }),
            CodeSize.Measure("Kiota", "whole spec", KiotaGeneration.ReadSources(kiotaWholeSpecFolder).Select(source => source.Text)),
            CodeSize.Measure("Kiota", "privat's operations (--include-path)", KiotaGeneration.ReadSources(kiotaPrivat).Select(source => source.Text)),
            privatOperations);
    }

    /// <summary>The operations a package's client offers, as "GET /v1/..." from the [FregOperation] attributes FregGen emits.</summary>
    private static IReadOnlyList<string> Operations(IEnumerable<string> sources)
        => sources.SelectMany(source => OperationAttribute.Matches(source))
            .Select(match => match.Groups["method"].Value + " " + match.Groups["path"].Value)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(operation => operation, StringComparer.Ordinal)
            .ToList();

    /// <summary>"GET /v1/x" in Kiota's include-path form, "/v1/x#GET".</summary>
    private static string KiotaIncludePath(string operation)
    {
        var space = operation.IndexOf(' ', StringComparison.Ordinal);
        return operation.Substring(space + 1) + "#" + operation.Substring(0, space);
    }
}
