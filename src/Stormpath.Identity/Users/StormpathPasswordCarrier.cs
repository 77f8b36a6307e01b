using Microsoft.AspNetCore.Identity;

namespace Stormpath.Identity;

/// <summary>
/// The <see cref="IPasswordHasher{TUser}"/> of <see cref="StormpathUserManager"/>. It hashes nothing: it hands the
/// plain-text password to the user object (never mapped, never stored) so the store sends it to Stormpath with the
/// next write, and returns a marker the store accepts in place of a hash. This lets every password path of
/// <see cref="UserManager{TUser}"/> (validators, security stamp, reset tokens) run unchanged while the password
/// itself only ever goes to Stormpath.
/// </summary>
internal sealed class StormpathPasswordCarrier : IPasswordHasher<StormpathUser>
{
    internal const string Marker = "stormpath:remote";

    public static StormpathPasswordCarrier Instance { get; } = new();

    public string HashPassword(StormpathUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        user.PendingPassword = password;
        return Marker;
    }

    // Never consulted: StormpathUserManager verifies passwords with a Stormpath login attempt.
    public PasswordVerificationResult VerifyHashedPassword(StormpathUser user, string hashedPassword, string providedPassword)
        => PasswordVerificationResult.Failed;
}
