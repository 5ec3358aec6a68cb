using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Project;

/// <summary>What an AdditionalFiles item is to FregGen, from its metadata.</summary>
internal enum FregFileRole
{
    None,
    Spec,

    /// <summary>An older spec to compare the project's spec with (the spec upgrade report, FREG012).</summary>
    SpecBaseline,
    Catalogue,
    ProjectFile,
}

internal static class FregFileRoles
{
    public static FregFileRole Of(AnalyzerConfigOptions fileOptions)
    {
        if (IsSet(fileOptions, FregMSBuildProperties.SpecMetadata))
        {
            return FregFileRole.Spec;
        }

        if (IsSet(fileOptions, FregMSBuildProperties.SpecBaselineMetadata))
        {
            return FregFileRole.SpecBaseline;
        }

        if (IsSet(fileOptions, FregMSBuildProperties.CatalogueMetadata))
        {
            return FregFileRole.Catalogue;
        }

        return IsSet(fileOptions, FregMSBuildProperties.ProjectFileMetadata) ? FregFileRole.ProjectFile : FregFileRole.None;
    }

    private static bool IsSet(AnalyzerConfigOptions options, string metadata)
        => FregOptionValues.Boolean(FregOptionValues.Text(options, FregMSBuildProperties.AdditionalFileMetadata(metadata)), absent: false) == true;
}
