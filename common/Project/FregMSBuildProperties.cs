namespace FregGen.Project;

/// <summary>The MSBuild surface FregGen reads (the public contract; see generator/build/FregGen.props).</summary>
internal static class FregMSBuildProperties
{
    public const string RightsPackage = "FregRightsPackage";
    public const string Namespace = "FregNamespace";
    public const string Generate = "FregGenerate";
    public const string RootNamespace = "RootNamespace";
    public const string CatalogueDate = "FregCatalogueDate";

    /// <summary>Set to false by build/FregGen.targets where no usage report is written (design-time builds, FregUsageReport off): FREG107 then does not run.</summary>
    public const string UsageReportAnalysis = "_FregUsageReportAnalysis";

    /// <summary>
    /// Set to true by build/FregGen.targets in a project whose generated client is compiled into its own assembly
    /// (<c>FregClientAssembly</c>, the default): the generator then reports its diagnostics there (an IDE's live view)
    /// and adds no source, since the project references that assembly.
    /// </summary>
    public const string ClientInReferencedAssembly = "_FregClientInReferencedAssembly";

    /// <summary>Set by build/FregGen.targets to the name of the client assembly the project references (FREG109 looks in that one only).</summary>
    public const string ClientAssemblyName = "_FregClientAssemblyName";

    public const string SpecMetadata = "FregSpec";
    public const string SpecBaselineMetadata = "FregSpecBaseline";
    public const string CatalogueMetadata = "FregCatalogue";
    public const string ProjectFileMetadata = "FregProjectFile";

    public static string BuildProperty(string name) => "build_property." + name;

    public static string AdditionalFileMetadata(string name) => "build_metadata.AdditionalFiles." + name;
}
