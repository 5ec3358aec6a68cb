using System;
using System.Net;

namespace FregGen.Runtime.Maskinporten;

/// <summary>
/// A Maskinporten token request failed. The message holds Maskinporten's error code and description, the HTTP status
/// and the scope — never the token, the grant (assertion) or key material.
/// </summary>
public sealed class MaskinportenException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public MaskinportenException()
        : base("The Maskinporten token request failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong; must not contain tokens, grants or keys.</param>
    public MaskinportenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong; must not contain tokens, grants or keys.</param>
    /// <param name="innerException">The cause.</param>
    public MaskinportenException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal MaskinportenException(
        string message,
        string? scope,
        HttpStatusCode? statusCode,
        string? error,
        string? errorDescription,
        bool isTransient,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Scope = scope;
        StatusCode = statusCode;
        Error = error;
        ErrorDescription = errorDescription;
        IsTransient = isTransient;
    }

    /// <summary>The scope that was requested.</summary>
    public string? Scope { get; }

    /// <summary>The token endpoint's HTTP status, when it answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Maskinporten's error code (the OAuth <c>error</c>, for example <c>invalid_grant</c> or <c>invalid_scope</c>).</summary>
    public string? Error { get; }

    /// <summary>Maskinporten's <c>error_description</c>, shortened and with identity numbers redacted.</summary>
    public string? ErrorDescription { get; }

    /// <summary>
    /// Whether trying again later may succeed: the endpoint could not be reached, timed out, or answered 429 or 5xx.
    /// Configuration errors (invalid client, grant or scope) are not transient.
    /// </summary>
    public bool IsTransient { get; }
}
