using System.Linq;
using System.Text;
using FregGen.Benchmarks.BuildTime;

namespace FregGen.Benchmarks.Reporting;

/// <summary>Section 2 of the report: generator time with the spec changed, the unrelated-edit rerun, and generated code size.</summary>
public static class BuildTimeSection
{
    public static void Write(StringBuilder output, SuiteResults results)
    {
        output.Append("## 2. Build time\n\n");
        WriteGenerators(output, results);
        WriteUnrelatedEdit(output, results);
        WriteCodeSize(output, results.CodeSize);
    }

    private static void WriteGenerators(StringBuilder output, SuiteResults results)
    {
        var suite = results.Generators;
        var nswag = suite["NSwagParseAndGenerate"];
        output.Append("### 2a. Generating from the real spec, warm, spec changed every run\n\n");
        output.Append("FregGen: `FregClientGenerator` in a `CSharpGeneratorDriver` (Roslyn ").Append(results.Machine.Roslyn)
            .Append("), the spec passed as an AdditionalFiles item with FregSpec metadata, the driver kept between runs (warm). Before every run the spec's text is edited (a comment line and the info title, which is in every generated file's header), so parsing, planning and emitting all rerun — the harness checks this with step tracking (see 2b). The time includes the driver parsing the generated sources into syntax trees, as in a real build. ")
            .Append("NSwag: the same edited spec text through `OpenApiYamlDocument.FromYamlAsync` and `CSharpClientGenerator.GenerateFile` (System.Text.Json, client classes); \"generate\" alone reuses one parsed document.\n\n");
        var table = new MarkdownTable(["Run", .. MeasuredCase.TimingColumns, "Median / NSwag parse + generate"]);
        foreach (var measured in suite.Cases)
        {
            table.Row([
                measured.Label,
                .. measured.TimingCells(),
                ReportFormat.Ratio(measured.MedianNs / nswag.MedianNs)]);
        }

        table.WriteTo(output);
    }

    private static void WriteUnrelatedEdit(StringBuilder output, SuiteResults results)
    {
        output.Append("### 2b. Rerun after an unrelated edit\n\n");
        output.Append("The driver runs again on a compilation that differs only in an unrelated source file (the benchmark alternates between two such compilations, so every run sees a changed compilation). Step tracking, asserted by the harness before the timing:\n\n");
        foreach (var check in results.Incrementality)
        {
            output.Append("- ").Append(check.Describe()).Append('\n');
        }

        output.Append('\n');
        var table = new MarkdownTable(["Run", .. MeasuredCase.TimingColumns, "Median / spec-changed run"]);
        foreach (var measured in results.UnrelatedEdit.Cases)
        {
            var specChanged = measured.Method == "Privat" ? results.Generators["FregGenPrivat"] : results.Generators["FregGenOffentligMedHjemmel"];
            table.Row([
                measured.Label,
                .. measured.TimingCells(),
                ReportFormat.Ratio(measured.MedianNs / specChanged.MedianNs)]);
        }

        table.WriteTo(output);
    }

    private static void WriteCodeSize(StringBuilder output, GeneratedCodeSize sizes)
    {
        output.Append("### 2c. Size of the generated code\n\n");
        output.Append("Lines of C# each generator wrote (all files; \"non-blank\" leaves out empty and whitespace-only lines). FregGen per rights package; NSwag and Kiota for the whole spec; Kiota also filtered with `--include-path` to the operations FregGen's privat client offers (")
            .Append(string.Join(", ", sizes.PrivatOperations.Select(operation => "`" + operation + "`"))).Append(").\n\n");
        var nswag = sizes.NSwagWholeSpec;
        var table = new MarkdownTable("Generator", "Scope", "Files", "Lines", "Non-blank lines", "Characters", "Lines / NSwag whole spec", "Non-blank / NSwag whole spec") { TextColumns = 2 };
        foreach (var size in sizes.FregGenPerPackage.Append(nswag).Append(sizes.KiotaWholeSpec).Append(sizes.KiotaPrivatOperations))
        {
            table.Row(
                size.Generator,
                size.Scope,
                ReportFormat.Count(size.Files),
                ReportFormat.Count(size.Lines),
                ReportFormat.Count(size.NonBlankLines),
                ReportFormat.Count(size.Characters),
                ReportFormat.Ratio((double)size.Lines / nswag.Lines),
                ReportFormat.Ratio((double)size.NonBlankLines / nswag.NonBlankLines));
        }

        table.WriteTo(output);
    }
}
