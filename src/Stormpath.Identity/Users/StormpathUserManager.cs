using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>
/// The <see cref="UserManager{TUser}"/> of Stormpath users: passwords are verified with a Stormpath login attempt, and
/// create-with-password, change, add, reset and remove send the password to Stormpath. The Identity password
/// validators still run locally before anything is sent; the directory's own policy errors come back as
/// <see cref="IdentityResult"/> errors.
/// </summary>
/// <remarks>
/// <para>A successful password check refreshes the mirror from the account it returns. When the account has not changed
/// and the row is younger than <see cref="StormpathOptions.MirrorMaxAge"/>, the check costs exactly one request.</para>
/// <para>An account whose status is <c>DISABLED</c> (or unknown) is locked out: <see cref="IsLockedOutAsync"/> is
/// <see langword="true"/> whatever the local lockout says.</para>
/// <para><see cref="ResetPasswordAsync"/> accepts Identity's own reset tokens and the <c>sptoken</c> of a reset email
/// sent by Stormpath.</para>
/// </remarks>
public class StormpathUserManager : UserManager<StormpathUser>
{
    private readonly IStormpathClient _client;
    private readonly IOptions<StormpathOptions> _stormpathOptions;
    private readonly StormpathErrorDescriber _stormpathErrors;

    /// <summary>Creates the manager; it is normally resolved from dependency injection after <c>AddStormpathStores()</c>.</summary>
    /// <param name="store">The persistence store the manager will operate over.</param>
    /// <param name="optionsAccessor">The accessor used to access the <see cref="IdentityOptions"/>.</param>
    /// <param name="userValidators">A collection of <see cref="IUserValidator{TUser}"/> to validate users against.</param>
    /// <param name="passwordValidators">A collection of <see cref="IPasswordValidator{TUser}"/> to validate passwords against.</param>
    /// <param name="keyNormalizer">The <see cref="ILookupNormalizer"/> to use when generating index keys for users.</param>
    /// <param name="errors">The <see cref="IdentityErrorDescriber"/> used to provider error messages.</param>
    /// <param name="services">The <see cref="IServiceProvider"/> used to resolve services.</param>
    /// <param name="logger">The logger used to log messages, warnings and errors.</param>
    /// <param name="client">The Stormpath client that checks and changes passwords.</param>
    /// <param name="stormpathOptions">The Stormpath settings, naming the application.</param>
    /// <param name="stormpathErrors">The describer of errors only a remote directory has.</param>
    public StormpathUserManager(
        IUserStore<StormpathUser> store,
        IOptions<IdentityOptions> optionsAccessor,
        IEnumerable<IUserValidator<StormpathUser>> userValidators,
        IEnumerable<IPasswordValidator<StormpathUser>> passwordValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<StormpathUser>> logger,
        IStormpathClient client,
        IOptions<StormpathOptions> stormpathOptions,
        StormpathErrorDescriber stormpathErrors)
        : base(store, optionsAccessor, StormpathPasswordCarrier.Instance, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(stormpathOptions);
        if (store is not StormpathUserStore)
        {
            throw new InvalidOperationException(StormpathMessages.ManagerNeedsStormpathStore);
        }

        _client = client;
        _stormpathOptions = stormpathOptions;
        _stormpathErrors = stormpathErrors ?? throw new ArgumentNullException(nameof(stormpathErrors));
    }

    private StormpathUserStore StormpathStore => (StormpathUserStore)Store;

    private Uri ApplicationHref => _stormpathOptions.Value.ApplicationHref
        ?? throw new InvalidOperationException(StormpathMessages.ApplicationHrefMissing);

    /// <summary>Returns a flag indicating whether the specified user is locked out: locally, or because the account is <c>DISABLED</c> in Stormpath.</summary>
    /// <param name="user">The user whose locked out status should be retrieved.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, true if the specified <paramref name="user"/> is locked out, otherwise false.</returns>
    public override async Task<bool> IsLockedOutAsync(StormpathUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.AccountStatus is StormpathAccountStatus.Disabled or StormpathAccountStatus.Unknown
            || await base.IsLockedOutAsync(user).ConfigureAwait(false);
    }

    /// <summary>Whether Identity's own lockout (failed attempts, <c>LockoutEnd</c>) applies, ignoring the account status.</summary>
    internal Task<bool> IsLockedOutLocallyAsync(StormpathUser user) => base.IsLockedOutAsync(user);

    /// <summary>Verifies a password with one Stormpath login attempt and refreshes the mirror from the account it returns.</summary>
    /// <param name="store">The store containing a user's password.</param>
    /// <param name="user">The user whose password should be verified.</param>
    /// <param name="password">The password to verify.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, containing the <see cref="PasswordVerificationResult"/> of the operation.</returns>
    protected override async Task<PasswordVerificationResult> VerifyPasswordAsync(IUserPasswordStore<StormpathUser> store, StormpathUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.AccountHref is null || string.IsNullOrEmpty(password) || (user.UserName ?? user.Email) is not { Length: > 0 } login)
        {
            return PasswordVerificationResult.Failed;
        }

