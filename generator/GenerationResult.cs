using FregGen.Generator.Planning;
using FregGen.Infrastructure;

namespace FregGen.Generator;

/// <summary>The outcome of planning: what to emit (nothing when a fatal problem was found) and the diagnostics.</summary>
internal sealed record GenerationResult(GenerationModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Names of the pipeline steps, for the incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ParseSpec = nameof(ParseSpec);
    public const string ParseSpecBaseline = nameof(ParseSpecBaseline);
    public const string ReadCatalogue = nameof(ReadCatalogue);
    public const string ReadProjectFile = nameof(ReadProjectFile);
    public const string Features = nameof(Features);
    public const string Plan = nameof(Plan);
}
