namespace Stormpath.Identity.Sample;

/// <summary>Every message the sample shows a person, in one place so they can be read together.</summary>
public static class SampleMessages
{
    /// <summary>Any failed sign-in. Unknown user, wrong password, disabled and unconfirmed accounts all read the same.</summary>
    public const string SignInFailed = "Invalid email or password.";

    /// <summary>Shown after registering.</summary>
    public const string Registered = "Account created. We sent a confirmation link to your email address; open it to finish registering.";

    /// <summary>Shown after a confirmation link was used.</summary>
    public const string EmailConfirmed = "Your email address is confirmed. You can sign in now.";

    /// <summary>Shown when a confirmation link does not work.</summary>
    public const string ConfirmationLinkInvalid = "This confirmation link has been used or has expired. Ask for a new one below.";

    /// <summary>Shown when a link arrives without its token.</summary>
    public const string LinkMissingToken = "This page needs the link from your email. Open the link exactly as it was sent.";

    /// <summary>Shown after asking for a confirmation email, whether or not the address is known.</summary>
    public const string ConfirmationResent = "If that address belongs to an account that still needs confirming, a new confirmation link is on its way.";

    /// <summary>Shown after asking for a reset email, whether or not the address is known.</summary>
    public const string ResetRequested = "If that address belongs to an account, a password reset link is on its way.";

    /// <summary>Shown after a successful password reset.</summary>
    public const string PasswordReset = "Your password has been reset. Sign in with the new one.";

    /// <summary>Shown when a reset link does not work.</summary>
    public const string ResetLinkInvalid = "This reset link is not valid any more, or it was sent to another address. Ask for a new one.";

    /// <summary>Shown after the profile was saved.</summary>
    public const string ProfileSaved = "Your profile has been saved.";

    /// <summary>Shown after the password was changed.</summary>
    public const string PasswordChanged = "Your password has been changed.";

    /// <summary>Shown after signing out.</summary>
    public const string SignedOut = "You have signed out.";

    /// <summary>Shown when the directory cannot be reached or answers with a server error.</summary>
    public const string DirectoryUnavailable = "The user directory could not be reached. Please try again in a moment.";

    /// <summary>Shown when an administrator opens a user that does not exist.</summary>
    public const string UserNotFound = "That user does not exist any more.";

    /// <summary>Shown after an account was enabled.</summary>
    public const string AccountEnabled = "The account is enabled; its owner can sign in.";

    /// <summary>Shown after an account was disabled.</summary>
    public const string AccountDisabled = "The account is disabled; its owner cannot sign in.";

    /// <summary>Shown when an administrator tries to disable their own account.</summary>
    public const string CannotDisableSelf = "You cannot disable your own account.";

    /// <summary>Shown after a role was granted.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The message.</returns>
    public static string RoleGranted(string role) => $"Granted the role {role}.";

    /// <summary>Shown after a role was removed.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The message.</returns>
    public static string RoleRemoved(string role) => $"Removed the role {role}.";
}
