namespace Stormpath.Server.Errors;

/// <summary>
/// Thrown from deep inside request handling (body parsing, query parsing, validation) to answer with a
/// Stormpath error; <see cref="ErrorHandlingMiddleware"/> turns it into the response.
/// </summary>
internal sealed class StormpathErrorException(StormpathError error) : Exception(error.DeveloperMessage)
{
    public StormpathError Error { get; } = error;
}
