using FregGen.Infrastructure;

namespace FregGen.Generator.Replica;

/// <summary>
/// How the generated <c>FregReplicaSource</c> reaches each replica capability through this package's client: which
/// method, with which arguments, and how its answer is turned into JSON for the runtime's readers. Equatable, derived
/// from the <see cref="Planning.GenerationModel"/> alone.
/// </summary>
internal sealed record ReplicaSourcePlan(
    EquatableArray<ReplicaCall> Calls,
    EquatableArray<ReplicaMissing> Missing,
    EquatableArray<string> PersonProperties,
    EquatableArray<string> PartValues);

/// <summary>Why a capability is not offered: the sentence the runtime shows at startup.</summary>
internal sealed record ReplicaMissing(string Capability, string Reason);

/// <summary>How a result becomes JSON: a model, a list of models, a conditional list (feed), a number, or text.</summary>
internal enum ReplicaResultKind
{
    Model,
    ModelList,
    ConditionalModelList,
    Number,
    Text,
}

/// <summary>One capability's call: <c>await _client.{Method}({Arguments})</c>, and the type the result is serialised with.</summary>
/// <param name="Capability">The <c>FregReplicaCapabilities</c> member.</param>
/// <param name="MethodName">The generated client method.</param>
/// <param name="OperationId">For error messages.</param>
/// <param name="Arguments">Named arguments (<c>name: expression</c>) in the runtime method's variables.</param>
/// <param name="ResultKind">How the answer is read.</param>
/// <param name="ResultModel">The model type (of the list's items for lists), fully qualified.</param>
internal sealed record ReplicaCall(
    string Capability,
    string MethodName,
    string OperationId,
    EquatableArray<string> Arguments,
    ReplicaResultKind ResultKind,
    string? ResultModel);
