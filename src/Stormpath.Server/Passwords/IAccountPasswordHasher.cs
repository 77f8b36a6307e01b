namespace Stormpath.Server.Passwords;

/// <summary>
/// Hashes and verifies account passwords. Hashes are Modular Crypt Format strings: the server's own
/// (pre-hashed bcrypt) or imported ones (<c>$2a$</c>, <c>$2b$</c>, <c>$2y$</c>, <c>$stormpath2$</c>).
/// </summary>
/// <remarks>
/// bcrypt is CPU-bound and synchronous by design; a verification takes about as long as the work factor
/// asks (roughly 50–100 ms at 10).
/// </remarks>
internal interface IAccountPasswordHasher
{
    /// <summary>Hashes a plaintext password in the server's own format.</summary>
    /// <param name="password">The plaintext password (already accepted by the strength policy).</param>
    /// <returns>The hash to store.</returns>
    string HashPassword(string password);

    /// <summary>Checks a password against a stored hash of any supported format.</summary>
    /// <param name="password">The plaintext password to check.</param>
    /// <param name="storedHash">The stored hash.</param>
    /// <returns>Whether it matches, and whether the caller should store a fresh hash.</returns>
    PasswordVerification VerifyPassword(string password, string storedHash);

    /// <summary>
    /// Does the work of one real verification against a hash that matches nothing, so that a login for an
    /// unknown username or email takes as long as one for a known account.
    /// </summary>
    /// <param name="password">The password that was sent.</param>
    void VerifyDummyPassword(string password);

    /// <summary>
    /// Validates a hash sent with <c>passwordFormat=mcf</c> before it is stored.
    /// </summary>
    /// <param name="mcfHash">The value of the <c>password</c> property.</param>
    /// <param name="error">Why it cannot be imported, or <see cref="PasswordImportError.None"/>.</param>
    /// <returns><see langword="true"/> when the hash can be stored as it is and verified later.</returns>
    bool TryValidateImport(string mcfHash, out PasswordImportError error);
}
