using System;

namespace FregGen.Runtime.Feed;

/// <summary>
/// The feed answered something that breaks its contract, for example a page whose entries all lie before the
/// requested sequence number. Reading stops instead of looping or skipping events.
/// </summary>
public sealed class FregFeedProtocolException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public FregFeedProtocolException()
        : base("Freg's event feed answered something that breaks its contract.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FregFeedProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FregFeedProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
