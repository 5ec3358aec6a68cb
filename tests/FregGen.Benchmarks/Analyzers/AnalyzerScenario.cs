namespace FregGen.Benchmarks.Analyzers;

/// <summary>
/// Which other analyzers the consumer runs, and so what "FregGen's analyzers off" takes away.
/// </summary>
/// <param name="EmptyAnalyzer">Whether the analyzer measured is <see cref="EmptyOperationAnalyzer"/> instead of FregGen's.</param>
public sealed record AnalyzerScenario(string Name, string Description, bool SdkAnalyzers, string OffArgument, string OffDescription, bool EmptyAnalyzer = false)
{
    /// <summary>
    /// The SDK's .NET analyzers disabled: FregGen's analyzers are the only ones, so they alone pay for the compiler's
    /// analyzer driver and its operation trees. The worst case.
    /// </summary>
    public static AnalyzerScenario FregGenAlone { get; } = new(
        "FregGen's analyzers alone",
        "`<EnableNETAnalyzers>false</EnableNETAnalyzers>`: FregGen's are the only analyzers, so \"on\" also pays for starting the compiler's analyzer driver and building operation trees",
        SdkAnalyzers: false,
        "-p:RunAnalyzers=false",
        "skips analyzers but still runs the generator");

    /// <summary>
    /// As <see cref="FregGenAlone"/>, with an analyzer that asks for the same operations and does nothing in place of
    /// FregGen's: what the compiler charges any analyzer of this kind, whatever it does.
    /// </summary>
    public static AnalyzerScenario EmptyAnalyzerAlone { get; } = new(
        "An analyzer that does nothing, alone",
        "`<EnableNETAnalyzers>false</EnableNETAnalyzers>`, and in place of FregGen's analyzers one that registers an operation action for calls and property reads and returns at once (built by the benchmark); \"on\" is that analyzer",
        SdkAnalyzers: false,
        "-p:RunAnalyzers=false",
        "skips analyzers but still runs the generator",
        EmptyAnalyzer: true);

    /// <summary>
    /// A project as `dotnet new` makes it: the SDK's .NET analyzers on at their default level, as they are unless a
    /// project turns them off. "Off" removes only FregGen's analyzer DLLs.
    /// </summary>
    public static AnalyzerScenario DefaultProject { get; } = new(
        "Default SDK project",
        "the SDK's .NET analyzers at their default (on, as in every project that does not turn them off), so \"on\" adds FregGen's analyzers to analyzers that run anyway",
        SdkAnalyzers: true,
        "-p:" + ConsumerProject.AnalyzerSwitch + "=false",
        "drops FregGen's analyzer DLLs and keeps the SDK's analyzers and the generator");
}
