using Microsoft.AspNetCore.Identity;

namespace Stormpath.Identity;

/// <summary>
/// The <see cref="IdentityError"/>s for outcomes that only a remote directory has. Codes are stable; descriptions never
/// repeat the server's text (which is logged instead). The standard outcomes (duplicate email, invalid token, …) keep
/// coming from the application's <see cref="IdentityErrorDescriber"/>.
/// </summary>
public class StormpathErrorDescriber
{
    /// <summary>The code of <see cref="RemoteValidationFailed"/>.</summary>
    public const string RemoteValidationFailedCode = "StormpathValidationFailed";

    /// <summary>The code of <see cref="PasswordPolicy"/>.</summary>
    public const string PasswordPolicyCode = "StormpathPasswordPolicy";

    /// <summary>The code of <see cref="PasswordReused"/>.</summary>
    public const string PasswordReusedCode = "StormpathPasswordReused";

    /// <summary>The code of <see cref="AccountNotFound"/>.</summary>
    public const string AccountNotFoundCode = "StormpathAccountNotFound";

    /// <summary>The code of <see cref="GroupNotFound"/>.</summary>
    public const string GroupNotFoundCode = "StormpathGroupNotFound";

    /// <summary>Describes a change the directory refused for a reason that has no Identity equivalent.</summary>
    /// <returns>The error.</returns>
    public virtual IdentityError RemoteValidationFailed() => new() { Code = RemoteValidationFailedCode, Description = StormpathMessages.RemoteValidationFailed };

    /// <summary>Describes a password the directory's password policy refused.</summary>
    /// <returns>The error.</returns>
    public virtual IdentityError PasswordPolicy() => new() { Code = PasswordPolicyCode, Description = StormpathMessages.PasswordPolicy };

    /// <summary>Describes a password the directory refused because it was used before.</summary>
    /// <returns>The error.</returns>
    public virtual IdentityError PasswordReused() => new() { Code = PasswordReusedCode, Description = StormpathMessages.PasswordReused };

    /// <summary>Describes a user whose account no longer exists in the directory.</summary>
    /// <returns>The error.</returns>
    public virtual IdentityError AccountNotFound() => new() { Code = AccountNotFoundCode, Description = StormpathMessages.AccountNotFound };

    /// <summary>Describes a role whose group no longer exists in the directory.</summary>
    /// <returns>The error.</returns>
    public virtual IdentityError GroupNotFound() => new() { Code = GroupNotFoundCode, Description = StormpathMessages.GroupNotFound };
}
