using System.Security.Cryptography;

namespace Stormpath.Server.Resources;

/// <summary>Generates resource ids, API key credentials and tokens (formats per stormpath-api.md §1.3).</summary>
internal static class ResourceIds
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string UpperAlphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>A 22-character base62 id (about 131 bits), like the hosted service's.</summary>
    public static string NewId() => RandomNumberGenerator.GetString(Base62, 22);

    /// <summary>An API key id: 25 upper-case alphanumerics.</summary>
    public static string NewApiKeyId() => RandomNumberGenerator.GetString(UpperAlphanumeric, 25);

    /// <summary>An API key secret: 43 URL-safe base64 characters (256 bits).</summary>
    public static string NewApiKeySecret() => NewToken();

    /// <summary>A URL-safe token of 256 random bits (43 characters), safe in a query string unescaped.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The lower-case hex SHA-256 of a token: what is stored instead of the token.</summary>
    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
