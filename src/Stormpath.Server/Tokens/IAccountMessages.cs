using Stormpath.Server.Storage;

namespace Stormpath.Server.Tokens;

/// <summary>The emails the account workflows send (§7).</summary>
internal interface IAccountMessages
{
    Task SendVerificationAsync(AccountRecord account, Uri link, CancellationToken cancellationToken);

    Task SendVerificationSuccessAsync(AccountRecord account, CancellationToken cancellationToken);

    Task SendWelcomeAsync(AccountRecord account, CancellationToken cancellationToken);

    Task SendPasswordResetAsync(AccountRecord account, Uri link, CancellationToken cancellationToken);

    Task SendPasswordResetSuccessAsync(AccountRecord account, CancellationToken cancellationToken);
}
