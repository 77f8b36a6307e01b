using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Stormpath.Server.Passwords;

/// <summary>
/// bcrypt (BCrypt.Net-Next) with a pre-hash, so that no part of a long password is ignored.
/// </summary>
/// <remarks>
/// <para>
/// Own format: <c>$sp-bcrypt-hmac-sha384$</c> followed by a <c>$2b$</c> bcrypt hash (without its leading
/// <c>$</c>) of <c>base64(HMAC-SHA-384(key, utf8(password)))</c>. Why:
/// </para>
/// <list type="bullet">
/// <item>bcrypt reads only the first 72 bytes of its input; passwords may be 100 characters of up to 4 UTF-8
/// bytes each, so a raw password would be truncated silently. The pre-hash maps every password to 64 characters.</item>
/// <item>Base64, not the raw 48 digest bytes: a digest can contain 0x00, and C-string bcrypt implementations
/// stop at the first NUL, so a digest starting <c>xx 00</c> would leave one byte of key; BCrypt.Net also takes
/// text, not bytes. 64 base64 characters plus bcrypt's terminating NUL are 65 bytes, within 72: every digest
/// bit counts.</item>
/// <item>HMAC under a fixed, public key instead of bare SHA-384: domain separation, so leaked unsalted
/// SHA-384 hashes of passwords from elsewhere cannot be fed straight into a bcrypt search against ours
/// ("hash shucking"). It is not a pepper; there is nothing secret to lose or rotate.</item>
/// <item>The distinct prefix keeps our hashes apart from imported <c>$2a$/$2b$/$2y$</c> ones, which were made from
/// the raw password and are verified without the pre-hash (and so with their original 72-byte limit) until the
/// first successful login replaces them.</item>
/// </list>
/// </remarks>
internal sealed class BcryptPasswordHasher : IAccountPasswordHasher
{
    /// <summary>Marks hashes of this server's own scheme.</summary>
    public const string OwnPrefix = "$sp-bcrypt-hmac-sha384$";

    private static readonly byte[] PreHashKey = Encoding.UTF8.GetBytes("Stormpath.Server bcrypt pre-hash v1");

    private readonly int _workFactor;
    private readonly Lazy<string> _dummyHash;

    /// <summary>
    /// Initializes a new instance of the <see cref="BcryptPasswordHasher"/> class.
    /// </summary>
    /// <param name="options">The hashing options.</param>
    /// <exception cref="ArgumentOutOfRangeException">The work factor is outside 4–31.</exception>
    public BcryptPasswordHasher(IOptions<PasswordHashingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _workFactor = options.Value.WorkFactor;
        if (_workFactor is < PasswordHashingOptions.MinWorkFactor or > PasswordHashingOptions.MaxWorkFactor)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _workFactor, PasswordMessages.WorkFactorOutOfRange(_workFactor));
        }

        // A hash of a random password nobody knows, with the configured cost: dummy verifications against it
        // cost exactly what real ones do.
        _dummyHash = new Lazy<string>(() => HashPassword(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
    }

    /// <inheritdoc/>
    public string HashPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var bcrypt = BCrypt.Net.BCrypt.HashPassword(PreHash(password), BCrypt.Net.BCrypt.GenerateSalt(_workFactor, 'b'));
        return OwnPrefix + bcrypt[1..];
    }

    /// <inheritdoc/>
    public PasswordVerification VerifyPassword(string password, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(storedHash);

        if (storedHash.StartsWith(OwnPrefix, StringComparison.Ordinal))
        {
            var bcrypt = "$" + storedHash[OwnPrefix.Length..];
            if (!BcryptVerify(PreHash(password), bcrypt))
            {
                return PasswordVerification.Failed;
            }

            return BCrypt.Net.BCrypt.PasswordNeedsRehash(bcrypt, _workFactor)
                ? PasswordVerification.SucceededRehashNeeded
                : PasswordVerification.Succeeded;
        }

        // Imported hashes are verified on their own terms, then replaced by one of ours (stormpath-api.md §4.2).
        if (ImportedHashFormats.IsBcrypt(storedHash))
        {
            return BcryptVerify(password, storedHash) ? PasswordVerification.SucceededRehashNeeded : PasswordVerification.Failed;
        }

        if (storedHash.StartsWith(ImportedHashFormats.Stormpath2Prefix, StringComparison.Ordinal))
        {
            return ImportedHashFormats.VerifyStormpath2(password, storedHash)
                ? PasswordVerification.SucceededRehashNeeded
                : PasswordVerification.Failed;
        }

        // An unusable stored value: fail like a wrong password, in the same time.
        VerifyDummyPassword(password);
        return PasswordVerification.Failed;
    }

    /// <inheritdoc/>
    public void VerifyDummyPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        _ = VerifyPassword(password, _dummyHash.Value);
    }

    /// <inheritdoc/>
    public bool TryValidateImport(string mcfHash, out PasswordImportError error)
    {
        error = ImportedHashFormats.Validate(mcfHash);
        return error == PasswordImportError.None;
    }

    private static string PreHash(string password)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        try
        {
            return Convert.ToBase64String(HMACSHA384.HashData(PreHashKey, bytes));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static bool BcryptVerify(string text, string hash)
    {
        try
        {
            return BCrypt.Net.BCrypt.Verify(text, hash);
        }
        catch (Exception e) when (e is BCrypt.Net.SaltParseException or ArgumentException)
        {
            // A damaged stored hash; imports are validated, so this is a data fault, not a wrong password —
            // but it must still not open the account or turn a login into a 500.
            return false;
        }
    }
}
