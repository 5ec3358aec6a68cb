using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Runtime.Feed;

/// <summary>
/// Fetches one page of Freg's event feed: the generated adapter calls <c>hentFeedSide</c> with <c>seq</c> and, when
/// given, <c>If-None-Match</c>, maps 304 to <see cref="FregFeedPage{TEntry}.NotModified"/> and 406 to
/// <see cref="FregFeedSequenceTooOldException"/>.
/// </summary>
/// <typeparam name="TEntry">The generated feed-entry type.</typeparam>
/// <param name="sequence">The first sequence number wanted (Freg's <c>seq</c> is inclusive).</param>
/// <param name="ifNoneMatch">The <c>ETag</c> of the previous answer for the same <paramref name="sequence"/>, or <see langword="null"/>.</param>
/// <param name="cancellationToken">Cancels the request.</param>
/// <returns>The page.</returns>
public delegate Task<FregFeedPage<TEntry>> FregFeedPageFetcher<TEntry>(long sequence, string? ifNoneMatch, CancellationToken cancellationToken);
