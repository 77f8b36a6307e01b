using System.Globalization;
using System.Net;

namespace Stormpath.Client;

/// <summary>
/// Every message the client puts in an exception or an options validation failure, in one place so they can be read
/// together. None of them ever includes an API key secret, a password or a token.
/// </summary>
internal static class StormpathClientMessages
{
    public const string Section = "Stormpath:Client";

    public static string ForeignOrigin(Uri href, Uri baseUrl) =>
        $"The href '{href.GetLeftPart(UriPartial.Authority)}/…' is not on the configured Stormpath origin '{baseUrl.GetLeftPart(UriPartial.Authority)}'. "
        + "Signed requests are only sent to Stormpath:Client:BaseUrl; use hrefs the configured directory returned.";

    public static string RelativeHrefWithoutBase(string href) =>
        $"The href '{href}' is not an absolute URL. Use the hrefs the directory returns.";

    public static string RedirectToForeignOrigin(HttpStatusCode status, Uri location) =>
        $"Stormpath answered HTTP {(int)status} with a redirect to another origin ({location.GetLeftPart(UriPartial.Authority)}), which the client does not follow.";

    public const string BodyEnded = "The response body ended before it was complete.";

    public const string RequestWithoutUri = "A Stormpath request has no URI; requests are built from hrefs under Stormpath:Client:BaseUrl.";

    public const string TooManyRedirects = "Stormpath redirected the request more than 5 times; the client stopped following.";

    public static string Timeout(string operation, TimeSpan timeout) =>
        $"The Stormpath call {operation} did not complete within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s. "
        + "Check that Stormpath:Client:BaseUrl is reachable, or raise Stormpath:Client:Timeout / Stormpath:Client:TotalTimeout.";

    public static string Transport(string operation) =>
        $"The Stormpath call {operation} failed before a complete response arrived (connection refused, reset or closed). See the inner exception.";

    public static string CircuitOpen(string operation) =>
        $"The Stormpath call {operation} was not sent: too many recent calls failed, so the client is pausing calls to let the directory recover.";

    public static string TruncatedBody(string operation) =>
        $"The response to the Stormpath call {operation} ended before its body was complete (the connection was cut short).";

    public static string UnreadableError(string operation, HttpStatusCode status, string? mediaType, long length) =>
        $"Stormpath answered the call {operation} with HTTP {(int)status} and a body that is not a Stormpath error "
        + $"({mediaType ?? "no content type"}, {length.ToString(CultureInfo.InvariantCulture)} bytes).";

    public static string UnreadableBody(string operation, HttpStatusCode status, string? mediaType, long length) =>
        $"Stormpath answered the call {operation} with HTTP {(int)status}, but its body could not be read as the expected JSON "
        + $"({mediaType ?? "no content type"}, {length.ToString(CultureInfo.InvariantCulture)} bytes); the response may be truncated or come from something that is not a Stormpath server.";

    public static string EmptyBody(string operation, HttpStatusCode status) =>
        $"Stormpath answered the call {operation} with HTTP {(int)status} and an empty body where a resource was expected.";

    public static string CreateOutcomeUnknown(string operation) =>
        $"The Stormpath call {operation} may or may not have happened (the response was lost), and the account could not be found afterwards to tell. "
        + "Look the account up by email before trying again.";

    // Options validation and binding: each names the setting and says how to set it.
    public const string ApiKeyIdMissing =
        "Stormpath:Client:ApiKeyId is not set. Set it in configuration, in the STORMPATH_CLIENT_APIKEY_ID environment variable, "
        + "or point Stormpath:Client:ApiKeyFile at an apiKey.properties file.";

    public const string ApiKeySecretMissing =
        "Stormpath:Client:ApiKeySecret is not set. Set it in configuration (a secret store such as user secrets), in the "
        + "STORMPATH_CLIENT_APIKEY_SECRET environment variable, or point Stormpath:Client:ApiKeyFile at an apiKey.properties file.";

    public const string BaseUrlInvalid =
        "Stormpath:Client:BaseUrl must be an absolute http or https URL without query or fragment, such as https://api.stormpath.com/v1/. "
        + "Set it in configuration or in the STORMPATH_CLIENT_BASEURL environment variable.";

    public const string TimeoutInvalid =
        "Stormpath:Client:Timeout must be more than zero and at most 10 minutes, such as 00:00:30.";

    public const string TotalTimeoutInvalid =
        "Stormpath:Client:TotalTimeout must be at least Stormpath:Client:Timeout and at most 30 minutes, such as 00:01:30.";

    public const string PageSizeInvalid = "Stormpath:Client:PageSize must be between 1 and 100 (the largest page the API serves).";

    public const string MaxRetriesInvalid = "Stormpath:Client:MaxRetries must be between 0 and 10.";

    public const string AuthenticationSchemeInvalid = "Stormpath:Client:AuthenticationScheme must be SAuthc1 or Basic.";

    public static string SettingMalformed(string source, string expected) =>
        $"{source} is not {expected}. Fix the value in configuration or in the environment.";

    public static string ApiKeyFileMissing(string path) =>
        $"Stormpath:Client:ApiKeyFile is set to '{path}', but no file exists there. Point it at an apiKey.properties file holding apiKey.id and apiKey.secret, or remove the setting.";

    public static string ApiKeyFileUnreadable(string path, string reason) =>
        $"Stormpath:Client:ApiKeyFile '{path}' could not be read: {reason}";

    public static string ApiKeyFileLineMalformed(int line) =>
        $"line {line.ToString(CultureInfo.InvariantCulture)} is not of the form 'key = value'.";

    public static string ApiKeyFileKeyMissing(string key) =>
        $"it has no {key} entry. An apiKey.properties file holds both apiKey.id and apiKey.secret.";
}
