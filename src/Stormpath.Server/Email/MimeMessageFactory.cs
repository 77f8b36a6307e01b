using MimeKit;
using MimeKit.Utils;

namespace Stormpath.Server.Email;

/// <summary>
/// Turns an <see cref="EmailMessage"/> into an RFC 5322 message.
/// </summary>
internal static class MimeMessageFactory
{
    /// <summary>Builds the MIME message: sender from the options, a date from the clock, a fresh Message-Id.</summary>
    /// <param name="message">The message.</param>
    /// <param name="options">The email options.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The MIME message.</returns>
    public static MimeMessage Create(EmailMessage message, EmailOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);

        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.ToAddress));
        mime.Subject = message.Subject;
        mime.Date = timeProvider.GetUtcNow();
        var domain = options.FromAddress[(options.FromAddress.LastIndexOf('@') + 1)..];
        mime.MessageId = MimeUtils.GenerateMessageId(domain.Length == 0 ? "localhost" : domain);
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
