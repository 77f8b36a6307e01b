using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>
/// The <see cref="SignInManager{TUser}"/> of Stormpath users. A password sign-in asks Stormpath before it looks at the
/// mirrored status, because the mirror may be stale (an account re-enabled elsewhere must be able to sign in), and every
/// refusal that comes from the account (unknown, wrong password, disabled, unverified) returns the same
/// <see cref="SignInResult.Failed"/>, so the caller cannot tell them apart.
/// </summary>
/// <remarks>Identity's own lockout after repeated failures still answers <see cref="SignInResult.LockedOut"/>.</remarks>
public class StormpathSignInManager : SignInManager<StormpathUser>
{
    /// <summary>Creates the manager; it is normally resolved from dependency injection after <c>AddStormpathStores()</c>.</summary>
    /// <param name="userManager">An instance of <see cref="UserManager{TUser}"/> used to retrieve users from and persist users.</param>
    /// <param name="contextAccessor">The accessor used to access the <see cref="HttpContext"/>.</param>
    /// <param name="claimsFactory">The factory to use to create claims principals for a user.</param>
    /// <param name="optionsAccessor">The accessor used to access the <see cref="IdentityOptions"/>.</param>
    /// <param name="logger">The logger used to log messages, warnings and errors.</param>
    /// <param name="schemes">The scheme provider that is used enumerate the authentication schemes.</param>
    /// <param name="confirmation">The <see cref="IUserConfirmation{TUser}"/> used check whether a user account is confirmed.</param>
    public StormpathSignInManager(
        UserManager<StormpathUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<StormpathUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<StormpathUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<StormpathUser> confirmation)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        if (userManager is not StormpathUserManager)
        {
            throw new InvalidOperationException(StormpathMessages.SignInManagerNeedsStormpathUserManager);
        }
    }

    private StormpathUserManager StormpathUsers => (StormpathUserManager)UserManager;

    /// <summary>Attempts to sign in the specified user name (or, failing that, email) and password combination.</summary>
    /// <param name="userName">The user name to sign in.</param>
    /// <param name="password">The password to attempt to sign in with.</param>
    /// <param name="isPersistent">Flag indicating whether the sign-in cookie should persist after the browser is closed.</param>
    /// <param name="lockoutOnFailure">Flag indicating if the user account should be locked if the sign in fails.</param>
    /// <returns>The task object representing the asynchronous operation containing the <see cref="SignInResult"/> for the sign-in attempt.</returns>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(userName);

        // Stormpath accepts a user name or an email as the login (stormpath-api.md §5).
        var user = await UserManager.FindByNameAsync(userName).ConfigureAwait(false)
            ?? (userName.Contains('@', StringComparison.Ordinal) ? await UserManager.FindByEmailAsync(userName).ConfigureAwait(false) : null);
        if (user is null)
        {
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure).ConfigureAwait(false);
    }

    /// <summary>Attempts a password sign in for a user, asking Stormpath first.</summary>
    /// <param name="user">The user to sign in.</param>
    /// <param name="password">The password to attempt to sign in with.</param>
    /// <param name="lockoutOnFailure">Flag indicating if the user account should be locked if the sign in fails.</param>
    /// <returns>The task object representing the asynchronous operation containing the <see cref="SignInResult"/> for the sign-in attempt.</returns>
    public override async Task<SignInResult> CheckPasswordSignInAsync(StormpathUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);

        if (UserManager.SupportsUserLockout && await StormpathUsers.IsLockedOutLocallyAsync(user).ConfigureAwait(false))
        {
            return await LockedOut(user).ConfigureAwait(false);
        }

        if (await UserManager.CheckPasswordAsync(user, password).ConfigureAwait(false))
        {
            // The check refreshed the mirror from Stormpath, so the status read here is current.
            if (user.AccountStatus != StormpathAccountStatus.Enabled || !await CanSignInAsync(user).ConfigureAwait(false))
            {
                return SignInResult.Failed;
            }

            if (UserManager.SupportsUserLockout)
            {
                await ResetLockout(user).ConfigureAwait(false);
            }

            return SignInResult.Success;
        }

        if (UserManager.SupportsUserLockout && lockoutOnFailure)
        {
            var failed = await UserManager.AccessFailedAsync(user).ConfigureAwait(false);
            if (failed.Succeeded && await StormpathUsers.IsLockedOutLocallyAsync(user).ConfigureAwait(false))
            {
                return await LockedOut(user).ConfigureAwait(false);
            }
        }

        return SignInResult.Failed;
    }

    /// <summary>Returns a flag indicating whether the specified user can sign in: the account must also be <c>ENABLED</c> in Stormpath.</summary>
    /// <param name="user">The user whose sign-in status should be returned.</param>
    /// <returns>The task object representing the asynchronous operation, containing a flag that is true if the specified user can sign-in, otherwise false.</returns>
    public override async Task<bool> CanSignInAsync(StormpathUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.AccountStatus is StormpathAccountStatus.Disabled or StormpathAccountStatus.Unknown)
        {
            return false;
        }

        return await base.CanSignInAsync(user).ConfigureAwait(false);
    }
}
