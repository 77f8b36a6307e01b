namespace Stormpath.Identity;

internal sealed partial class StormpathUserStore
{
    /// <summary>Finds a user by normalized email in the mirror, or imports it from Stormpath when only Stormpath has it.</summary>
    /// <param name="normalizedEmail">The normalized email address to search for.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The task object containing the results of the asynchronous lookup operation, the user if any associated with the specified normalized email address.</returns>
    public override async Task<StormpathUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(normalizedEmail);

        return await base.FindByEmailAsync(normalizedEmail, cancellationToken).ConfigureAwait(false)
            ?? await PullInAsync("email", normalizedEmail, cancellationToken).ConfigureAwait(false);
    }
}
