using System;

namespace FregGen.Runtime.Feed;

/// <summary>
/// A feed checkpoint could not be read or is corrupt. The feed is not restarted from the beginning on its own:
/// repair or remove the checkpoint deliberately.
/// </summary>
public sealed class FregFeedCheckpointException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public FregFeedCheckpointException()
        : base("The feed checkpoint could not be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FregFeedCheckpointException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FregFeedCheckpointException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The checkpoint file, when the store is file-based.</summary>
    public string? Path { get; init; }
}
