using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Stormpath.Shared.SAuthc1;

/// <summary>
/// The hashing half of SAuthc1: timestamps, the credential id, the string to sign, the derived key and the
/// signature (stormpath-api.md §2.2, signer steps 1 and 4–6).
/// </summary>
internal static class SAuthc1Crypto
{
    /// <summary>The <c>X-Stormpath-Date</c> value for a moment: <c>yyyyMMddTHHmmssZ</c> in UTC.</summary>
    /// <param name="time">The signing time.</param>
    /// <returns>The timestamp.</returns>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(SAuthc1Constants.TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>The date stamp of a moment: <c>yyyyMMdd</c> in UTC.</summary>
    /// <param name="time">The signing time.</param>
    /// <returns>The date stamp.</returns>
    public static string FormatDateStamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(SAuthc1Constants.DateStampFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses an <c>X-Stormpath-Date</c> value strictly (<c>yyyyMMddTHHmmssZ</c>, UTC).</summary>
    /// <param name="timestamp">The header value.</param>
    /// <param name="time">The moment, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the value has exactly the SAuthc1 form.</returns>
    public static bool TryParseTimestamp(string? timestamp, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(
            timestamp,
            SAuthc1Constants.TimestampFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out time);

    /// <summary>The lower-case hex SHA-256 of a body (the empty body gives <see cref="SAuthc1Constants.EmptyBodySha256"/>).</summary>
    /// <param name="body">The exact body bytes.</param>
    /// <returns>The hash.</returns>
    public static string BodyHash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>The credential id: <c>{keyId}/{dateStamp}/{nonce}/sauthc1_request</c>.</summary>
    /// <param name="keyId">The API key id.</param>
    /// <param name="dateStamp">The date stamp.</param>
    /// <param name="nonce">The nonce.</param>
    /// <returns>The id.</returns>
    public static string CredentialId(string keyId, string dateStamp, string nonce) =>
        string.Join('/', keyId, dateStamp, nonce, SAuthc1Constants.IdTerminator);

    /// <summary>The string to sign: algorithm, timestamp, credential id and the hex SHA-256 of the canonical request.</summary>
    /// <param name="timestamp">The <c>X-Stormpath-Date</c> value.</param>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="canonicalRequest">The canonical request.</param>
    /// <returns>The string to sign.</returns>
    public static string StringToSign(string timestamp, string credentialId, string canonicalRequest) =>
        string.Join(
            '\n',
            SAuthc1Constants.Algorithm,
            timestamp,
            credentialId,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

    /// <summary>
    /// The signing key: <c>HMAC(HMAC(HMAC("SAuthc1" + secret, dateStamp), nonce), "sauthc1_request")</c>.
    /// </summary>
    /// <param name="secret">The API key secret.</param>
    /// <param name="dateStamp">The date stamp.</param>
    /// <param name="nonce">The nonce.</param>
    /// <returns>The 32-byte key.</returns>
    public static byte[] DeriveSigningKey(string secret, string dateStamp, string nonce)
    {
        var secretKey = Encoding.UTF8.GetBytes(SAuthc1Constants.Scheme + secret);
        try
        {
            var dateKey = Hmac(secretKey, dateStamp);
            var nonceKey = Hmac(dateKey, nonce);
            return Hmac(nonceKey, SAuthc1Constants.IdTerminator);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secretKey);
        }
    }

    /// <summary>The raw signature bytes of a string to sign.</summary>
    /// <param name="signingKey">The key from <see cref="DeriveSigningKey"/>.</param>
    /// <param name="stringToSign">The string to sign.</param>
    /// <returns>The 32 signature bytes.</returns>
    public static byte[] Sign(byte[] signingKey, string stringToSign) => Hmac(signingKey, stringToSign);

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
