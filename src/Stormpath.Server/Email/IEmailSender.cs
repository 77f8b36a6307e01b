namespace Stormpath.Server.Email;

/// <summary>
/// Delivers emails: over SMTP when one is configured, otherwise as <c>.eml</c> files in a pickup folder.
/// </summary>
internal interface IEmailSender
{
    /// <summary>Delivers one message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A task that completes when the message was handed over (written, or accepted by the SMTP server).</returns>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
