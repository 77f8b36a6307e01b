using MimeKit;
using Microsoft.Extensions.Options;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Tokens;

/// <summary>Writes each account email as an <c>.eml</c> file in the pickup folder, or sends it over SMTP when a host is configured.</summary>
internal sealed class PickupFolderAccountMessages(IOptions<StormpathServerOptions> options, TimeProvider timeProvider) : IAccountMessages
{
    public Task SendVerificationAsync(AccountRecord account, Uri link, CancellationToken cancellationToken) =>
        SendAsync(account, "Verify your account", $"Hello {account.GivenName ?? account.Username},\n\nVerify your email address by following this link:\n\n{link}\n", cancellationToken);

    public Task SendVerificationSuccessAsync(AccountRecord account, CancellationToken cancellationToken) =>
        SendAsync(account, "Your account has been verified", "Your email address has been verified.\n", cancellationToken);

    public Task SendWelcomeAsync(AccountRecord account, CancellationToken cancellationToken) =>
        SendAsync(account, "Welcome", "Your account has been created.\n", cancellationToken);

    public Task SendPasswordResetAsync(AccountRecord account, Uri link, CancellationToken cancellationToken) =>
        SendAsync(account, "Reset your password", $"Hello {account.GivenName ?? account.Username},\n\nReset your password by following this link:\n\n{link}\n", cancellationToken);

    public Task SendPasswordResetSuccessAsync(AccountRecord account, CancellationToken cancellationToken) =>
        SendAsync(account, "Your password has been changed", "Your password has been changed.\n", cancellationToken);

    private async Task SendAsync(AccountRecord account, string subject, string text, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.EmailFromName, o.EmailFromAddress));
        message.To.Add(new MailboxAddress(Resources.Representations.FullName(account), account.Email));
        message.Subject = subject;
        message.Date = timeProvider.GetUtcNow();
        message.Body = new TextPart("plain") { Text = text };

        if (!string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            using var client = new MailKit.Net.Smtp.SmtpClient();
            var security = !o.SmtpUseTls ? MailKit.Security.SecureSocketOptions.None
                : o.SmtpPort == 465 ? MailKit.Security.SecureSocketOptions.SslOnConnect : MailKit.Security.SecureSocketOptions.StartTls;
            await client.ConnectAsync(o.SmtpHost, o.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(o.SmtpUserName))
            {
                await client.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return;
        }

        Directory.CreateDirectory(o.EmailPickupDirectory);
        var path = Path.Combine(o.EmailPickupDirectory, $"{timeProvider.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}
