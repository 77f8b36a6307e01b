using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Stormpath.Server.Passwords;

/// <summary>
/// The imported hash formats of <c>passwordFormat=mcf</c> (stormpath-api.md §4.2): strict validation, and
/// verification of <c>$stormpath2$</c> (bcrypt ones are verified by BCrypt.Net itself).
/// </summary>
internal static partial class ImportedHashFormats
{
    /// <summary>The prefix of Stormpath's salted, iterated digest format.</summary>
    public const string Stormpath2Prefix = "$stormpath2$";

    /// <summary>
    /// The largest accepted <c>$stormpath2$</c> iteration count: an import must not be able to make every
    /// login of an account cost seconds of CPU (a million SHA-512 rounds is about half a second).
    /// </summary>
    public const int MaxStormpath2Iterations = 1_000_000;

    private const string BcryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Whether the hash is a bcrypt hash of an accepted variant (<c>$2a$</c>, <c>$2b$</c>, <c>$2y$</c>).</summary>
    /// <param name="hash">The hash.</param>
    /// <returns><see langword="true"/> for the accepted bcrypt prefixes (the rest is not checked here).</returns>
    public static bool IsBcrypt(string hash) =>
        hash.StartsWith("$2a$", StringComparison.Ordinal)
        || hash.StartsWith("$2b$", StringComparison.Ordinal)
        || hash.StartsWith("$2y$", StringComparison.Ordinal);

    /// <summary>Validates a hash strictly.</summary>
    /// <param name="hash">The hash.</param>
    /// <returns><see cref="PasswordImportError.None"/> when the hash can be stored and verified.</returns>
    public static PasswordImportError Validate(string hash)
    {
        if (string.IsNullOrEmpty(hash))
        {
            return PasswordImportError.Empty;
        }

        if (IsBcrypt(hash))
        {
            return IsWellFormedBcrypt(hash) ? PasswordImportError.None : PasswordImportError.MalformedBcrypt;
        }

        if (hash.StartsWith("$2x$", StringComparison.Ordinal) || hash.StartsWith("$2$", StringComparison.Ordinal))
        {
            // $2x$ marks hashes made by crypt_blowfish's sign-extension bug (wrong for 8-bit passwords), $2$
            // the original revision without the Unicode fix; neither can be verified faithfully.
            return PasswordImportError.UnsupportedBcryptVariant;
        }

        if (hash.StartsWith(Stormpath2Prefix, StringComparison.Ordinal))
        {
            return TryParseStormpath2(hash, out _, out _, out _, out _);
        }

        return PasswordImportError.UnsupportedScheme;
    }

    /// <summary>Verifies a password against a <c>$stormpath2$</c> hash, in constant time over the digest.</summary>
    /// <param name="password">The plaintext password.</param>
    /// <param name="hash">The stored hash.</param>
    /// <returns><see langword="true"/> when the hash is well formed and the password matches.</returns>
    public static bool VerifyStormpath2(string password, string hash)
    {
        if (TryParseStormpath2(hash, out var algorithm, out var iterations, out var salt, out var expected) != PasswordImportError.None)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Stormpath2Digest(algorithm, iterations, salt, password), expected);
    }

    /// <summary>
    /// The <c>$stormpath2$</c> digest: <c>d = ALG(salt ‖ utf8(password))</c>, then <c>d = ALG(d)</c> for each
    /// further iteration — the Apache Shiro <c>SimpleHash</c> scheme Stormpath's import tooling used
    /// (checked against Stormpath's published MD5 examples). [DERIVED for iterations &gt; 1]
    /// </summary>
    /// <param name="algorithm">The algorithm.</param>
    /// <param name="iterations">The iteration count, at least 1.</param>
    /// <param name="salt">The salt bytes (may be empty).</param>
    /// <param name="password">The plaintext password.</param>
    /// <returns>The digest.</returns>
    internal static byte[] Stormpath2Digest(HashAlgorithmName algorithm, int iterations, byte[] salt, string password)
    {
        var passwordBytes = Encoding.UTF8.GetBytes(password);
        var input = new byte[salt.Length + passwordBytes.Length];
        salt.CopyTo(input, 0);
        passwordBytes.CopyTo(input, salt.Length);
        using var hash = IncrementalHash.CreateHash(algorithm);
        hash.AppendData(input);
        var digest = hash.GetHashAndReset();
        for (var i = 1; i < iterations; i++)
        {
            hash.AppendData(digest);
            digest = hash.GetHashAndReset();
        }

        CryptographicOperations.ZeroMemory(input);
        CryptographicOperations.ZeroMemory(passwordBytes);
        return digest;
    }

    private static PasswordImportError TryParseStormpath2(
        string hash,
        out HashAlgorithmName algorithm,
        out int iterations,
        out byte[] salt,
        out byte[] digest)
    {
        algorithm = default;
        iterations = 0;
        salt = [];
        digest = [];

        // "$stormpath2$ALG$ITERATIONS$SALT$HASH" splits into "", "stormpath2", ALG, ITERATIONS, SALT, HASH.
        var parts = hash.Split('$');
        if (parts.Length != 6)
        {
            return PasswordImportError.MalformedStormpath2;
        }

        (algorithm, var digestLength) = parts[2] switch
        {
            "MD5" => (HashAlgorithmName.MD5, 16),
            "SHA-1" => (HashAlgorithmName.SHA1, 20),
            "SHA-256" => (HashAlgorithmName.SHA256, 32),
            "SHA-384" => (HashAlgorithmName.SHA384, 48),
            "SHA-512" => (HashAlgorithmName.SHA512, 64),
            _ => (default, 0),
        };
        if (digestLength == 0)
        {
            return PasswordImportError.UnsupportedStormpath2Algorithm;
        }

        if (!parts[3].All(char.IsAsciiDigit)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations < 1
            || iterations > MaxStormpath2Iterations)
        {
            return parts[3].Length > 0 && parts[3].All(char.IsAsciiDigit)
                ? PasswordImportError.Stormpath2IterationsOutOfRange
                : PasswordImportError.MalformedStormpath2;
        }

        if (!TryDecodeBase64(parts[4], out salt) || !TryDecodeBase64(parts[5], out digest) || digest.Length != digestLength)
        {
            return PasswordImportError.MalformedStormpath2;
        }

        return PasswordImportError.None;
    }

    private static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        bytes = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written))
        {
            return false;
        }

        bytes = bytes[..written];
        return true;
    }

    private static bool IsWellFormedBcrypt(string hash)
    {
        if (!BcryptPattern().IsMatch(hash))
        {
            return false;
        }

        // 23 digest bytes fill 30 characters and 4 bits of the 31st: its 2 low bits are always zero in output
        // of a correct encoder, so a last character with them set marks a damaged or hand-made hash.
        return BcryptAlphabet.IndexOf(hash[^1], StringComparison.Ordinal) % 4 == 0;
    }

    [GeneratedRegex(@"^\$2[aby]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53}\z", RegexOptions.CultureInvariant)]
    private static partial Regex BcryptPattern();
}
