using Stormpath.Server.Storage;

namespace Stormpath.Server.Tokens;

/// <summary>The emails the account workflows send (§7).</summary>
internal interface IAccountMessages
{
    Task SendVerificationAsync(AccountRecord account, string linkBaseUrl, string token, CancellationToken cancellationToken);

    Task SendVerificationSuccessAsync(AccountRecord account, CancellationToken cancellationToken);

    Task SendWelcomeAsync(AccountRecord account, CancellationToken cancellationToken);

    Task SendPasswordResetAsync(AccountRecord account, string linkBaseUrl, string token, TimeSpan validFor, CancellationToken cancellationToken);

    Task SendPasswordResetSuccessAsync(AccountRecord account, CancellationToken cancellationToken);
}
