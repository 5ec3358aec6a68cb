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
        writer.WriteLine("public " + Feed + "FregFeedReader<" + entry + "> CreateFeedReader(" + Feed + "FregFeedReaderOptions? options = null) => new(FetchFeedPageAsync, FeedSequenceOf, options);");
        writer.WriteLine();
        writer.WriteDocs(
            "A feed processor with at-least-once delivery: the checkpoint moves only after the handler succeeded, so a crash at any point resumes without losing an event.",
            "Use FileFeedCheckpointStore, or your own IFregFeedCheckpointStore (for example in the same database transaction as the handler's work).");
        writer.WriteLine("public " + Feed + "FregFeedProcessor<" + entry + "> CreateFeedProcessor(" + Feed + "IFregFeedCheckpointStore checkpointStore, " + Feed + "FregFeedProcessorOptions? options = null, global::Microsoft.Extensions.Logging.ILogger? logger = null)");
        writer.WriteLine("    => new(FetchFeedPageAsync, FeedSequenceOf, checkpointStore, options, logger);");
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
        writer.CloseBlock();
        return new EmittedFile("FregClient.Feed.g.cs", writer.ToString());
    }
}
