namespace FregGen.Project;

/// <summary>The MSBuild surface FregGen reads (the public contract; see generator/build/FregGen.props).</summary>
internal static class FregMSBuildProperties
{
    public const string RightsPackage = "FregRightsPackage";
    public const string Namespace = "FregNamespace";
    public const string Generate = "FregGenerate";
    public const string RootNamespace = "RootNamespace";
    public const string CatalogueDate = "FregCatalogueDate";

    public const string SpecMetadata = "FregSpec";
    public const string SpecBaselineMetadata = "FregSpecBaseline";
    public const string CatalogueMetadata = "FregCatalogue";
    public const string ProjectFileMetadata = "FregProjectFile";

    public static string BuildProperty(string name) => "build_property." + name;

    public static string AdditionalFileMetadata(string name) => "build_metadata.AdditionalFiles." + name;
}
