using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Generator.Planning;
using FregGen.Generator.Spec;

namespace FregGen.Generator.SpecChanges;

/// <summary>
/// Compares two specs: operations by catalogue key (method and path below the package, so a package's own file and the
/// OMH file compare by meaning), the person document's fields by dotted path (to the same depth as [FregField]), enum
/// values by section and enum name, and, through the rights filter, what the package gains and loses. In: the old and
/// new spec, the catalogue, the package. Out: a <see cref="SpecChangeSet"/>.
/// </summary>
internal static class SpecComparison
{
    private const int MaxFieldDepth = 8;

    public static SpecChangeSet Compare(SpecDocument from, string fromName, SpecDocument to, string toName, RightsCatalogue catalogue, RightsPackage package)
    {
        var oldOperations = Operations(from);
        var newOperations = Operations(to);
        var changed = new List<OperationChange>();
        foreach (var entry in newOperations)
        {
            if (oldOperations.TryGetValue(entry.Key, out var old) && Differences(from, old, to, entry.Value) is { Count: > 0 } differences)
            {
                changed.Add(new OperationChange(Name(to, entry.Value, catalogue), differences));
            }
        }

        var oldPerson = PersonSchema.Find(from, catalogue);
        var newPerson = PersonSchema.Find(to, catalogue);
        var oldFields = oldPerson is null ? new Dictionary<string, string>() : Fields(from, oldPerson.Key, key => from.FindSchema(key)?.Properties ?? default);
        var newFields = newPerson is null ? new Dictionary<string, string>() : Fields(to, newPerson.Key, key => to.FindSchema(key)?.Properties ?? default);
        var oldEnums = Enums(from, catalogue);
        var newEnums = Enums(to, catalogue);

        var (oldGranted, _) = RightsFilter.Apply(from, oldPerson, catalogue, package, null);
        var (newGranted, _) = RightsFilter.Apply(to, newPerson, catalogue, package, null);
        var oldGrantedOperations = ByKey(oldGranted.Operations, o => Name(from, o.Spec, catalogue));
        var newGrantedOperations = ByKey(newGranted.Operations, o => Name(to, o.Spec, catalogue));
        var oldGrantedFields = GrantedFields(oldGranted);
        var newGrantedFields = GrantedFields(newGranted);

        return new SpecChangeSet(
            new SpecIdentity(from.Title, from.Version, fromName),
            new SpecIdentity(to.Title, to.Version, toName),
            package.Id,
            Sorted(newOperations.Where(o => !oldOperations.ContainsKey(o.Key)).Select(o => Name(to, o.Value, catalogue))),
            Sorted(oldOperations.Where(o => !newOperations.ContainsKey(o.Key)).Select(o => Name(from, o.Value, catalogue))),
            changed.OrderBy(c => c.Operation, StringComparer.Ordinal).ToList(),
            newFields.Where(f => !oldFields.ContainsKey(f.Key)).Select(f => new FieldEntry(f.Key, f.Value)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            oldFields.Where(f => !newFields.ContainsKey(f.Key)).Select(f => new FieldEntry(f.Key, f.Value)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            newFields.Where(f => oldFields.TryGetValue(f.Key, out var type) && type != f.Value).Select(f => new FieldTypeChange(f.Key, oldFields[f.Key], f.Value)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            EnumDifference(newEnums, oldEnums),
            EnumDifference(oldEnums, newEnums),
            new PackageDelta(
                Sorted(newGrantedOperations.Where(o => !oldGrantedOperations.ContainsKey(o.Key)).Select(o => o.Value)),
                Sorted(newGrantedFields.Except(oldGrantedFields, StringComparer.Ordinal))),
            new PackageDelta(
                Sorted(oldGrantedOperations.Where(o => !newGrantedOperations.ContainsKey(o.Key)).Select(o => o.Value)),
                Sorted(oldGrantedFields.Except(newGrantedFields, StringComparer.Ordinal))),
            Sorted(changed.Where(c => c.Changes.Any(IsAnswerChange) && newGrantedOperations.Values.Contains(c.Operation, StringComparer.Ordinal)).Select(c => c.Operation)));
    }

    public static bool IsAnswerChange(string change) => change.StartsWith("answer ", StringComparison.Ordinal);

    /// <summary>The granted operations by catalogue key; of two with the same key (<c>/soek</c> and <c>/soek/</c>) the first.</summary>
    private static Dictionary<OperationKey, string> ByKey(IEnumerable<GrantedOperation> operations, Func<GrantedOperation, string> name)
        => operations.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => name(g.First()));

    private static Dictionary<OperationKey, OperationSpec> Operations(SpecDocument spec)
    {
        var operations = new Dictionary<OperationKey, OperationSpec>();
        foreach (var operation in spec.Operations)
        {
            var key = OperationKey.Create(operation.Method, OperationPaths.BelowPackage(spec.ServerPath, operation.Path));
            if (!operations.ContainsKey(key))
            {
                operations[key] = operation;
            }
        }

        return operations;
    }

    /// <summary><c>GET /v1/personer/xsd (HentPersonXsdAsync)</c>: the path below the package and the client method's name.</summary>
    private static string Name(SpecDocument spec, OperationSpec operation, RightsCatalogue catalogue)
    {
        var path = OperationPaths.BelowPackage(spec.ServerPath, operation.Path);
        var method = catalogue.FindOperationFacts(operation.Method, path)?.MethodName ?? Naming.Pascal(operation.OperationId) + "Async";
        return operation.Method + " " + path + " (" + method + ")";
    }

    private static List<string> Differences(SpecDocument fromSpec, OperationSpec from, SpecDocument toSpec, OperationSpec to)
    {
        var changes = new List<string>();
        if (from.OperationId != to.OperationId)
        {
            changes.Add("operationId " + from.OperationId + " -> " + to.OperationId + " (the method name stays)");
        }

        var oldParameters = from.Parameters.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in to.Parameters)
        {
            if (!oldParameters.TryGetValue(parameter.Name, out var old))
            {
                changes.Add("parameter '" + parameter.Name + "' added (" + Describe(toSpec, parameter.Type) + (parameter.Required ? ", required" : string.Empty) + ")");
                continue;
            }

            if (old.Name != parameter.Name)
            {
                changes.Add("parameter '" + old.Name + "' is spelled '" + parameter.Name + "' (the C# name stays)");
            }

            if (Describe(fromSpec, old.Type) is var oldType && Describe(toSpec, parameter.Type) is var newType && oldType != newType)
            {
                changes.Add("parameter '" + parameter.Name + "' " + oldType + " -> " + newType);
            }

            if (old.Required != parameter.Required)
            {
                changes.Add("parameter '" + parameter.Name + "' is " + (parameter.Required ? "required" : "optional"));
            }
        }

        foreach (var removed in from.Parameters.Where(p => !to.Parameters.Any(n => string.Equals(n.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            changes.Add("parameter '" + removed.Name + "' removed");
        }

        var oldBody = from.RequestBody is { } b1 ? Describe(fromSpec, b1.Type) : "none";
        var newBody = to.RequestBody is { } b2 ? Describe(toSpec, b2.Type) : "none";
        if (oldBody != newBody)
        {
            changes.Add("request body " + oldBody + " -> " + newBody);
        }

        if (Answer(fromSpec, from.Response) is var oldAnswer && Answer(toSpec, to.Response) is var newAnswer && oldAnswer != newAnswer)
        {
            changes.Add("answer " + oldAnswer + " -> " + newAnswer);
        }

        if (from.DeclaresNotModified != to.DeclaresNotModified)
        {
            changes.Add(to.DeclaresNotModified ? "declares 304 Not Modified" : "no longer declares 304 Not Modified");
        }

        if (from.Deprecated != to.Deprecated)
        {
            changes.Add(to.Deprecated ? "deprecated" : "no longer deprecated");
        }

        return changes;
    }

    private static string Answer(SpecDocument spec, ResponseSpec response) => response.Kind switch
    {
        ResponseKind.Json => Describe(spec, response.Type!),
        ResponseKind.Text => "text (" + response.ContentType + ")",
        _ => "none",
    };

    /// <summary>A type as the report names it: <c>string</c>, <c>date</c>, <c>Navn</c>, <c>list of Navn</c>, <c>enum Personstatus</c>.</summary>
    private static string Describe(SpecDocument spec, TypeRef type) => type.Kind switch
    {
        SpecTypeKind.Object => spec.FindSchema(type.SchemaKey!)?.Title ?? SpecTypes.LastSegment(type.SchemaKey!),
        SpecTypeKind.Array => "list of " + Describe(spec, type.Item!),
        SpecTypeKind.Map => "map of " + Describe(spec, type.Item!),
        SpecTypeKind.Enum => "enum" + (type.Enum!.Title is { } title ? " " + title : string.Empty),
        SpecTypeKind.Int32 => "int32",
        SpecTypeKind.Int64 => "int64",
        SpecTypeKind.Date => "date",
        SpecTypeKind.DateTime => "date-time",
        _ => type.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Every field below the person document, by dotted path, with its type; cycles and depths past <see cref="MaxFieldDepth"/> are not followed.</summary>
    private static Dictionary<string, string> Fields(SpecDocument spec, string personKey, Func<string, Infrastructure.EquatableArray<PropertySpec>> propertiesOf)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(string schemaKey, string prefix, int depth, HashSet<string> onPath)
        {
            foreach (var property in propertiesOf(schemaKey))
            {
                var path = prefix.Length == 0 ? property.JsonName : prefix + "." + property.JsonName;
                if (!fields.ContainsKey(path))
                {
                    fields[path] = Describe(spec, property.Type);
                }

                if (SpecTypes.ObjectKeyOf(property.Type) is { } child && depth < MaxFieldDepth && onPath.Add(child))
                {
                    Walk(child, path, depth + 1, onPath);
                    onPath.Remove(child);
                }
            }
        }

        Walk(personKey, string.Empty, 0, new HashSet<string>(StringComparer.Ordinal) { personKey });
        return fields;
    }

    private static List<string> GrantedFields(GrantedSpec granted)
        => granted.PersonSchema is null
            ? new List<string>()
            : Fields(granted.Spec, granted.PersonSchema.Key, key => granted.Properties.TryGetValue(key, out var properties) ? properties : default).Keys.ToList();

    private static Dictionary<string, SortedSet<string>> Enums(SpecDocument spec, RightsCatalogue catalogue)
    {
        var enums = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var schema in spec.Schemas)
        {
            foreach (var property in schema.Properties)
            {
                if (SpecTypes.EnumOf(property.Type) is { } enumSpec)
                {
                    var name = catalogue.SectionOf(schema.Key) + "." + Naming.Pascal(enumSpec.Title ?? property.JsonName);
                    if (!enums.TryGetValue(name, out var values))
                    {
                        enums[name] = values = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    values.UnionWith(enumSpec.Values);
                }
            }
        }

        return enums;
    }

    /// <summary>The values in <paramref name="left"/>'s enums that <paramref name="right"/>'s enum of the same name lacks (all of them when it has no such enum).</summary>
    private static List<EnumValue> EnumDifference(Dictionary<string, SortedSet<string>> left, Dictionary<string, SortedSet<string>> right)
        => left.OrderBy(e => e.Key, StringComparer.Ordinal)
            .SelectMany(e => e.Value.Where(value => !right.TryGetValue(e.Key, out var values) || !values.Contains(value)).Select(value => new EnumValue(e.Key, value)))
            .ToList();

    private static List<string> Sorted(IEnumerable<string> items) => items.Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToList();

    internal static string Count(int count, string singular, string plural)
        => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
