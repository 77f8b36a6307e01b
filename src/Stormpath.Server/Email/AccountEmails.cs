using System.Net;

namespace Stormpath.Server.Email;

/// <summary>
/// Builds the account workflow emails (stormpath-api.md §7): each carries the link
/// <c>{linkBaseUrl}?sptoken={token}</c> with the token URL-encoded.
/// </summary>
internal static class AccountEmails
{
    /// <summary>The "verify your email" message.</summary>
    /// <param name="toAddress">The account's email address.</param>
    /// <param name="givenName">The account's given name, or null.</param>
    /// <param name="linkBaseUrl">The page that consumes the token (the template's <c>linkBaseUrl</c>).</param>
    /// <param name="token">The email verification token.</param>
    /// <returns>The message.</returns>
    public static EmailMessage VerifyEmail(string toAddress, string? givenName, string linkBaseUrl, string token)
    {
        var link = Link(linkBaseUrl, token);
        var greeting = EmailMessages.Greeting(givenName);
        var text = EmailMessages.VerifyText(greeting, link);
        return new EmailMessage(toAddress, givenName, EmailMessages.VerifySubject, text, Html(text, link));
    }

    /// <summary>The "reset your password" message.</summary>
    /// <param name="toAddress">The account's email address.</param>
    /// <param name="givenName">The account's given name, or null.</param>
    /// <param name="linkBaseUrl">The page that consumes the token (the template's <c>linkBaseUrl</c>).</param>
    /// <param name="token">The password reset token.</param>
    /// <param name="validFor">How long the token works (the policy's <c>resetTokenTtl</c>).</param>
    /// <returns>The message.</returns>
    public static EmailMessage ResetPassword(string toAddress, string? givenName, string linkBaseUrl, string token, TimeSpan validFor)
    {
        var link = Link(linkBaseUrl, token);
        var greeting = EmailMessages.Greeting(givenName);
        var text = EmailMessages.ResetText(greeting, link, Math.Max(1, (int)Math.Round(validFor.TotalHours)));
        return new EmailMessage(toAddress, givenName, EmailMessages.ResetSubject, text, Html(text, link));
    }

    /// <summary>
    /// The link: <paramref name="linkBaseUrl"/> plus <c>sptoken</c>, after <c>?</c>, or after <c>&amp;</c> when the
    /// base already has a query.
    /// </summary>
    /// <param name="linkBaseUrl">An absolute URL.</param>
    /// <param name="token">The token.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException">The base is not an absolute http(s) URL.</exception>
    public static string Link(string linkBaseUrl, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        if (!Uri.TryCreate(linkBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(EmailMessages.LinkBaseUrlNotAbsolute, nameof(linkBaseUrl));
        }

        var separator = linkBaseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return linkBaseUrl + separator + "sptoken=" + Uri.EscapeDataString(token);
    }

    // The HTML alternative is the text, escaped, with the link made clickable.
    private static string Html(string text, string link)
    {
        var encodedLink = WebUtility.HtmlEncode(link);
        var paragraphs = text.Split("\n\n")
            .Select(p => p == link
                ? $"<p><a href=\"{encodedLink}\">{encodedLink}</a></p>"
                : $"<p>{WebUtility.HtmlEncode(p)}</p>");
        return "<!DOCTYPE html><html><body>" + string.Concat(paragraphs) + "</body></html>";
    }
}
