using System.Text;
using FregGen.Benchmarks.Payloads;

namespace FregGen.Benchmarks.Reporting;

/// <summary>Section 1 of the report: deserialising the two payloads and serialising the bulk request.</summary>
public static class RunTimeSection
{
    public static void Write(StringBuilder output, SuiteResults results)
    {
        var payloads = results.Payloads;
        output.Append("## 1. Run time\n\n");
        output.Append("Inputs come from the simulator, started in-process with seed ").Append(payloads.Seed)
            .Append(" (same seed, same bytes); saved under `artifacts/benchmarks/payloads/`. Every implementation is checked in its global setup to read all ")
            .Append(payloads.PersonsInBulkResponse).Append(" oppslag / ").Append(payloads.EventsInFeedPage).Append(" events (or write the same number of bytes) before it is timed.\n\n");
        output.Append("Peers: ").Append(results.Peers.NSwag.Description).Append("; ").Append(results.Peers.Kiota.Description)
            .Append(". Both were generated from the spec during this run, compiled in memory with Roslyn and loaded into the benchmark process (")
            .Append(ReportFormat.Duration(results.Peers.Elapsed)).Append("); they are called through delegates built once by reflection.\n\n");

        WriteDeserialisation(output, BulkTitle, payloads.BulkResponse, results.BulkResponse);
        WriteDeserialisation(output, FeedTitle, payloads.FeedPage, results.FeedPage);
        WriteSerialisation(output, results.BulkRequest);
        WriteDeserialisation(output, SecondBulkTitle, payloads.SecondBulkResponse, results.SecondBulkResponse);
        WriteUnknownProperties(output, payloads, results.UnknownProperty);
        WritePairedRatios(output, results.PairedRatios);
    }

    /// <summary>The ratios the time targets are judged on, from alternating rounds in one process.</summary>
    public static void WritePairedRatios(StringBuilder output, System.Collections.Generic.IReadOnlyList<FregGen.Benchmarks.Runtime.PairedRatio> ratios)
    {
        if (ratios.Count == 0)
        {
            return;
        }

        output.Append("### Paired rounds\n\n");
        output.Append("BenchmarkDotNet measures the two sides of a ratio one after the other, and on a shared 2-core machine the load changes in between. So each ratio a target is judged on is also measured in ")
            .Append(ratios[0].Rounds).Append(" alternating rounds in this process (each round times one operation of each side, in alternating order, after 20 warm-up rounds); the table gives the median of the rounds' ratios and its quartiles.\n\n");
        var table = new MarkdownTable("Ratio", "Baseline", "Candidate", "Median", "Lower quartile", "Upper quartile") { TextColumns = 3 };
        foreach (var ratio in ratios)
        {
            table.Row(ratio.Name, ratio.Baseline, ratio.Candidate, ReportFormat.Ratio(ratio.Median), ReportFormat.Ratio(ratio.LowerQuartile), ReportFormat.Ratio(ratio.UpperQuartile));
        }

        table.WriteTo(output);
    }

    public const string BulkTitle = "### 1a. Deserialising the 1000-person bulk response";
    public const string FeedTitle = "### 1b. Deserialising a 1000-event feed page";
    public const string SecondBulkTitle = "### 1d. Deserialising a second, differently shaped 1000-person bulk response (history and other parts)";

    public static void WriteDeserialisation(StringBuilder output, string title, Payload payload, MeasuredSuite suite)
    {
        output.Append(title).Append("\n\n");
        output.Append("Payload: `").Append(payload.Description).Append("`, ").Append(ReportFormat.ExactBytes(payload.Size))
            .Append(" (`artifacts/benchmarks/payloads/").Append(System.IO.Path.GetFileName(payload.SavedTo)).Append("`, SHA-256 ").Append(payload.Fingerprint).Append("…).\n\n");
        var fregGen = suite["FregGenConverter"];
        var raw = suite["RawReader"];
        var table = new MarkdownTable(["Implementation", .. MeasuredCase.TimingColumns, "Allocated / payload", "Median / raw reader", "Median / FregGen", "Allocated / FregGen"]);
        foreach (var measured in suite.Cases)
        {
            table.Row([
                measured.Label,
                .. measured.TimingCells(),
                ReportFormat.Ratio(measured.AllocatedBytes, payload.Size),
                ReportFormat.Ratio(measured.MedianNs / raw.MedianNs),
                ReportFormat.Ratio(measured.MedianNs / fregGen.MedianNs),
                ReportFormat.Ratio(measured.AllocatedBytes, fregGen.AllocatedBytes)]);
        }

        table.WriteTo(output);
        WriteFregGenComparison(output, suite, fregGen, withRawReader: true);
    }

