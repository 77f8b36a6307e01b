namespace Stormpath.Shared.SAuthc1;

/// <summary>
/// Signs a request with SAuthc1 (stormpath-api.md §2.2): a pure function of the request parts, the key,
/// the time and the nonce.
/// </summary>
internal static class SAuthc1Signer
{
    /// <summary>
    /// The <c>Host</c> header value SAuthc1 signs: the host, plus <c>:port</c> only when the port is not the
    /// scheme's default.
    /// </summary>
    /// <param name="uri">The absolute request URI.</param>
    /// <returns>The <c>Host</c> value.</returns>
    public static string HostHeaderValue(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// Computes the SAuthc1 <c>Authorization</c> header of a request.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="rawPath">The path as it goes on the wire (<see cref="Uri.AbsolutePath"/>).</param>
    /// <param name="rawQuery">The query as it goes on the wire (<see cref="Uri.Query"/>), with or without <c>?</c>; may be null.</param>
    /// <param name="headers">
    /// Every header to sign with its exact wire value (repeated values joined with <c>,</c>); must include
    /// <c>Host</c> and <c>X-Stormpath-Date</c>, the latter equal to <see cref="SAuthc1Crypto.FormatTimestamp"/> of
    /// <paramref name="time"/>. They are signed sorted by name, case-insensitively.
    /// </param>
    /// <param name="bodySha256Hex">The lower-case hex SHA-256 of the exact body bytes (<see cref="SAuthc1Crypto.BodyHash"/>).</param>
    /// <param name="keyId">The API key id.</param>
    /// <param name="secret">The API key secret.</param>
    /// <param name="time">The signing time.</param>
    /// <param name="nonce">A fresh nonce, e.g. a lower-case hyphenated GUID.</param>
    /// <returns>The header; <see cref="SAuthc1Header.ToString"/> is the value to send.</returns>
    /// <exception cref="ArgumentException">The <c>Host</c> or <c>X-Stormpath-Date</c> header is missing or inconsistent.</exception>
    public static SAuthc1Header Sign(
        string method,
        string rawPath,
        string? rawQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        string bodySha256Hex,
        string keyId,
        string secret,
        DateTimeOffset time,
        string nonce)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentException.ThrowIfNullOrEmpty(bodySha256Hex);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentException.ThrowIfNullOrEmpty(nonce);

        var timestamp = SAuthc1Crypto.FormatTimestamp(time);
        var sorted = headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ToList();
        if (!sorted.Any(h => string.Equals(h.Key, SAuthc1Constants.HostHeader, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException("Add the Host header before signing: SAuthc1 signs it.", nameof(headers));
        }

        var date = sorted.FirstOrDefault(h => string.Equals(h.Key, SAuthc1Constants.DateHeader, StringComparison.OrdinalIgnoreCase));
        if (date.Value != timestamp)
        {
            throw new ArgumentException(
                "Set X-Stormpath-Date to SAuthc1Crypto.FormatTimestamp(time) before signing: SAuthc1 signs it.",
                nameof(headers));
        }

        var (block, signedHeaders) = SAuthc1Canonicalizer.Headers(sorted);
        var canonicalRequest = SAuthc1Canonicalizer.Request(
            method,
            SAuthc1Canonicalizer.Path(rawPath),
            SAuthc1Canonicalizer.Query(rawQuery),
            block,
            signedHeaders,
            bodySha256Hex);

        var dateStamp = SAuthc1Crypto.FormatDateStamp(time);
        var stringToSign = SAuthc1Crypto.StringToSign(timestamp, SAuthc1Crypto.CredentialId(keyId, dateStamp, nonce), canonicalRequest);
        var signature = SAuthc1Crypto.Sign(SAuthc1Crypto.DeriveSigningKey(secret, dateStamp, nonce), stringToSign);

        return new SAuthc1Header(keyId, dateStamp, nonce, signedHeaders.Split(';'), Convert.ToHexStringLower(signature));
    }
}
