using System.Linq;
using FregGen.Generator.Emit;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Replica;

/// <summary>
/// When the project references FregGen.Replica: <c>FregReplicaSource</c>, the runtime's model-independent
/// <c>IFregReplicaSource</c> over this package's <c>FregClient</c>, and <c>FregClient.CreateReplicaSource()</c>. Answers
/// are serialised with the package's own converters and read by JSON name in the runtime, so the replica works the
/// same for every spec variant; operations the package lacks are reported, with the reason, at the replica's start.
/// </summary>
internal static class ReplicaSourceEmitter
{
    private const string Replica = "global::FregGen.Runtime.Replica.";
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string Token = "global::System.Threading.CancellationToken cancellationToken";
    private const string StringList = "global::System.Collections.Generic.IReadOnlyList<string>";
    private const string Documents = "global::System.Collections.Generic.IReadOnlyList<" + Replica + "FregReplicaPersonDocument>";

    public static EmittedFile? Emit(GenerationModel model)
    {
        if (!model.Features.Replica || !model.Features.Runtime)
        {
            return null;
        }

        var plan = ReplicaSourcePlanner.Plan(model);
        var ns = model.Namespace;
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns);
        writer.WriteDocs(
            "FregGen.Replica's access to Freg through this package's FregClient: feed, extracts and bulk lookups, with answers as JSON read by name.",
            "Offered by '" + model.Package.Id + "': " + (plan.Calls.Count == 0 ? "nothing a replica can use" : string.Join(", ", plan.Calls.Select(call => call.Capability))) + ".",
            "Create it with FregClient.CreateReplicaSource(), or new FregReplicaSource(client).");
        writer.OpenBlock("public sealed class FregReplicaSource : " + Replica + "FregReplicaSourceBase");
        WriteTables(writer, model, plan);
        writer.WriteLine("private readonly global::" + ns + ".FregClient _client;");
        writer.WriteLine();
        writer.WriteDocs("Creates the source over a client (registered with AddFregClient, or made by hand).");
        writer.WriteLine("public FregReplicaSource(global::" + ns + ".FregClient client)");
        writer.OpenBlock("    : base(global::" + ns + ".FregClient.RettighetspakkeId, Offered, PersonPropertyNames, PartValueNames, MissingReasons)");
        writer.WriteLine("_client = client ?? throw new global::System.ArgumentNullException(nameof(client));");
        writer.CloseBlock();
        foreach (var call in plan.Calls)
        {
            writer.WriteLine();
            WriteCall(writer, ns, call);
        }

