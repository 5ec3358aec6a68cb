using System.Collections.Generic;
using System.Linq;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Where the feed entry is found: the granted operation the catalogue marks as the feed (its facts name the sequence
/// property), when it is a conditional GET answering a list of models whose sequence property is an integer. In: the
/// planned operations and the models. Out: the <see cref="FeedPlan"/> for FregGen.Runtime's feed reader, or null.
/// </summary>
internal static class FeedPlanner
{
    public static FeedPlan? Find(IReadOnlyList<PlannedOperation> operations, EquatableArray<ModelType> models, TypeShapes shapes)
    {
        foreach (var (operation, facts) in operations)
        {
            if (facts?.FeedSequenceProperty is not { } sequenceJsonName
                || !operation.Conditional
                || operation.Result is not { Kind: ValueKind.List, Item: { Kind: ValueKind.Model, FullName: { } entryType } })
            {
                continue;
            }

            var entry = models.FirstOrDefault(type => shapes.FullName(type.Section, type.Name) == entryType);
            var sequence = entry?.Properties.FirstOrDefault(p => p.JsonName == sequenceJsonName && p.Type.Kind is ValueKind.Int64 or ValueKind.Int32);
            if (sequence is not null)
            {
                return new FeedPlan(operation.MethodName, operation.OperationId, entryType, sequence.Name);
            }
        }

        return null;
    }
}