        StormpathLoginResult result;
        try
        {
            result = await _client.AuthenticateAsync(ApplicationHref, login, password, expandAccount: true, cancellationToken: CancellationToken).ConfigureAwait(false);
        }
        catch (StormpathException exception) when (exception.Code is >= 7100 and <= 7107)
        {
            Logger.LogInformation("Stormpath refused the login attempt of user {UserId}: code {Code} (request {RequestId}).", user.Id, exception.Code, exception.RequestId);
            if (exception.Code != 7100)
            {
                // Disabled, unverified, locked, renamed or gone: the mirror learns the account's state now.
                await StormpathStore.RefreshUserAsync(user, CancellationToken).ConfigureAwait(false);
            }

            return PasswordVerificationResult.Failed;
        }

        if (!string.Equals(result.Account.Href.AbsoluteUri, user.AccountHref, StringComparison.Ordinal))
        {
            // The login matched another account (another store of the application): not this user's password.
            Logger.LogWarning("The login of user {UserId} matched the account {AccountHref}, not its own.", user.Id, result.Account.Href);
            return PasswordVerificationResult.Failed;
        }

        await StormpathStore.RefreshAfterSignInAsync(user, result.Account, CancellationToken).ConfigureAwait(false);
        return PasswordVerificationResult.Success;
    }

    /// <summary>
    /// Resets the user's password to the specified <paramref name="newPassword"/> after validating the given password
    /// reset <paramref name="token"/>: an Identity reset token, or the <c>sptoken</c> of a reset email sent by Stormpath.
    /// </summary>
    /// <param name="user">The user whose password should be reset.</param>
    /// <param name="token">The password reset token to verify.</param>
    /// <param name="newPassword">The new password to set if reset token verification succeeds.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, containing the <see cref="IdentityResult"/> of the operation.</returns>
    public override async Task<IdentityResult> ResetPasswordAsync(StormpathUser user, string token, string newPassword)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(token);

        var identityTokenValid = false;
        try
        {
            identityTokenValid = await VerifyUserTokenAsync(user, Options.Tokens.PasswordResetTokenProvider, ResetPasswordTokenPurpose, token).ConfigureAwait(false);
        }
        catch (NotSupportedException)
        {
            // No Identity token provider is registered: only Stormpath's tokens can be used.
        }

        if (identityTokenValid)
        {
            return await base.ResetPasswordAsync(user, token, newPassword).ConfigureAwait(false);
        }

        var remote = await _client.VerifyPasswordResetTokenAsync(ApplicationHref, token, CancellationToken).ConfigureAwait(false);
        if (remote?.Account?.Href is not { } accountHref || !string.Equals(accountHref.AbsoluteUri, user.AccountHref, StringComparison.Ordinal))
        {
            return IdentityResult.Failed(ErrorDescriber.InvalidToken());
        }

        var validation = await ValidatePasswordAsync(user, newPassword).ConfigureAwait(false);
        if (!validation.Succeeded)
        {
            return validation;
        }

        try
        {
            if (await _client.ResetPasswordAsync(ApplicationHref, token, newPassword, CancellationToken).ConfigureAwait(false) is null)
            {
                return IdentityResult.Failed(ErrorDescriber.InvalidToken());
            }
        }
        catch (StormpathException exception) when (StormpathRemoteErrors.IsRefusal(exception))
        {
            Logger.LogWarning("Stormpath refused a password reset: code {Code}, {DeveloperMessage} (request {RequestId}).", exception.Code, exception.DeveloperMessage, exception.RequestId);
            return IdentityResult.Failed(StormpathRemoteErrors.Describe(exception, ErrorDescriber, _stormpathErrors, user.Email));
        }

        user.HasPassword = true;
        user.SecurityStamp = StormpathUserStore.NewSecurityStamp();
        await StormpathStore.RefreshUserAsync(user, CancellationToken).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    /// <summary>Sends a reset email from Stormpath to the user's address; its link carries the <c>sptoken</c> that <see cref="ResetPasswordAsync"/> accepts.</summary>
    /// <param name="user">The user whose password should be reset.</param>
    /// <returns><see langword="true"/> when Stormpath sent the email; <see langword="false"/> when it knows no account with that address.</returns>
    public virtual async Task<bool> SendStormpathPasswordResetEmailAsync(StormpathUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        if (user.Email is not { Length: > 0 } email)
        {
            return false;
        }

        return await _client.CreatePasswordResetTokenAsync(ApplicationHref, email, cancellationToken: CancellationToken).ConfigureAwait(false) is not null;
    }
}
