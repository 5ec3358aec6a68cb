using System;
using System.Collections.Generic;
using FregGen.Catalogue;
using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>
/// The spelling of each operation's parameters in the reference spec (the embedded, newest OMH spec), by catalogue key
/// and case-insensitive name. Published specs spell some parameters differently (<c>soekfonetisk</c> in a package's own
/// file, <c>soekFonetisk</c> in OMH); the C# parameter takes the reference spelling so every spec file gives the same
/// method signature. In: the reference spec (null: none). Out: a read-only lookup.
/// </summary>
internal sealed class ReferenceParameterNames
{
    public static readonly ReferenceParameterNames None = new(new Dictionary<OperationKey, Dictionary<string, string>>());

    private readonly Dictionary<OperationKey, Dictionary<string, string>> _names;

    private ReferenceParameterNames(Dictionary<OperationKey, Dictionary<string, string>> names) => _names = names;

    public static ReferenceParameterNames From(SpecDocument? reference)
    {
        if (reference is null)
        {
            return None;
        }

        var names = new Dictionary<OperationKey, Dictionary<string, string>>();
        foreach (var operation in reference.Operations)
        {
            var key = OperationKey.Create(operation.Method, OperationPaths.BelowPackage(reference.ServerPath, operation.Path));
            if (!names.TryGetValue(key, out var parameters))
            {
                names[key] = parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            }

            foreach (var parameter in operation.Parameters)
            {
                if (!parameters.ContainsKey(parameter.Name))
                {
                    parameters[parameter.Name] = parameter.Name;
                }
            }
        }

        return new ReferenceParameterNames(names);
    }

    /// <summary>The reference spelling of <paramref name="name"/> for the operation, or null when the reference spec does not have it.</summary>
    public string? Of(OperationKey operation, string name)
        => _names.TryGetValue(operation, out var parameters) && parameters.TryGetValue(name, out var spelled) ? spelled : null;
}
