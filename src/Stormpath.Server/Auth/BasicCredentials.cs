using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Stormpath.Server.Auth;

/// <summary>
/// API-key credentials sent with HTTP Basic: <c>Basic base64(utf8(keyId + ":" + secret))</c>
/// (stormpath-api.md §2.1). The secret never leaves this object: compare it with <see cref="SecretMatches"/>.
/// </summary>
internal sealed class BasicCredentials
{
    private const string Prefix = "Basic ";

    // Longer values are refused before decoding; key ids are 25 and secrets 43 characters.
    private const int MaxLength = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _secret;

    private BasicCredentials(string keyId, string secret)
    {
        KeyId = keyId;
        _secret = secret;
    }

    /// <summary>Gets the API key id (not a secret; fine to log).</summary>
    public string KeyId { get; }

    /// <summary>
    /// Parses an <c>Authorization</c> value. Never throws.
    /// </summary>
    /// <param name="authorization">The header value as received; may be null.</param>
    /// <param name="credentials">The credentials, when parsing succeeded.</param>
    /// <param name="error">Why parsing failed, or <see cref="BasicCredentialsParseError.None"/>.</param>
    /// <returns><see langword="true"/> when the value holds Basic credentials with a key id.</returns>
    public static bool TryParse(
        string? authorization,
        [NotNullWhen(true)] out BasicCredentials? credentials,
        out BasicCredentialsParseError error)
    {
        credentials = null;
        if (authorization is null || authorization.Length > MaxLength || !authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            error = BasicCredentialsParseError.NotBasic;
            return false;
        }

        var encoded = authorization.AsSpan(Prefix.Length).Trim();
        var buffer = new byte[(encoded.Length * 3 / 4) + 3];
        string text;
        try
        {
            if (!Convert.TryFromBase64Chars(encoded, buffer, out var written))
            {
                error = BasicCredentialsParseError.MalformedEncoding;
                return false;
            }

            text = StrictUtf8.GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            error = BasicCredentialsParseError.MalformedEncoding;
            return false;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            error = BasicCredentialsParseError.MissingKeyId;
            return false;
        }

        credentials = new BasicCredentials(text[..colon], text[(colon + 1)..]);
        error = BasicCredentialsParseError.None;
        return true;
    }

    /// <summary>
    /// Compares the sent secret with the stored one in constant time (over SHA-256 digests, so neither the
    /// content nor the length of the stored secret shows in the timing).
    /// </summary>
    /// <param name="expectedSecret">The stored secret of the key; null when the key is unknown or disabled.</param>
    /// <returns><see langword="true"/> when the secrets are equal.</returns>
    public bool SecretMatches(string? expectedSecret)
    {
        var sent = SHA256.HashData(Encoding.UTF8.GetBytes(_secret));
        var stored = SHA256.HashData(Encoding.UTF8.GetBytes(expectedSecret ?? string.Empty));
        return CryptographicOperations.FixedTimeEquals(sent, stored) && expectedSecret is not null;
    }

    /// <summary>
    /// Looks the key up and compares its secret.
    /// </summary>
    /// <param name="secrets">Finds the secret of an enabled API key.</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns><see langword="true"/> when the key exists, may authenticate, and the secret matches.</returns>
    public async ValueTask<bool> VerifyAsync(IApiKeySecretLookup secrets, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(secrets);
        var stored = await secrets.FindSecretAsync(KeyId, cancellationToken).ConfigureAwait(false);
        return SecretMatches(stored);
    }

    /// <summary>Names the key only; the secret is never part of the text.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"Basic credentials for API key {KeyId}";
}
