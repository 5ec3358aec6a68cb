using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FregGen.Catalogue;
using FregGen.Infrastructure;
using FregGen.Project;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>
/// The project's rights package, resolved once per compilation exactly as the generator resolves it (options, file
/// roles and catalogue overlays come from the shared code in <c>common/Project</c>).
/// </summary>
internal sealed class ProjectRights
{
    private ProjectRights(FregProjectOptions options, ProjectCatalogue catalogue, RightsPackageResolution resolution)
    {
        Options = options;
        ProjectCatalogue = catalogue;
        Resolution = resolution;
    }

    public FregProjectOptions Options { get; }

    public RightsCatalogue Catalogue => ProjectCatalogue.Catalogue;

    /// <summary>The catalogue with its problems (FREG006), which the analyzers report when the generator does not run.</summary>
    public ProjectCatalogue ProjectCatalogue { get; }

    public RightsPackageResolution Resolution { get; }

    /// <summary>The FregRightsPackage value, or null when it is not set.</summary>
    public string? RequestedPackage => Resolution.Requested;

    /// <summary>The resolved package, or null when it is missing or unknown.</summary>
    public RightsPackage? Package => Resolution.Package;

    /// <summary>Whether FregGen's generator runs in this project (it reports FREG001 and FREG006 itself then).</summary>
    public bool GeneratorEnabled => Options.GeneratorRuns;

    public string KnownPackageIds => Resolution.KnownPackageIds;

    public static ProjectRights Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var projectOptions = FregProjectOptions.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var files = new List<CatalogueFileResult>();
        foreach (var file in options.AdditionalFiles)
        {
            if (FregFileRoles.Of(options.AnalyzerConfigOptionsProvider.GetOptions(file)) == FregFileRole.Catalogue)
            {
                files.Add(CatalogueFileResult.Read(file.Path, () => file.GetText(cancellationToken)?.ToString()));
            }
        }

        var catalogue = ProjectCatalogue.Build(files, projectOptions.CatalogueDate);
        return new ProjectRights(projectOptions, catalogue, RightsPackageResolution.Resolve(projectOptions.RightsPackage, catalogue.Catalogue));
    }

    /// <summary>The catalogue problems located in one file.</summary>
    public IEnumerable<DiagnosticInfo> CatalogueDiagnosticsIn(string path)
        => ProjectCatalogue.Diagnostics.Where(diagnostic => diagnostic.Location?.FilePath == path);

    /// <summary>The packages that grant a field path, for messages ("granted by finans, offentlig-med-hjemmel").</summary>
    public IEnumerable<string> PackagesGrantingField(string path)
        => Catalogue.Packages.Where(p => p.GrantsField(path)).Select(p => p.Id);

    /// <summary>Whether a nested field path falls under a field exclusion of some package (<c>kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer</c> in privat).</summary>
    public bool IsExcludedBySomePackage(string path)
    {
        foreach (var package in Catalogue.Packages)
        {
            foreach (var excluded in package.ExcludedFields)
            {
                var length = excluded.Path.Length;
                if ((path.Length == length || (path.Length > length && path[length] == '.'))
                    && string.Compare(path, 0, excluded.Path, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public IEnumerable<string> PackagesOfferingOperation(string method, string path)
        => Catalogue.Packages.Where(p => p.GrantsOperation(method, path)).Select(p => p.Id);
}
