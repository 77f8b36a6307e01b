using Stormpath.Client;

namespace Stormpath.Identity.Sample.Hosting;

/// <summary>
/// Turns on a directory's verification emails. Stormpath's directories start with them off (stormpath-api.md
/// §3.10); the sample's registration asks people to confirm their address, so its directory sends them.
/// </summary>
internal static class VerificationEmailPolicy
{
    /// <summary>Sets <c>verificationEmailStatus</c> to <c>ENABLED</c> on the directory's account creation policy; idempotent.</summary>
    /// <param name="client">A client with a tenant API key.</param>
    /// <param name="directoryHref">The directory.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A task that completes when the policy is saved.</returns>
    public static async Task EnableAsync(IStormpathClient client, Uri directoryHref, CancellationToken cancellationToken)
    {
        var directory = await client.GetAsync<StormpathDirectory>(directoryHref, cancellationToken: cancellationToken);
        if (directory?.AccountCreationPolicy?.Href is not { } policy)
        {
            throw new InvalidOperationException($"The directory {directoryHref} was not found, or has no account creation policy. Delete the data folder to provision it again.");
        }

        await client.UpdateAccountCreationPolicyAsync(policy, new StormpathAccountCreationPolicyUpdateRequest { VerificationEmailStatus = StormpathResourceStatus.Enabled }, cancellationToken);
    }
}
