namespace Stormpath.Identity;

internal sealed partial class StormpathUserStore
{
    /// <summary>
    /// Takes the hand-off of <see cref="StormpathPasswordCarrier"/>: the password travels to Stormpath with the next
    /// create or update, and <see cref="Microsoft.AspNetCore.Identity.IdentityUser{TKey}.PasswordHash"/> stays empty.
    /// </summary>
    /// <param name="user">The user to set the password hash for.</param>
    /// <param name="passwordHash">The marker of <see cref="StormpathPasswordCarrier"/>, or <see langword="null"/> to remove the password.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation.</returns>
    /// <exception cref="InvalidOperationException">A real hash was given: the caller is not <see cref="StormpathUserManager"/>.</exception>
    public override Task SetPasswordHashAsync(StormpathUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);

        if (passwordHash is null)
        {
            // Stormpath has no account without a password: removing it means one nobody knows.
            user.PendingPassword = NewUnusablePassword();
            user.HasPassword = false;
        }
        else if (passwordHash == StormpathPasswordCarrier.Marker && user.PendingPassword is not null)
        {
            user.HasPassword = true;
        }
        else
        {
            throw new InvalidOperationException(StormpathMessages.PasswordHashNotSupported);
        }

        user.PasswordHash = null;
        return Task.CompletedTask;
    }

    /// <summary>Always <see langword="null"/>: no password hash is ever stored locally.</summary>
    /// <param name="user">The user to get the password hash for.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A <see cref="Task{TResult}"/> that contains <see langword="null"/>.</returns>
    public override Task<string?> GetPasswordHashAsync(StormpathUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult<string?>(null);
    }

    /// <summary>Returns whether the user chose a password (<see cref="StormpathUser.HasPassword"/>).</summary>
    /// <param name="user">The user to return a flag for, indicating if they have a password or not.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, returning true if the specified <paramref name="user"/> has a password otherwise false.</returns>
    public override Task<bool> HasPasswordAsync(StormpathUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.HasPassword);
    }
}
