using System;

namespace FregGen.Runtime.Replica
{
    /// <summary>
    /// Freg no longer knows the extract job or batch (HTTP 410): the job expired or never existed. A replica that was
    /// loading from it starts a new extract.
    /// </summary>
    public sealed class FregExtractJobGoneException : Exception
    {
        /// <summary>Creates the exception with a default message.</summary>
        public FregExtractJobGoneException()
            : base("Freg no longer knows the extract job or batch (410); order a new extract.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">The message.</param>
        public FregExtractJobGoneException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">The message.</param>
        /// <param name="innerException">The cause.</param>
        public FregExtractJobGoneException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }
}
