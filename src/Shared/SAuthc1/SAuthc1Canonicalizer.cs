using System.Text;

namespace Stormpath.Shared.SAuthc1;

/// <summary>
/// Builds the parts of the SAuthc1 canonical request (stormpath-api.md §2.2, signer step 3).
/// </summary>
internal static class SAuthc1Canonicalizer
{
    /// <summary>
    /// The canonical path: the path as it travels on the wire (already percent-escaped, as
    /// <see cref="Uri.AbsolutePath"/> gives it), encoded once more with <c>/</c> kept; empty becomes <c>/</c>.
    /// </summary>
    /// <remarks>
    /// Encoding the escaped form again is what the .NET SDK does (an escaped <c>%20</c> signs as <c>%2520</c>);
    /// it is harmless because Stormpath paths hold only unreserved characters.
    /// </remarks>
    /// <param name="rawPath">The path as sent or received, without query.</param>
    /// <returns>The canonical path.</returns>
    public static string Path(string? rawPath) =>
        string.IsNullOrEmpty(rawPath) ? "/" : SAuthc1Encoding.EncodePath(rawPath);

    /// <summary>
    /// The canonical query of a query string as it travels: every <c>k=v</c> pair is decoded and re-encoded,
    /// then the pairs are sorted and joined with <c>&amp;</c>.
    /// </summary>
    /// <remarks>
    /// Sort order: by the decoded key, ordinal (UTF-16 code units, as Java's <c>TreeMap</c> of the reference
    /// signer); a repeated key — which no Stormpath SDK sends — is kept once per occurrence and the ties are
    /// ordered by decoded value, ordinal, so the result never depends on the order on the wire. A pair
    /// without <c>=</c> signs as <c>k=</c>; empty segments (<c>a=1&amp;&amp;b=2</c>) are skipped.
    /// </remarks>
    /// <param name="rawQuery">The query string, with or without the leading <c>?</c>; may be null.</param>
    /// <returns>The canonical query, or an empty string when there is none.</returns>
    public static string Query(string? rawQuery)
    {
        var query = StripQuestionMark(rawQuery);
        if (query.Length == 0)
        {
            return string.Empty;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var segment in query.Split('&'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? segment : segment[..equals];
            var value = equals < 0 ? string.Empty : segment[(equals + 1)..];
            pairs.Add(new(SAuthc1Encoding.Decode(key), SAuthc1Encoding.Decode(value)));
        }

        return Query(pairs);
    }

    /// <summary>
    /// The canonical query of decoded parameters, ordered as <see cref="Query(string?)"/> describes.
    /// </summary>
    /// <param name="parameters">The decoded keys and values.</param>
    /// <returns>The canonical query, or an empty string when there are no parameters.</returns>
    public static string Query(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var sorted = parameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => SAuthc1Encoding.Encode(p.Key) + "=" + SAuthc1Encoding.Encode(p.Value));
        return string.Join('&', sorted);
    }

    /// <summary>
    /// The query as Stormpath's Python SDK signs it: the wire form, not re-encoded, with only the fix-ups
    /// <c>+</c> → <c>%20</c>, <c>*</c> → <c>%2A</c>, <c>%7E</c> → <c>~</c> and <c>%2F</c> → <c>/</c>
    /// (stormpath-api.md §2.2, verifier step 5). Identical to <see cref="Query(string?)"/> for normal input.
    /// </summary>
    /// <param name="rawQuery">The query string, with or without the leading <c>?</c>; may be null.</param>
    /// <param name="sortPairs">Whether to sort the raw <c>k=v</c> strings (ordinal) before joining them.</param>
    /// <returns>The Python-style canonical query.</returns>
    public static string PythonStyleQuery(string? rawQuery, bool sortPairs)
    {
        var query = StripQuestionMark(rawQuery);
        if (sortPairs)
        {
            var segments = query.Split('&');
            Array.Sort(segments, StringComparer.Ordinal);
            query = string.Join('&', segments);
        }

        return PythonFixUps(query);
    }

    /// <summary>
    /// The path as Stormpath's Python SDK signs it: the wire form with the fix-ups of
    /// <see cref="PythonStyleQuery"/>; empty becomes <c>/</c>.
    /// </summary>
    /// <param name="rawPath">The path as received, without query.</param>
    /// <returns>The Python-style canonical path.</returns>
    public static string PythonStylePath(string? rawPath) =>
        string.IsNullOrEmpty(rawPath) ? "/" : PythonFixUps(rawPath);

    /// <summary>
    /// The canonical headers block (<c>name:value\n</c> per header, lower-case names, values verbatim) and the
    /// signed-headers list (lower-case names joined with <c>;</c>), in the order given.
    /// </summary>
    /// <param name="headers">The headers to sign, already in signing order; repeated values already joined with <c>,</c>.</param>
    /// <returns>The block and the list.</returns>
    public static (string Block, string SignedHeaders) Headers(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var block = new StringBuilder();
        var names = new List<string>();
        foreach (var (name, value) in headers)
        {
            var lower = name.ToLowerInvariant();
            block.Append(lower).Append(':').Append(value).Append('\n');
            names.Add(lower);
        }

        return (block.ToString(), string.Join(';', names));
    }

    /// <summary>
    /// Joins the six parts of the canonical request with <c>\n</c>.
    /// </summary>
    /// <param name="method">The HTTP method; upper-cased here.</param>
    /// <param name="canonicalPath">The result of <see cref="Path(string?)"/>.</param>
    /// <param name="canonicalQuery">The result of <see cref="Query(string?)"/> (or a fallback form).</param>
    /// <param name="headersBlock">The block from <see cref="Headers"/>.</param>
    /// <param name="signedHeaders">The list from <see cref="Headers"/>.</param>
    /// <param name="bodySha256Hex">The lower-case hex SHA-256 of the body.</param>
    /// <returns>The canonical request.</returns>
    public static string Request(
        string method,
        string canonicalPath,
        string canonicalQuery,
        string headersBlock,
        string signedHeaders,
        string bodySha256Hex) =>
        string.Join(
            '\n',
            method.ToUpperInvariant(),
            canonicalPath,
            canonicalQuery,
            headersBlock,
            signedHeaders,
            bodySha256Hex);

    private static string PythonFixUps(string value) =>
        value
            .Replace("+", "%20", StringComparison.Ordinal)
            .Replace("*", "%2A", StringComparison.Ordinal)
            .Replace("%7E", "~", StringComparison.Ordinal)
            .Replace("%2F", "/", StringComparison.Ordinal);

    private static string StripQuestionMark(string? rawQuery) =>
        string.IsNullOrEmpty(rawQuery) ? string.Empty : rawQuery[0] == '?' ? rawQuery[1..] : rawQuery;
}
