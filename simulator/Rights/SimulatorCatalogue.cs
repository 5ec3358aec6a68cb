using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FregGen.Catalogue;
using FregGen.Simulator.Freg;
using FregGen.Simulator.Freg.Person;

namespace FregGen.Simulator.Rights;

/// <summary>
/// The rights catalogue the generator uses (embedded, read and resolved in time by the shared catalogue code) and the
/// person properties of the spec. The simulator resolves it on the register's "now" for lookups, and on each event's
/// day for the feeds, so a grant or an event type that starts or ends inside the feed window does so in the simulator too.
/// </summary>
internal sealed class SimulatorCatalogue
{
    public const string SupersetPackageId = "offentlig-med-hjemmel";

    private static readonly Lazy<(RightsCatalogue Definition, IReadOnlyList<string> Properties)> LazyDefinition = new(Load);

    private static readonly ConcurrentDictionary<CatalogueDate, SimulatorCatalogue> ByDay = new();

    private SimulatorCatalogue(CatalogueDate day, RightsCatalogue catalogue, IReadOnlyList<string> specPersonProperties)
    {
        Day = day;
        Catalogue = catalogue;
        SpecPersonProperties = specPersonProperties;
    }

    /// <summary>The catalogue on the day of <see cref="FregSimulatorOptions.ReferenceTime"/>'s default.</summary>
    public static SimulatorCatalogue Instance => On(new FregSimulatorOptions().ReferenceTime);

    /// <summary>The catalogue as read, with every dated fact; its screening rules and event types hold on every day.</summary>
    public static RightsCatalogue Definition => LazyDefinition.Value.Definition;

    public CatalogueDate Day { get; }

    /// <summary>The catalogue resolved on <see cref="Day"/>.</summary>
    public RightsCatalogue Catalogue { get; }

    public IReadOnlyList<RightsPackage> Packages => Catalogue.Packages;

    /// <summary>The top-level properties of the spec's Folkeregisterperson, read from the generated model.</summary>
    public IReadOnlyList<string> SpecPersonProperties { get; }

    public static SimulatorCatalogue On(DateTimeOffset moment) => On(CatalogueDate.Of(moment.UtcDateTime));

    public static SimulatorCatalogue On(CatalogueDate day)
        => ByDay.GetOrAdd(day, static key => new SimulatorCatalogue(key, Definition.AsOf(key), LazyDefinition.Value.Properties));

    public RightsPackage Find(string packageId)
        => Catalogue.FindPackage(packageId) ?? throw new ArgumentException("Unknown rights package '" + packageId + "'. Known: " + string.Join(", ", Packages.Select(p => p.Id)) + ".", nameof(packageId));

    /// <summary>The package on <see cref="Day"/>, or null when it does not exist that day.</summary>
    public RightsPackage? TryFind(string packageId) => Catalogue.FindPackage(packageId);

    private static (RightsCatalogue, IReadOnlyList<string>) Load()
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
        return (catalogue, properties);
    }
}
