using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Model shapes: one <see cref="ModelType"/> per reachable schema with its granted properties (C# name, shape, Freg field
/// paths, and on the person document the grant remarks), and one <see cref="EnumType"/> per named enum. In: the granted
/// spec, the reachable keys, the type names and shapes, the person's field paths, the package. Out: both lists, sorted
/// by section and name.
/// </summary>
internal static class ModelShapes
{
    /// <summary>The member the generated model keeps unknown JSON properties in; a property with this name is renamed.</summary>
    public const string AdditionalPropertiesMember = "AdditionalProperties";

    /// <summary>Members every class and struct inherits from object; a property or enum value with such a name would hide one.</summary>
    private static readonly string[] InheritedMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    public static EquatableArray<ModelType> Models(
        GrantedSpec granted, IReadOnlyList<string> reachable, TypeNames names, TypeShapes shapes, PersonFieldPaths fieldPaths, RightsPackage package, RightsCatalogue catalogue)
        => reachable
            .Select(key => Model(granted, key, names, shapes, fieldPaths, package, catalogue))
            .OrderBy(type => type.Section, StringComparer.Ordinal)
            .ThenBy(type => type.Name, StringComparer.Ordinal)
            .ToEquatableArray();

    public static EquatableArray<EnumType> Enums(TypeNames names)
        => names.Enums
            .Select(entry => new EnumType(entry.Section, entry.Name, EnumMembers(entry.Name, entry.Values)))
            .OrderBy(type => type.Section, StringComparer.Ordinal)
            .ThenBy(type => type.Name, StringComparer.Ordinal)
            .ToEquatableArray();

    private static ModelType Model(GrantedSpec granted, string key, TypeNames names, TypeShapes shapes, PersonFieldPaths fieldPaths, RightsPackage package, RightsCatalogue catalogue)
    {
        var (section, name) = names.Of(key);
        var isPerson = key == granted.PersonSchema?.Key;
        var taken = new HashSet<string>(StringComparer.Ordinal) { name, AdditionalPropertiesMember };
        var properties = new List<ModelProperty>();
        foreach (var property in granted.Properties[key])
        {
            var candidate = Naming.Pascal(property.JsonName);
            if (candidate == name || candidate == AdditionalPropertiesMember || InheritedMembers.Contains(candidate))
            {
                candidate += "Verdi";
            }

            properties.Add(new ModelProperty(
                property.JsonName,
                Naming.Unique(candidate, taken),
                shapes.Of(property.Type, section, property.JsonName),
                property.Description,
                fieldPaths.Of(key, property.JsonName),
                isPerson ? PersonPropertyRemarks.For(package, catalogue, property.JsonName) : EquatableArray<string>.Empty));
        }

        return new ModelType(section, name, key, granted.Spec.FindSchema(key)?.Description, properties.ToEquatableArray());
    }

    private static EquatableArray<EnumMember> EnumMembers(string enumName, EquatableArray<string> values)
    {
        var taken = new HashSet<string>(InheritedMembers.Concat(new[] { enumName, "Value", "IsKnown", "KnownValues" }), StringComparer.Ordinal);
        return values.Select(value => new EnumMember(Naming.Unique(Naming.Pascal(value), taken), value)).ToEquatableArray();
    }
}
