using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Project;

/// <summary>The project's FregGen settings, read from the MSBuild properties that build/FregGen.props makes visible.</summary>
internal sealed record FregProjectOptions(string? RightsPackage, string? Namespace, string? RootNamespace, string? GenerateText)
{
    public static FregProjectOptions Read(AnalyzerConfigOptions globalOptions)
        => new(
            Property(globalOptions, FregMSBuildProperties.RightsPackage),
            Property(globalOptions, FregMSBuildProperties.Namespace),
            Property(globalOptions, FregMSBuildProperties.RootNamespace),
            Property(globalOptions, FregMSBuildProperties.Generate));

    /// <summary>Whether to generate; null when <c>FregGenerate</c> is not a boolean (the generator then reports FREG008 and nothing else).</summary>
    public bool? Generate => FregOptionValues.Boolean(GenerateText, absent: true);

    /// <summary>
    /// Whether the generator runs and so reports the project-level diagnostics (FREG001, FREG006) itself. When it does
    /// not (<c>FregGenerate</c> false or invalid), the analyzers report them.
    /// </summary>
    public bool GeneratorRuns => Generate == true;

    public string EffectiveNamespace => Namespace ?? (RootNamespace is { Length: > 0 } root ? root + ".Freg" : "Freg");

    private static string? Property(AnalyzerConfigOptions options, string name)
        => FregOptionValues.Text(options, FregMSBuildProperties.BuildProperty(name));
}
