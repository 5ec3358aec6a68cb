using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;

namespace FregGen.Analyzers.Usage;

/// <summary>
/// What the code uses from Freg and how every rights package measures up to it: the packages that grant all of it
/// and, for each that does not, what it lacks. The facts behind FREG107 and freg-usage.txt/.json.
/// </summary>
internal sealed class UsageReport
{
    public const int FormatVersion = 1;

    private UsageReport(string? rightsPackageId, string? rightsPackageName, IReadOnlyList<UsageItem> fields, IReadOnlyList<UsageItem> parts, IReadOnlyList<UsageItem> operations, IReadOnlyList<PackageVerdict> packages)
    {
        RightsPackageId = rightsPackageId;
        RightsPackageName = rightsPackageName;
        Fields = fields;
        Parts = parts;
        Operations = operations;
        Packages = packages;
    }

    /// <summary>The project's FregRightsPackage (null when not set), and its name when the catalogue knows it.</summary>
    public string? RightsPackageId { get; }

    public string? RightsPackageName { get; }

    public IReadOnlyList<UsageItem> Fields { get; }

    public IReadOnlyList<UsageItem> Parts { get; }

    public IReadOnlyList<UsageItem> Operations { get; }

    /// <summary>Every package of the catalogue, narrowest (fewest grants) first.</summary>
    public IReadOnlyList<PackageVerdict> Packages { get; }

    public IEnumerable<PackageVerdict> Granting => Packages.Where(p => p.GrantsAll);

    public static UsageReport Build(UsageCollector usage, RightsCatalogue catalogue, string? requestedPackage, RightsPackage? package)
    {
        var fields = usage.Fields;
        var parts = usage.Parts;
        var operations = usage.Operations;
        var verdicts = catalogue.Packages
            .OrderBy(p => p.GrantsEntireSpec ? int.MaxValue : p.Properties.Count + p.Operations.Count)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new PackageVerdict(
                p.Id,
                p.Name,
                fields.Select(f => f.Key).Where(f => !p.GrantsField(f)).ToList(),
                parts.Select(f => f.Key).Where(part => p.ResolvePart(part, catalogue) is null).ToList(),
                operations.Select(o => o.Key).Where(o => !GrantsOperation(p, o)).ToList()))
            .ToList();
        return new UsageReport(package?.Id ?? requestedPackage, package?.Name, fields, parts, operations, verdicts);
    }

    private static bool GrantsOperation(RightsPackage package, string key)
    {
        var space = key.IndexOf(' ');
        return package.GrantsOperation(key.Substring(0, space), key.Substring(space + 1));
    }
}

/// <summary>How one rights package measures up to the code's use: what it does not grant (nothing, when it grants all of it).</summary>
internal sealed record PackageVerdict(string Id, string Name, IReadOnlyList<string> FieldsNotGranted, IReadOnlyList<string> PartsNotAccepted, IReadOnlyList<string> OperationsNotOffered)
{
    public bool GrantsAll => FieldsNotGranted.Count == 0 && PartsNotAccepted.Count == 0 && OperationsNotOffered.Count == 0;
}
