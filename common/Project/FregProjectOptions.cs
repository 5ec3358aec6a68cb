using FregGen.Catalogue;
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
            Property(globalOptions, FregMSBuildProperties.Generate))
        {
            CatalogueDateText = Property(globalOptions, FregMSBuildProperties.CatalogueDate),
            ClientInReferencedAssembly = FregOptionValues.Boolean(Property(globalOptions, FregMSBuildProperties.ClientInReferencedAssembly), absent: false) == true,
        };

    /// <summary>Whether the project references an assembly that holds its generated client (see <see cref="FregMSBuildProperties.ClientInReferencedAssembly"/>).</summary>
    public bool ClientInReferencedAssembly { get; init; }

    /// <summary>The <c>FregCatalogueDate</c> value as written (build/FregGen.props defaults it to the build's UTC day).</summary>
    public string? CatalogueDateText { get; init; }

    /// <summary>The day the rights package is resolved on; null when it is not set or invalid (then the catalogue's own date is used).</summary>
    public CatalogueDate? CatalogueDate => FregOptionValues.Date(CatalogueDateText, out _);

    /// <summary>Whether <c>FregCatalogueDate</c> is set but is not a yyyy-MM-dd day (the generator reports FREG008).</summary>
    public bool CatalogueDateIsInvalid
    {
        get
        {
            FregOptionValues.Date(CatalogueDateText, out var invalid);
            return invalid;
        }
    }

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
