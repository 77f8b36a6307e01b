using Stormpath.Server.Email;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Tokens;

/// <summary>
/// Sends the account workflow emails through the configured <see cref="IEmailSender"/> (SMTP, or the pickup
/// folder): the verification and reset bodies from <see cref="AccountEmails"/>, and short notices for the
/// success and welcome messages.
/// </summary>
internal sealed class AccountMessages(IEmailSender sender) : IAccountMessages
{
    public Task SendVerificationAsync(AccountRecord account, string linkBaseUrl, string token, CancellationToken cancellationToken) =>
        sender.SendAsync(AccountEmails.VerifyEmail(account.Email, account.GivenName, linkBaseUrl, token), cancellationToken);

    public Task SendPasswordResetAsync(AccountRecord account, string linkBaseUrl, string token, TimeSpan validFor, CancellationToken cancellationToken) =>
        sender.SendAsync(AccountEmails.ResetPassword(account.Email, account.GivenName, linkBaseUrl, token, validFor), cancellationToken);

    public Task SendVerificationSuccessAsync(AccountRecord account, CancellationToken cancellationToken) =>
        Notice(account, "Your email address is verified", "Your email address has been verified. You can now sign in.", cancellationToken);

    public Task SendWelcomeAsync(AccountRecord account, CancellationToken cancellationToken) =>
        Notice(account, "Welcome", "Your account has been created.", cancellationToken);

    public Task SendPasswordResetSuccessAsync(AccountRecord account, CancellationToken cancellationToken) =>
        Notice(account, "Your password has been changed",
            "Your password has been changed. If you did not change it, contact your administrator.", cancellationToken);

    private Task Notice(AccountRecord account, string subject, string text, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(account.Email, account.GivenName, subject, $"{EmailMessages.Greeting(account.GivenName)}\n\n{text}\n"), cancellationToken);
}
