using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FregGen.Benchmarks.Analyzers;

/// <summary>One timed build of the consumer: wall-clock time of `dotnet build`, and the compiler's share from MSBuild's task summary.</summary>
public sealed record ConsumerBuild(bool AnalyzersOn, int Round, TimeSpan Wall, TimeSpan? Compiler, int Warnings)
{
    private static readonly Regex CscTask = new(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex WarningCount = new(@"^\s*(?<count>\d+) Warning\(s\)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static ConsumerBuild FromOutput(bool analyzersOn, int round, TimeSpan wall, string output)
    {
        var csc = CscTask.Match(output);
        var warnings = WarningCount.Match(output);
        return new ConsumerBuild(
            analyzersOn,
            round,
            wall,
            csc.Success ? TimeSpan.FromMilliseconds(double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture)) : null,
            warnings.Success ? int.Parse(warnings.Groups["count"].Value, CultureInfo.InvariantCulture) : -1);
    }
}
