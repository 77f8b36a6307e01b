using System.Net;

namespace Stormpath.Client;

/// <summary>
/// Thrown when a Stormpath call fails: the server answered with an error, or the call could not be completed
/// (timeout, connection failure, truncated or unreadable response).
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is built from the developer message and never contains credentials. When the
/// call failed before the server answered, <see cref="Status"/> is <see langword="null"/> and
/// <see cref="Exception.InnerException"/> holds the transport error.
/// </remarks>
public sealed class StormpathException : Exception
{
    /// <summary>Creates an exception for an error the server reported.</summary>
    /// <param name="error">The error body the server sent.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public StormpathException(StormpathError error, Exception? innerException = null)
        : base(Describe(error), innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
        Status = (HttpStatusCode)error.Status;
    }

    /// <summary>Creates an exception for a call that failed without an error body from the server.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="status">The HTTP status, when the server answered.</param>
    /// <param name="innerException">The transport error, if any.</param>
    public StormpathException(string message, HttpStatusCode? status = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
    }

    /// <summary>Gets the HTTP status, or <see langword="null"/> when the server did not answer.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Gets the error body the server sent, or <see langword="null"/> when there was none.</summary>
    public StormpathError? Error { get; }

    /// <summary>Gets the Stormpath error code, or 0 when there was no error body.</summary>
    public int Code => Error?.Code ?? 0;

    /// <summary>Gets the developer message of the error body.</summary>
    public string? DeveloperMessage => Error?.DeveloperMessage;

    /// <summary>Gets the end-user message of the error body.</summary>
    public string? UserMessage => Error?.Message;

    /// <summary>Gets the link to more information.</summary>
    public string? MoreInfo => Error?.MoreInfo;

    /// <summary>Gets the request id the server assigned.</summary>
    public string? RequestId => Error?.RequestId;

    private static string Describe(StormpathError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"Stormpath returned HTTP {error.Status}, error {error.Code}: {error.DeveloperMessage ?? error.Message} (request {error.RequestId ?? "unknown"}).";
    }
}