        writer.WriteLine();
        WriteHelpers(writer, ns);
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("public sealed partial class FregClient");
        writer.WriteDocs("This client as the source of a FregGen.Replica replica (initial load and feed).");
        writer.WriteLine("public global::" + ns + ".FregReplicaSource CreateReplicaSource() => new(this);");
        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile("FregReplicaSource.g.cs", writer.ToString());
    }

    private static void WriteTables(SourceWriter writer, GenerationModel model, ReplicaSourcePlan plan)
    {
        var offered = plan.Calls.Count == 0 ? Replica + "FregReplicaCapabilities.None" : string.Join(" | ", plan.Calls.Select(call => Replica + "FregReplicaCapabilities." + call.Capability));
        writer.WriteLine("private const " + Replica + "FregReplicaCapabilities Offered = " + offered + ";");
        writer.WriteLine();
        writer.WriteLine("private static readonly string[] PersonPropertyNames = new string[] { " + string.Join(", ", plan.PersonProperties.Select(Naming.Literal)) + " };");
        writer.WriteLine();
        writer.WriteLine("private static readonly string[] PartValueNames = new string[] { " + string.Join(", ", plan.PartValues.Select(Naming.Literal)) + " };");
        writer.WriteLine();
        writer.OpenBlock("private static readonly global::System.Collections.Generic.Dictionary<" + Replica + "FregReplicaCapabilities, string> MissingReasons = new()");
        foreach (var missing in plan.Missing)
        {
            writer.WriteLine("[" + Replica + "FregReplicaCapabilities." + missing.Capability + "] = " + Naming.Literal(missing.Reason) + ",");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
    }

    private static void WriteCall(SourceWriter writer, string ns, ReplicaCall call)
    {
        var answer = "var answer = await _client." + call.MethodName + "(" + string.Join(", ", call.Arguments) + ").ConfigureAwait(false);";
        if (call.Arguments.Count > 2)
        {
            answer = "var answer = await _client." + call.MethodName + "(\n    " + string.Join(",\n    ", call.Arguments) + ").ConfigureAwait(false);";
        }
        var operation = Naming.Literal(call.OperationId);
        var catchClause = "catch (global::" + ns + ".FregApiException exception)";
        var retryAfter = "(exception as global::" + ns + ".FregTooManyRequestsException)?.RetryAfter";
        switch (call.Capability)
        {
            case "LastSequenceNumber":
                writer.OpenBlock("public override async " + Task + "<long> GetLastSequenceNumberAsync(" + Token + ")");
                writer.OpenBlock("try");
                writer.WriteLines(answer);
                writer.WriteLine(call.ResultKind == ReplicaResultKind.Text ? "return " + Replica + "FregReplicaJson.ReadSequenceNumber(answer);" : "return answer;");
                break;
            case "Feed":
                writer.OpenBlock("public override async " + Task + "<" + Replica + "FregReplicaFeedPage> GetFeedPageAsync(long fromSequence, string? ifNoneMatch, " + Token + ")");
                writer.OpenBlock("try");
                if (call.ResultKind == ReplicaResultKind.ConditionalModelList)
                {
                    writer.WriteLines(answer);
                    writer.WriteLine("var entries = answer.NotModified");
                    writer.WriteLine("    ? global::System.Array.Empty<" + Replica + "FregReplicaFeedEntry>()");
                    writer.WriteLine("    : " + Replica + "FregReplicaJson.ReadFeedEntries(" + Serialize(ns, call, "answer.Value") + ");");
                    writer.WriteLine("return new " + Replica + "FregReplicaFeedPage(entries, answer.ETag, answer.NotModified);");
                }
                else
                {
                    writer.WriteLines(answer);
                    writer.WriteLine("return new " + Replica + "FregReplicaFeedPage(" + Replica + "FregReplicaJson.ReadFeedEntries(" + Serialize(ns, call, "answer") + "), null, false);");
                }

                writer.CloseBlock();
                writer.OpenBlock(catchClause);
                writer.WriteLine("throw Failure((int)exception.StatusCode, " + operation + ", " + retryAfter + ", exception, fromSequence);");
                writer.CloseBlock();
                writer.CloseBlock();
                return;
            case "CompleteExtract":
                writer.OpenBlock("public override async " + Task + "<string> StartCompleteExtractAsync(long? feedSequenceNumber, " + Token + ")");
                writer.OpenBlock("try");
                writer.WriteLines(answer);
                writer.WriteLine("return " + Replica + "FregReplicaJson.ReadJobId(" + Serialize(ns, call, "answer") + ");");
                break;
            case "TailoredExtract":
                writer.OpenBlock("public override async " + Task + "<string> StartTailoredExtractAsync(" + Replica + "FregTailoredExtractFilter filter, " + Token + ")");
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(filter);");
                writer.OpenBlock("try");
                writer.WriteLines(answer);
                writer.WriteLine("return " + Replica + "FregReplicaJson.ReadJobId(" + Serialize(ns, call, "answer") + ");");
                break;
            case "ExtractBatches":
                writer.OpenBlock("public override async " + Task + "<" + Replica + "FregExtractBatch> ReadExtractBatchAsync(string jobId, long batchNumber, " + Token + ")");
                writer.WriteLine("global::System.ArgumentException.ThrowIfNullOrWhiteSpace(jobId);");
                writer.OpenBlock("try");
                writer.WriteLines(answer);
                writer.WriteLine("return " + Replica + "FregReplicaJson.ReadExtractBatch(" + Serialize(ns, call, "answer") + ");");
                writer.CloseBlock();
                writer.OpenBlock(catchClause);
                writer.WriteLine("return BatchFailure((int)exception.StatusCode, " + operation + ", " + retryAfter + ", exception);");
                writer.CloseBlock();
                writer.CloseBlock();
                return;
            case "PersonBulkLookup":
                writer.OpenBlock("public override async " + Task + "<" + Documents + "> LookUpPersonsAsync(" + StringList + " identifiers, " + StringList + " parts, " + Token + ")");
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(identifiers);");
                writer.OpenBlock("try");
                writer.WriteLines(answer);
                writer.WriteLine("return " + Replica + "FregReplicaJson.ReadPersonDocuments(" + Serialize(ns, call, "answer") + ");");
                break;
            default:
                writer.OpenBlock("public override async " + Task + "<" + Documents + "> LookUpArchivedPersonsAsync(" + StringList + " documentIds, " + StringList + " parts, " + Token + ")");
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(documentIds);");
                writer.OpenBlock("try");
                writer.WriteLines(answer);
                writer.WriteLine("return " + Replica + "FregReplicaJson.ReadPersonDocuments(" + Serialize(ns, call, "answer") + ");");
                break;
        }

        writer.CloseBlock();
        writer.OpenBlock(catchClause);
        writer.WriteLine("throw Failure((int)exception.StatusCode, " + operation + ", " + retryAfter + ", exception);");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>The answer as UTF-8 JSON, written by the package's own converters.</summary>
    private static string Serialize(string ns, ReplicaCall call, string value)
    {
        var typeInfo = "global::" + ns + ".FregJsonContext.GetTypeInfo<" + call.ResultModel + ">()";
        return call.ResultKind == ReplicaResultKind.Model
            ? "global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(" + value + ", " + typeInfo + ")"
            : Replica + "FregReplicaJson.SerializeList(" + value + ", " + typeInfo + ")";
    }

    private static void WriteHelpers(SourceWriter writer, string ns)
    {
        writer.OpenBlock("private static global::System.Collections.Generic.IEnumerable<global::" + ns + ".FregPart>? Parts(" + StringList + " parts)");
        writer.WriteLine("if (parts is null || parts.Count == 0) return null;");
        writer.WriteLine("var values = new global::" + ns + ".FregPart[parts.Count];");
        writer.WriteLine("for (var i = 0; i < values.Length; i++) values[i] = new global::" + ns + ".FregPart(parts[i]);");
        writer.WriteLine("return values;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("private static T Body<T>(byte[] json, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)");
        writer.WriteLine("    => global::System.Text.Json.JsonSerializer.Deserialize(json, typeInfo) ?? throw new global::System.InvalidOperationException(\"A replica request body could not be built.\");");
    }
}
