using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Generator.Options;

/// <summary>The project's FregGen settings, read from MSBuild properties made visible by build/FregGen.props.</summary>
internal sealed record GeneratorOptions(string? RightsPackage, string? Namespace, string? RootNamespace, string? GenerateText)
{
    public static GeneratorOptions Read(AnalyzerConfigOptions options)
        => new(
            Value(options, FregMSBuildProperties.RightsPackage),
            Value(options, FregMSBuildProperties.Namespace),
            Value(options, FregMSBuildProperties.RootNamespace),
            Value(options, FregMSBuildProperties.Generate));

    /// <summary>Whether to generate; null when the value is not a boolean.</summary>
    public bool? Generate => GenerateText is null ? true
        : string.Equals(GenerateText, "true", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(GenerateText, "false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    public string EffectiveNamespace => Namespace ?? (RootNamespace is { Length: > 0 } root ? root + ".Freg" : "Freg");

    private static string? Value(AnalyzerConfigOptions options, string property)
        => options.TryGetValue(FregMSBuildProperties.BuildProperty(property), out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

internal enum FregFileRole
{
    None,
    Spec,
    Catalogue,
    ProjectFile,
}

internal static class FregFileRoles
{
    public static FregFileRole Of(AnalyzerConfigOptions options)
    {
        if (IsTrue(options, FregMSBuildProperties.SpecMetadata))
        {
            return FregFileRole.Spec;
        }

        if (IsTrue(options, FregMSBuildProperties.CatalogueMetadata))
        {
            return FregFileRole.Catalogue;
        }

        return IsTrue(options, FregMSBuildProperties.ProjectFileMetadata) ? FregFileRole.ProjectFile : FregFileRole.None;
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string metadata)
        => options.TryGetValue(FregMSBuildProperties.AdditionalFileMetadata(metadata), out var value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
