using System;

namespace FregGen.Runtime.Replica
{
    /// <summary>
    /// Freg refused or failed a call a replica made. <see cref="IsTransient"/> says whether trying again later can help
    /// (429, 5xx, 408); the message names the operation and status, never an identity number.
    /// </summary>
    public sealed class FregReplicaSourceException : Exception
    {
        /// <summary>Creates the exception with a default message.</summary>
        public FregReplicaSourceException()
            : base("Freg refused or failed a call.")
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        /// <param name="message">The message (without personal data).</param>
        public FregReplicaSourceException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        /// <param name="message">The message (without personal data).</param>
        /// <param name="innerException">The cause, e.g. the generated client's FregApiException.</param>
        public FregReplicaSourceException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        /// <summary>Creates the exception for an HTTP answer.</summary>
        /// <param name="statusCode">The HTTP status Freg answered.</param>
        /// <param name="operation">The operation (operationId or method and path).</param>
        /// <param name="retryAfter">Freg's Retry-After, if it sent one.</param>
        /// <param name="innerException">The generated client's exception.</param>
        public FregReplicaSourceException(int statusCode, string operation, TimeSpan? retryAfter, Exception? innerException)
            : base("Freg answered " + statusCode + " to " + operation + (IsTransientStatus(statusCode) ? " (transient; the replica tries again)." : "."), innerException)
        {
            StatusCode = statusCode;
            Operation = operation;
            RetryAfter = retryAfter;
        }

        /// <summary>The HTTP status, when Freg answered.</summary>
        public int? StatusCode { get; }

        /// <summary>The operation that failed.</summary>
        public string? Operation { get; }

        /// <summary>How long Freg asked to wait (429's Retry-After), if it said so.</summary>
        public TimeSpan? RetryAfter { get; }

        /// <summary>Whether trying again later can help: 408, 429 and 5xx.</summary>
        public bool IsTransient => StatusCode is { } status && IsTransientStatus(status);

        /// <summary>Whether a status is worth trying again later.</summary>
        /// <param name="statusCode">The HTTP status.</param>
        /// <returns><see langword="true"/> for 408, 429 and 5xx.</returns>
        public static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or >= 500 and <= 599;
    }
}
