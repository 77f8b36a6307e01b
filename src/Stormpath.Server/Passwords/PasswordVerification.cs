namespace Stormpath.Server.Passwords;

/// <summary>
/// The outcome of checking a password against a stored hash.
/// </summary>
internal enum PasswordVerification
{
    /// <summary>The password does not match (or the stored hash is unusable).</summary>
    Failed = 0,

    /// <summary>The password matches and the hash is current.</summary>
    Succeeded,

    /// <summary>
    /// The password matches, but the hash is an imported one or uses a smaller work factor than configured:
    /// store <see cref="IAccountPasswordHasher.HashPassword"/> of the same password in its place.
    /// </summary>
    SucceededRehashNeeded,
}
