using System;

namespace FregGen.Replica
{
    /// <summary>
    /// The replica cannot run with this rights package or these options (for example a package without bulk lookup or
    /// extract, or a part the package does not accept). Thrown at start, before anything is fetched or stored.
    /// </summary>
    public sealed class FregReplicaConfigurationException : Exception
    {
        /// <summary>Creates the exception with a default message.</summary>
        public FregReplicaConfigurationException()
            : base("The replica cannot run with this rights package or these options.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">The message.</param>
        public FregReplicaConfigurationException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">The message.</param>
        /// <param name="innerException">The cause.</param>
        public FregReplicaConfigurationException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }
}
