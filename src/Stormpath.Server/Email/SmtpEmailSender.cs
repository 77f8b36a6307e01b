using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Stormpath.Server.Email;

/// <summary>
/// Sends each email over SMTP with MailKit: one connection per message (MailKit's client is not thread-safe,
/// and account emails are rare enough that pooling buys nothing).
/// </summary>
internal sealed class SmtpEmailSender : EmailSenderBase
{
    private readonly ILogger<SmtpEmailSender> _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="SmtpEmailSender"/> class.
    /// </summary>
    /// <param name="options">The email options; <see cref="SmtpOptions.Host"/> must be set.</param>
    /// <param name="timeProvider">The clock for the Date header.</param>
    /// <param name="logger">The logger (never given the password).</param>
    /// <exception cref="ArgumentException">No SMTP host is configured, or a user name has no password.</exception>
    public SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider timeProvider, ILogger<SmtpEmailSender> logger)
        : base(options, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        if (!Options.UsesSmtp)
        {
            throw new ArgumentException(EmailMessages.SmtpHostMissing, nameof(options));
        }

        if (!string.IsNullOrEmpty(Options.Smtp.UserName) && Options.Smtp.Password is null)
        {
            throw new ArgumentException(EmailMessages.SmtpPasswordMissing, nameof(options));
        }
    }

    /// <inheritdoc/>
    public override async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(message);

        var smtp = Options.Smtp;
        var mime = ToMime(message);
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, ToSecureSocketOptions(smtp.TlsMode), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            // The constructor made sure a user name comes with a password.
            await client.AuthenticateAsync(smtp.UserName, smtp.Password!, cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        EmailLog.SentOverSmtp(_logger, mime.MessageId, smtp.Host!, smtp.Port, smtp.UserName);
    }

    private static SecureSocketOptions ToSecureSocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.Implicit => SecureSocketOptions.SslOnConnect,
        SmtpTlsMode.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpTlsMode.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, EmailMessages.UnknownTlsMode),
    };
}
