using System;

namespace FregGen.Runtime.Feed;

/// <summary>
/// Freg refused a feed sequence number as too old (HTTP 406, "ulovlig sekvensnummer"): events older than 36 months
/// are deleted, so the feed cannot be resumed from there. Take a full extract (uttrekk) to rebuild the copy, then
/// continue the feed from the sequence number the extract was taken at.
/// </summary>
public sealed class FregFeedSequenceTooOldException : Exception
{
    private const string Explanation =
        "Freg's event feed refused the sequence number as too old (HTTP 406): events older than 36 months are deleted, " +
        "so events were missed. Take a full extract (uttrekk) to rebuild the data, then continue the feed from the " +
        "sequence number of the extract.";

    /// <summary>Creates the exception with the standard explanation.</summary>
    public FregFeedSequenceTooOldException()
        : base(Explanation)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FregFeedSequenceTooOldException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, for example the generated client's <c>FregApiException</c>.</param>
    public FregFeedSequenceTooOldException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the sequence number that Freg refused.</summary>
    /// <param name="requestedSequence">The <c>seq</c> that was sent.</param>
    /// <param name="innerException">The cause, for example the generated client's <c>FregApiException</c>.</param>
    public FregFeedSequenceTooOldException(long requestedSequence, Exception? innerException = null)
        : base($"Sequence number {requestedSequence}: " + Explanation, innerException)
    {
        RequestedSequence = requestedSequence;
    }

    /// <summary>The <c>seq</c> that Freg refused, when known.</summary>
    public long? RequestedSequence { get; }
}