    public static void WriteSerialisation(StringBuilder output, MeasuredSuite suite)
    {
        var fregGen = suite["FregGenConverter"];
        output.Append("### 1c. Serialising a bulk request (PersonBulkoppslagRequest, 1000 ids)\n\n");
        output.Append("Each implementation writes the body its client sends: FregGen's generated WriteValue into a 16 KiB ArrayBufferWriter (FregClient's own path) or JsonSerializer with FregJsonContext; NSwag's JsonSerializer.SerializeToUtf8Bytes with its options; Kiota's JsonSerializationWriter and its (pooled) content stream, disposed afterwards as the HTTP pipeline would.\n\n");
        var table = new MarkdownTable(["Implementation", .. MeasuredCase.TimingColumns, "Median / FregGen", "Allocated / FregGen"]);
        foreach (var measured in suite.Cases)
        {
            table.Row([
                measured.Label,
                .. measured.TimingCells(),
                ReportFormat.Ratio(measured.MedianNs / fregGen.MedianNs),
                ReportFormat.Ratio(measured.AllocatedBytes, fregGen.AllocatedBytes)]);
        }

        table.WriteTo(output);
        WriteFregGenComparison(output, suite, fregGen, withRawReader: false);
    }

    public static void WriteUnknownProperties(StringBuilder output, PayloadSet payloads, MeasuredSuite suite)
    {
        output.Append("### 1e. One unknown property on every person entry\n\n");
        output.Append("What a field Skatteetaten adds costs: the 1a and 1d answers with `").Append(UnknownProperty.Json.TrimEnd(','))
            .Append("` inserted at the start of every entry of every person (each item of a person property's list; ")
            .Append(ReportFormat.Count(payloads.EntriesInBulkResponse)).Append(" entries in 1a, ").Append(ReportFormat.Count(payloads.EntriesInSecondBulkResponse))
            .Append(" in 1d), everything else byte for byte the same (")
            .Append(ReportFormat.ExactBytes(payloads.BulkResponseWithUnknown.Size)).Append(" and ").Append(ReportFormat.ExactBytes(payloads.SecondBulkResponseWithUnknown.Size))
            .Append("). Each row reads one answer with FregGen's generated converter or NSwag's models, in the same run; the setup checks that FregGen kept the property on every entry.\n\n");
        var table = new MarkdownTable(["Implementation", .. MeasuredCase.TimingColumns, "Median / same answer without", "Allocated / same answer without"]);
        foreach (var measured in suite.Cases)
        {
            var without = WithoutUnknown(suite, measured.Method);
            table.Row([
                measured.Label,
                .. measured.TimingCells(),
                without is null ? "" : ReportFormat.Ratio(measured.MedianNs / without.MedianNs),
                without is null ? "" : ReportFormat.Ratio(measured.AllocatedBytes, without.AllocatedBytes)]);
        }

        table.WriteTo(output);
        output.Append("FregGen with the unknown property against without: 1a ").Append(ReportFormat.Ratio(suite["FregGenBulkWithUnknown"].MedianNs / suite["FregGenBulk"].MedianNs))
            .Append(" the time, 1d ").Append(ReportFormat.Ratio(suite["FregGenSecondWithUnknown"].MedianNs / suite["FregGenSecond"].MedianNs)).Append(" the time.\n\n");
    }

    /// <summary>FregGen's row for the same answer without the unknown property (NSwag's own rows without it are in 1a and 1d).</summary>
    private static MeasuredCase? WithoutUnknown(MeasuredSuite suite, string method) => method switch
    {
        "FregGenBulkWithUnknown" => suite["FregGenBulk"],
        "FregGenSecondWithUnknown" => suite["FregGenSecond"],
        _ => null,
    };

    private static void WriteFregGenComparison(StringBuilder output, MeasuredSuite suite, MeasuredCase fregGen, bool withRawReader)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (withRawReader)
        {
            parts.Add("vs the raw reader " + ReportFormat.Ratio(fregGen.MedianNs / suite["RawReader"].MedianNs) + " the time");
        }

        foreach (var peer in new[] { "NSwag", "Kiota" })
        {
            var other = suite[peer];
            parts.Add("vs " + peer + " " + ReportFormat.Ratio(fregGen.MedianNs / other.MedianNs) + " the time and " + ReportFormat.Ratio(fregGen.AllocatedBytes, other.AllocatedBytes) + " the allocated bytes");
        }

        output.Append("FregGen (generated converter): ").Append(string.Join("; ", parts)).Append(".\n\n");
    }
}
