using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FregGen.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>
/// The project's rights package, resolved once per compilation from <c>FregRightsPackage</c> against the embedded
/// catalogue and the project's own catalogue files (AdditionalFiles with FregCatalogue="true").
/// </summary>
internal sealed class ProjectRights
{
    private ProjectRights(RightsCatalogue catalogue, string? requestedPackage, RightsPackage? package, bool generatorEnabled)
    {
        Catalogue = catalogue;
        RequestedPackage = requestedPackage;
        Package = package;
        GeneratorEnabled = generatorEnabled;
    }

    public RightsCatalogue Catalogue { get; }

    /// <summary>The FregRightsPackage value, or null when it is not set.</summary>
    public string? RequestedPackage { get; }

    /// <summary>The resolved package, or null when it is missing or unknown.</summary>
    public RightsPackage? Package { get; }

    /// <summary>Whether FregGen's generator runs in this project (it reports FREG001 itself then).</summary>
    public bool GeneratorEnabled { get; }

    public string KnownPackageIds => string.Join(", ", Catalogue.Packages.Select(p => p.Id));

    public static ProjectRights Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var requested = global.TryGetValue("build_property.FregRightsPackage", out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var generatorEnabled = !(global.TryGetValue("build_property.FregGenerate", out var generate) && string.Equals(generate?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        var overlays = new List<(CatalogueFile, string)>();
        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.FregCatalogue", out var isCatalogue) || !string.Equals(isCatalogue?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellationToken)?.ToString();
            if (text is not null && CatalogueReader.Read(text, new List<CatalogueError>()) is { } parsed)
            {
                overlays.Add((parsed, file.Path));
            }
        }

        var catalogue = CatalogueBuilder.Build(EmbeddedCatalogue.File, overlays, new List<(CatalogueError, string)>());
        return new ProjectRights(catalogue, requested, requested is null ? null : catalogue.FindPackage(requested), generatorEnabled);
    }

    /// <summary>The packages that grant a field path, for messages ("granted by finans, offentlig-med-hjemmel").</summary>
    public IEnumerable<string> PackagesGrantingField(string path)
        => Catalogue.Packages.Where(p => p.GrantsField(path)).Select(p => p.Id);

    public IEnumerable<string> PackagesOfferingOperation(string method, string path)
        => Catalogue.Packages.Where(p => p.GrantsOperation(method, path)).Select(p => p.Id);
}
