namespace Stormpath.Identity;

/// <summary>Brings the local mirror back in line with Stormpath.</summary>
public interface IStormpathSynchronizer
{
    /// <summary>
    /// Completes every write whose local half was not confirmed (a crash or a failed <c>SaveChanges</c> after the
    /// remote call, or a transport failure that left its outcome unknown): each user or role it names is refreshed
    /// from Stormpath, imported when only Stormpath has it, or removed from the mirror when Stormpath no longer has it.
    /// </summary>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The number of pending changes completed.</returns>
    Task<int> ReconcilePendingChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Refreshes one user of the mirror from its Stormpath account: profile, status, custom data and groups.</summary>
    /// <param name="user">The user to refresh; it must have an <see cref="StormpathUser.AccountHref"/>.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns><see langword="true"/> when the account exists and the row was refreshed; <see langword="false"/> when Stormpath no longer has the account and the row was removed.</returns>
    Task<bool> RefreshUserAsync(StormpathUser user, CancellationToken cancellationToken = default);
}
