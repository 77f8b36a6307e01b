namespace Stormpath.Client;

/// <summary>
/// Turns the absolute hrefs the server returns into what a request needs: a path and query relative to the
/// configured origin. An href on any other origin is refused, so the API key only ever signs requests to the
/// configured directory (stormpath-api.md §1.3).
/// </summary>
internal static class StormpathHref
{
    /// <summary>Resolves an href against the base URL and checks that it is on the base URL's origin.</summary>
    /// <param name="baseUrl">The configured base URL.</param>
    /// <param name="href">An absolute href, or one relative to <paramref name="baseUrl"/>.</param>
    /// <param name="paramName">The name of the caller's parameter, for the exception.</param>
    /// <returns>The absolute href.</returns>
    /// <exception cref="ArgumentException">The href is on another origin.</exception>
    public static Uri Resolve(Uri baseUrl, Uri href, string paramName)
    {
        ArgumentNullException.ThrowIfNull(href, paramName);
        var absolute = href.IsAbsoluteUri ? href : new Uri(baseUrl, href);
        if (!IsSameOrigin(baseUrl, absolute))
        {
            throw new ArgumentException(StormpathClientMessages.ForeignOrigin(absolute, baseUrl), paramName);
        }

        return absolute;
    }

    /// <summary>Tells whether two absolute URLs share scheme, host and port.</summary>
    /// <param name="a">One URL.</param>
    /// <param name="b">The other URL.</param>
    /// <returns><see langword="true"/> when they are on the same origin.</returns>
    public static bool IsSameOrigin(Uri a, Uri b) =>
        a.IsAbsoluteUri && b.IsAbsoluteUri
        && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    /// <summary>Gets the path of an href, unescaped and without its leading slash, as the Refit route <c>{**path}</c> wants it.</summary>
    /// <param name="href">An absolute href.</param>
    /// <returns>The path.</returns>
    public static string Path(Uri href) => Uri.UnescapeDataString(href.AbsolutePath.TrimStart('/'));

    /// <summary>Gets the query parameters already in an href (a collection href echoes its query), decoded.</summary>
    /// <param name="href">An absolute href.</param>
    /// <returns>The parameters, in a new dictionary the caller may add to.</returns>
    public static Dictionary<string, string> Query(Uri href)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = href.Query;
        if (query.Length <= 1)
        {
            return result;
        }

        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            result[Unescape(key)] = Unescape(value);
        }

        return result;
    }

    /// <summary>Appends one escaped path segment to an href, dropping any query.</summary>
    /// <param name="href">An absolute href.</param>
    /// <param name="segment">The segment, unescaped (e.g. a token).</param>
    /// <returns>The child href.</returns>
    public static Uri Child(Uri href, string segment)
    {
        var builder = new UriBuilder(href) { Query = string.Empty, Fragment = string.Empty };
        builder.Path = builder.Path.TrimEnd('/') + "/" + Uri.EscapeDataString(segment);
        return builder.Uri;
    }

    /// <summary>
    /// Gives the path of an href fit for logs and traces: a token travelling in the path (password reset, email
    /// verification, access token) is replaced by <c>{token}</c>, and the query (which may hold an email address) is
    /// left out.
    /// </summary>
    /// <param name="href">An absolute href.</param>
    /// <returns>The redacted path.</returns>
    public static string Redact(Uri href)
    {
        var path = href.IsAbsoluteUri ? href.AbsolutePath : href.OriginalString.Split('?')[0];
        foreach (var marker in TokenCollections)
        {
            var index = path.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0 && index + marker.Length < path.Length)
            {
                return path[..(index + marker.Length)] + "{token}";
            }
        }

        return path;
    }

    private static readonly string[] TokenCollections =
        ["/passwordResetTokens/", "/emailVerificationTokens/", "/authTokens/"];

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
