using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>
/// Which object schemas the client needs: those the granted operations' parameters, bodies and answers use, and
/// everything their granted properties lead to. A schema only a withheld property or operation used is not generated.
/// In: the <see cref="GrantedSpec"/>. Out: the schema keys, in ordinal order.
/// </summary>
internal static class ReachableSchemas
{
    public static IReadOnlyList<string> Find(GrantedSpec granted)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        void Visit(TypeRef? type)
        {
            if (SpecTypes.ObjectKeyOf(type) is { } key && granted.Properties.ContainsKey(key) && seen.Add(key))
            {
                queue.Enqueue(key);
            }
        }

        foreach (var operation in granted.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                Visit(parameter.Type);
            }

            Visit(operation.Spec.RequestBody?.Type);
            Visit(operation.Spec.Response.Type);
        }

        while (queue.Count > 0)
        {
            foreach (var property in granted.Properties[queue.Dequeue()])
            {
                Visit(property.Type);
            }
        }

        return seen.OrderBy(key => key, StringComparer.Ordinal).ToList();
    }
}
