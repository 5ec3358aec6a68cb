using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FregGen.Catalogue;
using FregGen.Simulator.Freg;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Rights;

/// <summary>The rights catalogue the generator uses (embedded, read by the shared catalogue code) and the person properties of the spec.</summary>
internal sealed class SimulatorCatalogue
{
    public const string SupersetPackageId = "offentlig-med-hjemmel";

    private static readonly Lazy<SimulatorCatalogue> LazyInstance = new(Load);

    private SimulatorCatalogue(RightsCatalogue catalogue, IReadOnlyList<string> specPersonProperties)
    {
        Catalogue = catalogue;
        SpecPersonProperties = specPersonProperties;
    }

    public static SimulatorCatalogue Instance => LazyInstance.Value;

    public RightsCatalogue Catalogue { get; }

    public IReadOnlyList<RightsPackage> Packages => Catalogue.Packages;

    /// <summary>The top-level properties of the spec's Folkeregisterperson, read from the generated model.</summary>
    public IReadOnlyList<string> SpecPersonProperties { get; }

    public RightsPackage Find(string packageId)
        => Catalogue.FindPackage(packageId) ?? throw new ArgumentException("Unknown rights package '" + packageId + "'. Known: " + string.Join(", ", Packages.Select(p => p.Id)) + ".", nameof(packageId));

    private static SimulatorCatalogue Load()
    {
        var errors = new List<(CatalogueError Error, string Path)>();
        var catalogue = CatalogueBuilder.Build(EmbeddedCatalogue.File, Array.Empty<(CatalogueFile File, string Path)>(), errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The embedded rights catalogue is invalid: " + errors[0].Error.Message);
        }

        var properties = typeof(Folkeregisterperson)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => property.GetCustomAttribute<FregFieldAttribute>())
            .Where(field => field is not null && field.Paths.Length > 0)
            .Select(field => field!.Paths[0])
            .ToList();
        return new SimulatorCatalogue(catalogue, properties);
    }
}
