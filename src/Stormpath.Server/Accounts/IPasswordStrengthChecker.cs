using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Accounts;

/// <summary>Checks a new password against a directory's password strength (§3.10).</summary>
internal interface IPasswordStrengthChecker
{
    /// <summary>The first violated rule as a Stormpath error, or <see langword="null"/> when the password is acceptable.</summary>
    StormpathError? Check(string password, DirectoryRecord directory);
}
