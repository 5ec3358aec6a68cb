using System;

namespace FregGen.Runtime.Replica
{
    /// <summary>The rights package does not offer an operation the replica asked for (see <see cref="IFregReplicaSource.Capabilities"/>).</summary>
    public sealed class FregReplicaUnsupportedException : NotSupportedException
    {
        /// <summary>Creates the exception with a default message.</summary>
        public FregReplicaUnsupportedException()
            : base("The rights package does not offer this operation.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">The message.</param>
        public FregReplicaUnsupportedException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">The message.</param>
        /// <param name="innerException">The cause.</param>
        public FregReplicaUnsupportedException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Creates the exception for a missing capability.</summary>
        /// <param name="capability">What is missing.</param>
        /// <param name="message">Why, naming the operation.</param>
        public FregReplicaUnsupportedException(FregReplicaCapabilities capability, string message)
            : base(message)
        {
            Capability = capability;
        }

        /// <summary>The missing capability, when known.</summary>
        public FregReplicaCapabilities Capability { get; }
    }
}
