using System.Linq;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>
/// When the project references FregGen.Runtime: ties the generated feed operation to the runtime's feed reader and
/// processor (paging, ETag/304, checkpoints, 406 as FregFeedSequenceTooOldException).
/// </summary>
internal static class FeedEmitter
{
    private const string Feed = "global::FregGen.Runtime.Feed.";

    public static EmittedFile? Emit(GenerationModel model)
    {
        if (model.Feed is not { } feed || !model.Features.Runtime)
        {
            return null;
        }

        var ns = model.Namespace;
        var entry = feed.EntryType;
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns);
        writer.OpenBlock("public sealed partial class FregClient");
        writer.WriteDocs(
            "Reads the event feed (hendelsesliste) from a sequence number, inclusive, until caught up; with options.Follow it keeps polling.",
            "Pages of 1000 are fetched with ETag/If-None-Match; the next page starts at the last sequence number + 1. A number older than Freg keeps events for gives FregFeedSequenceTooOldException.");
        writer.WriteLine("public global::System.Collections.Generic.IAsyncEnumerable<" + entry + "> ReadFeedAsync(long fromSequence, " + Feed + "FregFeedReaderOptions? options = null, global::System.Threading.CancellationToken cancellationToken = default)");
        writer.WriteLine("    => CreateFeedReader(options).ReadAsync(fromSequence, cancellationToken);");
        writer.WriteLine();
        writer.WriteDocs("A feed reader over this client, which keeps the last ETag and sequence number between reads.");
        writer.WriteLine("public " + Feed + "FregFeedReader<" + entry + "> CreateFeedReader(" + Feed + "FregFeedReaderOptions? options = null) => new(FetchFeedPageAsync, FeedSequenceOf, options) { RightsPackage = RettighetspakkeId };");
        writer.WriteLine();
        writer.WriteDocs(
            "A feed processor with at-least-once delivery: the checkpoint moves only after the handler succeeded, so a crash at any point resumes without losing an event.",
            "Use FileFeedCheckpointStore, or your own IFregFeedCheckpointStore (for example in the same database transaction as the handler's work).");
        writer.WriteLine("public " + Feed + "FregFeedProcessor<" + entry + "> CreateFeedProcessor(" + Feed + "IFregFeedCheckpointStore checkpointStore, " + Feed + "FregFeedProcessorOptions? options = null, global::Microsoft.Extensions.Logging.ILogger? logger = null)");
        var eventTime = EventTimePath(model, feed);
        writer.WriteLine("    => new(FetchFeedPageAsync, FeedSequenceOf, checkpointStore, options, logger) { RightsPackage = RettighetspakkeId" + (eventTime is null ? string.Empty : ", EventTimeOf = static entry => entry." + eventTime) + " };");
        writer.WriteLine();
        writer.WriteLine("private static long FeedSequenceOf(" + entry + " entry)");
        writer.WriteLine("    => entry." + feed.SequenceProperty + " ?? throw new global::" + ns + ".FregResponseFormatException(global::System.Net.HttpStatusCode.OK, " + Naming.Literal(feed.OperationId) + ", \"a feed entry has no sequence number\", null);");
        writer.WriteLine();
        writer.OpenBlock("private async global::System.Threading.Tasks.Task<" + Feed + "FregFeedPage<" + entry + ">> FetchFeedPageAsync(long sequence, string? ifNoneMatch, global::System.Threading.CancellationToken cancellationToken)");
        writer.OpenBlock("try");
        writer.WriteLine("var page = await " + feed.MethodName + "(sequence, ifNoneMatch, cancellationToken).ConfigureAwait(false);");
        writer.WriteLine("return new " + Feed + "FregFeedPage<" + entry + ">(page.Value ?? (global::System.Collections.Generic.IReadOnlyList<" + entry + ">)global::System.Array.Empty<" + entry + ">(), page.ETag, page.NotModified);");
        writer.CloseBlock();
        writer.OpenBlock("catch (global::" + ns + ".FregApiException exception) when ((int)exception.StatusCode == 406)");
        writer.WriteLine("throw new " + Feed + "FregFeedSequenceTooOldException(sequence, exception);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("public partial interface IFregClient");
        writer.WriteDocs("Reads the event feed from a sequence number, inclusive, until caught up; with options.Follow it keeps polling.");
        writer.WriteLine("global::System.Collections.Generic.IAsyncEnumerable<" + entry + "> ReadFeedAsync(long fromSequence, " + Feed + "FregFeedReaderOptions? options = null, global::System.Threading.CancellationToken cancellationToken = default);");
        writer.WriteLine();
        writer.WriteDocs("A feed reader over this client, which keeps the last ETag and sequence number between reads.");
        writer.WriteLine(Feed + "FregFeedReader<" + entry + "> CreateFeedReader(" + Feed + "FregFeedReaderOptions? options = null);");
        writer.WriteLine();
        writer.WriteDocs("A feed processor with at-least-once delivery over this client.");
        writer.WriteLine(Feed + "FregFeedProcessor<" + entry + "> CreateFeedProcessor(" + Feed + "IFregFeedCheckpointStore checkpointStore, " + Feed + "FregFeedProcessorOptions? options = null, global::Microsoft.Extensions.Logging.ILogger? logger = null);");
        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile("FregClient.Feed.g.cs", writer.ToString());
    }

    /// <summary>
    /// The member access from a feed entry to when its event happened in Freg (<c>ajourholdstidspunkt</c>, on the entry or
    /// on its one event object), for the feed-lag gauge; null when the package's feed has none.
    /// </summary>
    private static string? EventTimePath(GenerationModel model, FeedPlan feed)
    {
        var entry = model.Types.FirstOrDefault(type => type.FullName(model.Namespace) == feed.EntryType);
        if (entry is null)
        {
            return null;
        }

        if (Timestamp(entry) is { } own)
        {
            return own.Name;
        }

        foreach (var property in entry.Properties.Where(p => p.Type.Kind == ValueKind.Model))
        {
            var child = model.Types.FirstOrDefault(type => type.FullName(model.Namespace) == property.Type.FullName);
            if (child is not null && Timestamp(child) is { } nested)
            {
                return property.Name + "?." + nested.Name;
            }
        }

        return null;
    }

    private static ModelProperty? Timestamp(ModelType type)
        => type.Properties.FirstOrDefault(p => p.JsonName == "ajourholdstidspunkt" && p.Type.Kind == ValueKind.DateTime);
}
