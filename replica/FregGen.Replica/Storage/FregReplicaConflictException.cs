using System;

namespace FregGen.Replica.Storage
{
    /// <summary>
    /// A batch was not written because the checkpoint moved since it was built, or the writer no longer holds the leader
    /// lease: another instance is (or was) the leader. Nothing of the batch was written; the instance stops leading.
    /// </summary>
    public sealed class FregReplicaConflictException : Exception
    {
        /// <summary>Creates the exception with a default message.</summary>
        public FregReplicaConflictException()
            : base("The replica's checkpoint moved or the leader lease was lost; the batch was not written.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">The message.</param>
        public FregReplicaConflictException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">The message.</param>
        /// <param name="innerException">The cause.</param>
        public FregReplicaConflictException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }
}
