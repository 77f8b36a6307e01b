using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>Turns the directory's answers into Identity outcomes, in one place (stormpath-api.md §6.2).</summary>
internal static class StormpathRemoteErrors
{
    /// <summary>The code the directory uses for a value that must be unique (email, user name, group name).</summary>
    public const int Duplicate = 2001;

    /// <summary>Whether the server answered and refused the request, so the write certainly did not happen.</summary>
    public static bool IsRefusal(StormpathException exception)
        => exception.Status is { } status && (int)status is >= 400 and < 500 && status != HttpStatusCode.RequestTimeout && status != HttpStatusCode.TooManyRequests;

    /// <summary>Logs the server's text of a refusal; it never goes into user-facing descriptions.</summary>
    public static void LogRefusal(ILogger logger, StormpathException exception, string operation)
        => logger.LogWarning("Stormpath refused {Operation}: HTTP {Status}, code {Code}, {DeveloperMessage} (request {RequestId}).",
            operation, (int?)exception.Status, exception.Code, exception.DeveloperMessage, exception.RequestId);

    /// <summary>Maps a refusal that is not a duplicate to the describer's error.</summary>
    public static IdentityError Describe(StormpathException exception, IdentityErrorDescriber identity, StormpathErrorDescriber stormpath, string? email)
        => exception.Code switch
        {
            2006 => identity.InvalidEmail(email),
            2007 or 2008 or 2002 when MentionsPassword(exception) => stormpath.PasswordPolicy(),
            6401 => stormpath.PasswordReused(),
            404 => stormpath.AccountNotFound(),
            _ => stormpath.RemoteValidationFailed(),
        };

    private static bool MentionsPassword(StormpathException exception)
        => (exception.DeveloperMessage ?? exception.UserMessage ?? string.Empty).Contains("password", StringComparison.OrdinalIgnoreCase);
}
